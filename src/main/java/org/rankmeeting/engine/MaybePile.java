package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.List;

/**
 * B2, the maybe pile as a line, in one visible place. A program fills its interview slots from the top of a sorted
 * pile: the files reviewed first (US graduates, known quantities) take their slots, then the maybe pile is read in
 * order until the slots run out. Whether a probably-safe file is invited depends on where it sits in that pile and
 * how far down the slots reach.
 *
 * <p><b>The pile.</b> The program's profile gives its slots and applications, and may say what its pool looks like
 * ({@code interviews.knownQuantities}: slots taken before the maybe pile; {@code interviews.maybePile}: how many
 * files sit in it). Where it does not, the engine assumes (its own figures, not the articles'): the maybe pile is a
 * tenth of the applications (the rest are screened out, high risk or reviewed first), and the files reviewed first
 * take half the slots, a quarter at a program with a strong IMG history (which reaches deeper into the pile, A5).
 *
 * <p><b>The file's place.</b> What a reviewer sees in the few minutes with the file, as a standing from 1 (the
 * bottom of the pile) to 99 (the top): {@value #BASE} for a file that cleared the bar and nothing more, then
 * <ul>
 *   <li>Step 2: +2 for each point over the bar, up to +40 (20 over the bar);</li>
 *   <li>US clinical experience: the best rotation's ladder value (U1), (value - 30) / 3: a sub-I with a strong
 *       letter from a writer we know +21, an inpatient month with a decent letter +13, clinic 0, shadowing -8;
 *       none at all -10;</li>
 *   <li>letters: a strong, detailed or comparative letter from a US writer +10; every letter short and generic -10;</li>
 *   <li>research, at an academic program (R2): 12+ months of sustained research with a US PI +10, +20 when the
 *       program recognises the PI;</li>
 *   <li>a vouch from someone at the program: "top ten percent" +25, "solid" +10.</li>
 * </ul>
 * The estimated place is {@code 1 + pile x (100 - standing) / 100}: a standing of 80 in a pile of 1,900 is about
 * #381. The slots reach {@code slots - taken first} places down the pile.
 */
public final class MaybePile {

    /** The standing of a file that cleared the bar and shows nothing else. */
    static final int BASE = 30;
    /** Default share of applications that sit in the maybe pile, percent. */
    static final int DEFAULT_PILE_PERCENT = 10;
    /** Default share of the slots taken before the maybe pile, percent; {@link #STRONG_HISTORY_FIRST_PERCENT} at a program with a strong IMG history. */
    static final int DEFAULT_FIRST_PERCENT = 50;
    static final int STRONG_HISTORY_FIRST_PERCENT = 25;

    private MaybePile() {
    }

    /**
     * The file's estimated place in this program's maybe pile.
     *
     * @param c        the file in front of the program
     * @param bar      the Step 2 bar it is measured against (S1)
     * @param bestUsce the best rotation's ladder value (U1), or -1 when the file has no US clinical experience
     */
    public static Facts.PilePlace estimate(Case c, int bar, int bestUsce) {
        List<String> parts = new ArrayList<>();
        int standing = BASE;
        int margin = Math.max(0, c.getStep2() - bar);
        int step2 = Math.min(40, 2 * margin);
        standing += step2;
        parts.add("Step 2 +" + margin + " over the bar: " + Evidence.signed(step2));
        int usce = bestUsce < 0 ? -10 : (bestUsce - 30) / 3;
        standing += usce;
        parts.add(bestUsce < 0 ? "no US clinical experience: -10" : "best US rotation " + bestUsce + "/100: " + Evidence.signed(usce));
        int letters = letters(c);
        if (letters != 0) {
            standing += letters;
            parts.add(letters > 0 ? "a strong detailed US letter: +10" : "every letter short and generic: -10");
        }
        int research = research(c);
        if (research != 0) {
            standing += research;
            parts.add((research == 20 ? "research year with a US PI we recognise" : "research year with a US PI") + ": +" + research);
        }
        int vouch = vouch(c);
        if (vouch != 0) {
            standing += vouch;
            parts.add((vouch == 25 ? "a top vouch from one of ours" : "a 'solid' from one of ours") + ": +" + vouch);
        }
        standing = Math.max(1, Math.min(99, standing));

        Program.InterviewVolume v = c.program().interviews();
        int slots = c.getInterviewSlots();
        int pile = v != null && v.maybePile() != null ? v.maybePile()
                : Math.max(1, Math.round(c.getApplications() * DEFAULT_PILE_PERCENT / 100f));
        boolean pileGiven = v != null && v.maybePile() != null;
        int firstPercent = c.getImgHistory() == Program.ImgHistory.STRONG ? STRONG_HISTORY_FIRST_PERCENT : DEFAULT_FIRST_PERCENT;
        int first = v != null && v.knownQuantities() != null ? v.knownQuantities() : Math.round(slots * firstPercent / 100f);
        boolean firstGiven = v != null && v.knownQuantities() != null;
        int reach = Math.max(0, Math.min(pile, slots - first));
        int place = Math.min(pile, 1 + (int) ((long) pile * (100 - standing) / 100));
        String pool = slots + " slots for " + c.getApplications() + " applications; " + first + " taken first by files reviewed before the pile"
                + (firstGiven ? "" : " (assumed: " + firstPercent + "% of the slots)") + "; a maybe pile of " + pile
                + (pileGiven ? "" : " (assumed: " + DEFAULT_PILE_PERCENT + "% of the applications)");
        return new Facts.PilePlace(c.getId(), place, pile, reach, standing, String.join(", ", parts), pool);
    }

    private static int letters(Case c) {
        List<Views.LetterView> letters = c.getLetters();
        if (letters.isEmpty()) {
            return 0;
        }
        boolean strong = letters.stream().anyMatch(l -> l.writerUs() && l.strength() == Applicant.Letter.Strength.STRONG
                && l.style() != Applicant.Letter.Style.GENERIC && l.trust() != Views.Trust.IGNORED && l.trust() != Views.Trust.RED_FLAG);
        if (strong) {
            return 10;
        }
        return letters.stream().allMatch(l -> l.style() == Applicant.Letter.Style.GENERIC) ? -10 : 0;
    }

    private static int research(Case c) {
        if (c.getSetting() != Program.Setting.ACADEMIC) {
            return 0;
        }
        int best = 0;
        for (Views.ResearchView r : c.getResearch()) {
            if (r.kind() == Applicant.Research.Kind.SUSTAINED && r.months() >= 12 && r.piUs()) {
                best = Math.max(best, r.piRecognised() ? 20 : 10);
            }
        }
        return best;
    }

    private static int vouch(Case c) {
        int best = 0;
        for (Views.ContactView k : c.getContacts()) {
            if (!k.atThisProgram() || k.said() == null) {
                continue;
            }
            if (k.said() == Applicant.Contact.Verdict.TOP) {
                best = Math.max(best, 25);
            } else if (k.said() == Applicant.Contact.Verdict.SOLID) {
                best = Math.max(best, 10);
            }
        }
        return best;
    }

    /** 1900 as "1,900" (what {@code String.format(Locale.ROOT, "%,d", n)} prints, without the formatter's cost: this
     *  runs in a rule's consequence for every file in a maybe pile). */
    static String grouped(int n) {
        String digits = Integer.toString(n);
        int start = n < 0 ? 1 : 0;
        int len = digits.length() - start;
        if (len <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + len / 3);
        out.append(digits, 0, start);
        int first = len % 3 == 0 ? 3 : len % 3;
        out.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
