package org.rankmeeting.matchday;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judgement;
import org.rankmeeting.match.ProgramPair;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rank order lists from the meeting. A program ranks its ranked files tier by tier, then by order key (the board's
 * order); not-ranked, not-invited and screened-out files are left off. An applicant's list is the one the scenario
 * gives, or else one built the way an applicant would: the programs that interviewed them, most desirable first.
 */
public final class RankLists {

    /** The list length an applicant ranks at most when the scenario does not say. */
    public static final int DEFAULT_MAX_LIST = 12;
    /** Desirability points for a program in a place the applicant prefers, and for a local tie. */
    static final int PREFERRED_LOCATION = 15;
    static final int LOCAL_TIE = 10;
    /** A couple's derived list holds at most this many pairs. */
    static final int MAX_PAIRS = 40;

    /** An applicant's list and where it came from. */
    public record ApplicantList(String applicant, List<String> programs, boolean given, List<String> reasons) {
    }

    private RankLists() {
    }

    public static List<ProgramRanking> programs(Meeting meeting) {
        List<ProgramRanking> out = new ArrayList<>();
        for (ProgramBoard b : meeting.boards()) {
            int positions = b.program().positions() == null ? 0 : b.program().positions();
            out.add(new ProgramRanking(b.program().id(), positions,
                    b.rankList().stream().map(Placement::applicantId).toList()));
        }
        return out;
    }

    /**
     * How much the applicant wants a program: the judged score out of 100 (P2), plus {@value #PREFERRED_LOCATION}
     * in a preferred location and {@value #LOCAL_TIE} for a local tie.
     */
    static int desirability(Applicant a, Program p, Map<String, Judgement> judged) {
        Judgement j = judged.get(p.id());
        int score = j == null ? 50 : j.score();
        if (a.preferences() != null && p.location() != null && a.preferences().locations().contains(p.location())) {
            score += PREFERRED_LOCATION;
        }
        if (a.localTies().contains(p.id())) {
            score += LOCAL_TIE;
        }
        return score;
    }

    /** Programs by desirability for the applicant, best first (ties: the scenario's order). */
    static List<Program> byDesirability(World world, Applicant a, Map<String, Judgement> judged) {
        return world.programs().stream()
                .sorted(Comparator.comparingInt((Program p) -> -desirability(a, p, judged)))
                .toList();
    }

    public static ApplicantList applicant(World world, Meeting meeting, Applicant a, Map<String, Judgement> judged) {
        if (!a.rankList().isEmpty()) {
            return new ApplicantList(a.id(), a.rankList(), true, List.of("the list given in the scenario"));
        }
        int cap = a.preferences() != null && a.preferences().maxListLength() != null
                ? a.preferences().maxListLength() : DEFAULT_MAX_LIST;
        List<String> list = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Program p : byDesirability(world, a, judged)) {
            Placement placed = meeting.placement(a.id(), p.id());
            if (placed == null || placed.stage() != Stage.INTERVIEWED || list.size() >= cap) {
                continue;
            }
            list.add(p.id());
            reasons.add(p.displayName() + ": desirability " + desirability(a, p, judged)
                    + (judged.containsKey(p.id()) ? " (judged " + judged.get(p.id()).category().code() + ")" : ""));
        }
        return new ApplicantList(a.id(), List.copyOf(list), false, List.copyOf(reasons));
    }

    /**
     * A couple's pairs: the given ones, or every pair from the partners' own lists (either side may be no match,
     * not both), ordered by the sum of the two positions (no match counts as one past the end of the list), then
     * by the first partner's position; at most {@value #MAX_PAIRS} pairs.
     */
    public static List<ProgramPair> couple(Couple couple, ApplicantList first, ApplicantList second) {
        if (!couple.rankList().isEmpty()) {
            return couple.rankList().stream()
                    .map(pair -> ProgramPair.of(program(pair.get(0)), program(pair.get(1)))).toList();
        }
        record Scored(ProgramPair pair, int sum, int firstAt) {
        }
        List<Scored> pairs = new ArrayList<>();
        List<String> a = first.programs();
        List<String> b = second.programs();
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                if (i == a.size() && j == b.size()) {
                    continue;
                }
                pairs.add(new Scored(ProgramPair.of(i < a.size() ? a.get(i) : null, j < b.size() ? b.get(j) : null),
                        i + j, i));
            }
        }
        return pairs.stream().sorted(Comparator.comparingInt(Scored::sum).thenComparingInt(Scored::firstAt))
                .limit(MAX_PAIRS).map(Scored::pair).toList();
    }

    private static String program(String id) {
        return Couple.NO_MATCH.equals(id) ? null : id;
    }
}
