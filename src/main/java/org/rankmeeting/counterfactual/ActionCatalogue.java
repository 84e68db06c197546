package org.rankmeeting.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Variant;
import org.rankmeeting.scenario.Writer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The moves open to an applicant, built once from the whole scenario (every program's lists, people, history and
 * alumni sites), so a search at one program draws on the same catalogue as the search over all of them. Only what an
 * applicant can really change is here; the school, its region, the graduation year, the gap years, the transcript
 * and exam attempts already made stay as they are, and a Step 2 score can only be raised while the exam has not been
 * sat.
 *
 * <p>Effort scores, for ordering (roughly: weeks of work, money and favours asked), and what each takes:
 * <pre>
 *  1  interview coaching, one step (concern to adequate, adequate to strong)   4 weeks, coaching fees, before interviews
 *  1  leave out a letter a program discounts or distrusts                     1 week, before applications
 *  1  ask someone at a program who knows you well to put in a word            1 week, after interviews
 *  2  interview coaching, two steps (concern to strong)                       8 weeks, coaching fees, before interviews
 *  2  switch from H-1B to the J-1 route                                       2 weeks, ECFMG sponsorship, before applications
 *  2  Step 2 not yet taken: score 5 higher than planned (3 for 10 ...)        4 weeks per 5 points, before applications
 *  3  build a real relationship with an alum of your school at a program      12 weeks, before applications
 *  4  a strong, comparative letter from a writer a program has reason to trust 8 weeks, before interviews
 *  4  switch from J-1 to H-1B (Step 3 passed, a program willing to file)      12 weeks, Step 3 fee, before applications
 *  5  a 4-week sub-internship with a strong letter, at a program or where its alumni trained  4 weeks, fees and travel, before interviews
 *  6  a research year (12 months, sustained) with a US PI a program recognises, and their strong letter  52 weeks, living costs, before applications
 * </pre>
 * A writer a program has reason to trust: on its trusted list (L1); a US chair, APD or PD who recommended a resident
 * who did well there (L2); or someone at the program.
 */
public final class ActionCatalogue {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] STEP2_RAISES = {5, 10, 15, 20};
    private static final int STEP2_CEILING = 300;
    private static final int WEEKS_PER_FIVE_STEP2_POINTS = 4;

    private ActionCatalogue() {
    }

    /** Every action for the applicant, over the whole scenario, in a stable order, ids unique. */
    public static List<Action> forApplicant(World world, Applicant a) {
        Map<String, Action> out = new LinkedHashMap<>();
        communication(a).forEach(x -> out.putIfAbsent(x.id(), x));
        step2(a).forEach(x -> out.putIfAbsent(x.id(), x));
        visa(a, world.programs()).forEach(x -> out.putIfAbsent(x.id(), x));
        dropLetters(world, a).forEach(x -> out.putIfAbsent(x.id(), x));
        for (Program p : world.programs()) {
            lateWords(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
            alumni(a, p).forEach(x -> out.putIfAbsent(x.id(), x));
        }
        trustedLetters(world, a).forEach(x -> out.putIfAbsent(x.id(), x));
        for (Program p : world.programs()) {
            subInternships(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
        }
        researchYears(world, a).forEach(x -> out.putIfAbsent(x.id(), x));
        return List.copyOf(out.values());
    }

    private static List<Action> communication(Applicant a) {
        Applicant.Interview.Communication now = a.interview() == null || a.interview().communication() == null
                ? Applicant.Interview.Communication.ADEQUATE : a.interview().communication();
        List<Action> out = new ArrayList<>();
        for (Applicant.Interview.Communication better : Applicant.Interview.Communication.values()) {
            int steps = better.ordinal() - now.ordinal();
            if (steps > 0) {
                out.add(new Action("communication:" + better.code(), "communication",
                        "interview coaching until communication reads as " + better.code(), steps,
                        new Effort(4 * steps, "coaching sessions", null, Effort.Window.BEFORE_INTERVIEWS),
                        set(a, "interview.communication", TextNode.valueOf(better.code()))));
            }
        }
        return out;
    }

    private static List<Action> step2(Applicant a) {
        List<Action> out = new ArrayList<>();
        Applicant.Step2 s = a.step2();
        if (s == null || s.score() == null || !Boolean.FALSE.equals(s.taken())) {
            return out;
        }
        for (int raise : STEP2_RAISES) {
            int target = s.score() + raise;
            if (target <= STEP2_CEILING) {
                out.add(new Action("step2+" + raise, "step2", "prepare longer and score Step 2 " + target
                        + " instead of " + s.score() + " (not taken yet)", 1 + raise / 5,
                        new Effort(WEEKS_PER_FIVE_STEP2_POINTS * raise / 5, null, null, Effort.Window.BEFORE_APPLICATIONS),
                        set(a, "step2.score", IntNode.valueOf(target))));
            }
        }
        return out;
    }

    private static List<Action> visa(Applicant a, List<Program> programs) {
        List<Action> out = new ArrayList<>();
        List<String> j1 = programs.stream().filter(p -> sponsors(p, Applicant.Visa.J1)).map(Program::displayName).toList();
        List<String> h1b = programs.stream().filter(p -> sponsors(p, Applicant.Visa.H1B)).map(Program::displayName).toList();
        if (a.visa() == Applicant.Visa.H1B && !j1.isEmpty()) {
            out.add(new Action("visa:j1", "visa", "apply on the J-1 route instead of H-1B (sponsored by "
                    + String.join(", ", j1) + ")", 2,
                    new Effort(2, null, "ECFMG J-1 sponsorship", Effort.Window.BEFORE_APPLICATIONS),
                    set(a, "visa", TextNode.valueOf("j1"))));
        }
        if (a.visa() == Applicant.Visa.J1 && !h1b.isEmpty()) {
            out.add(new Action("visa:h1b", "visa", "pass Step 3 and apply on the H-1B route instead of J-1 (sponsored by "
                    + String.join(", ", h1b) + ")", 4,
                    new Effort(12, "the Step 3 exam fee", "Step 3 passed; the program files an H-1B petition",
                            Effort.Window.BEFORE_APPLICATIONS),
                    set(a, "visa", TextNode.valueOf("h1b"))));
        }
        return out;
    }

    private static boolean sponsors(Program p, Applicant.Visa visa) {
        return p.screens() != null && p.screens().sponsors().contains(visa);
    }

    private static List<Action> dropLetters(World world, Applicant a) {
        List<Action> out = new ArrayList<>();
        for (Applicant.Letter l : a.letters()) {
            List<String> discounting = world.programs().stream().filter(p -> p.letterWriters() != null
                    && (p.letterWriters().ignored().contains(l.writer()) || p.letterWriters().redFlag().contains(l.writer())))
                    .map(Program::displayName).toList();
            if (!discounting.isEmpty()) {
                out.add(new Action("drop-letter:" + l.writer(), "drop-letter:" + l.writer(),
                        "leave out the letter from " + writerName(world, l.writer()) + ", which "
                                + String.join(" and ", discounting) + " discount" + (discounting.size() == 1 ? "s" : ""), 1,
                        new Effort(1, null, null, Effort.Window.BEFORE_APPLICATIONS), remove(a, "letters", l.writer())));
            }
        }
        return out;
    }

    private static List<Action> lateWords(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        for (Applicant.Contact c : a.contacts()) {
            boolean here = world.programOf(c.person()) == p;
            boolean already = a.lateAdvocacy().stream().anyMatch(adv -> Objects.equals(adv.person(), c.person()));
            if (here && !already && c.relationship() == Applicant.Contact.Relationship.BUILT) {
                ObjectNode item = NODES.objectNode().put("person", c.person())
                        .put("says", "I know this applicant well and would be glad to work with them");
                out.add(new Action("late-word:" + c.person(), "late-word:" + c.person(),
                        "ask " + world.person(c.person()).displayName() + " to put in a word with the PD of "
                                + p.displayName() + " after interviews", 1,
                        new Effort(1, null, null, Effort.Window.AFTER_INTERVIEWS), add(a, "lateAdvocacy", item)));
            }
        }
        return out;
    }

    /** A real relationship with an alum of the applicant's school who is at the program. */
    private static List<Action> alumni(Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        for (Program.Person person : p.people()) {
            if (!Objects.equals(person.school(), a.school())) {
                continue;
            }
            Applicant.Contact existing = a.contacts().stream()
                    .filter(c -> person.id().equals(c.person())).findFirst().orElse(null);
            if (existing != null && existing.relationship() == Applicant.Contact.Relationship.BUILT) {
                continue;
            }
            // What the alum already says is kept when it is better than the "solid" this action assumes.
            String said = existing != null && existing.said() == Applicant.Contact.Verdict.TOP ? "top" : "solid";
            ObjectNode item = NODES.objectNode().put("person", person.id()).put("relationship", "built").put("said", said);
            if (existing != null && Boolean.TRUE.equals(existing.mentionedAtInterview())) {
                item.put("mentionedAtInterview", true);
            }
            out.add(new Action("alum:" + person.id(), "alum:" + person.id(),
                    "build a real working relationship with " + person.displayName() + ", an alum of your school at "
                            + p.displayName() + " (assumed to call you " + said + " when asked)", 3,
                    new Effort(12, null, null, Effort.Window.BEFORE_APPLICATIONS), add(a, "contacts", item)));
        }
        return out;
    }

    /**
     * The writers each program has reason to trust, by writer: its trusted list (L1), a US chair, APD or PD who
     * recommended a resident who did well there (L2), someone at the program. Writers the scenario does not know are
     * left out (a letter must name a known writer).
     */
    static Map<String, Set<Program>> trustedWriters(World world) {
        Map<String, Set<Program>> out = new LinkedHashMap<>();
        for (Program p : world.programs()) {
            List<String> ids = new ArrayList<>();
            if (p.letterWriters() != null) {
                ids.addAll(p.letterWriters().trusted());
            }
            for (Program.PastResident r : p.history()) {
                Writer w = world.writer(r.recommendedBy());
                boolean didWell = r.outcome() == Program.PastResident.Outcome.STRONG || r.outcome() == Program.PastResident.Outcome.SOLID;
                boolean leader = w != null && (w.role() == Writer.Role.CHAIR || w.role() == Writer.Role.APD || w.role() == Writer.Role.PD);
                if (didWell && leader && w.isUs()) {
                    ids.add(w.id());
                }
            }
            p.people().forEach(person -> ids.add(person.id()));
            for (String id : ids) {
                if (world.writer(id) != null) {
                    out.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        return out;
    }

    private static List<Action> trustedLetters(World world, Applicant a) {
        List<Action> out = new ArrayList<>();
        for (Map.Entry<String, Set<Program>> e : trustedWriters(world).entrySet()) {
            String w = e.getKey();
            boolean strongAlready = a.letters().stream().anyMatch(l -> w.equals(l.writer())
                    && l.strength() == Applicant.Letter.Strength.STRONG && l.style() == Applicant.Letter.Style.COMPARATIVE);
            if (strongAlready) {
                continue;
            }
            boolean has = a.letters().stream().anyMatch(l -> w.equals(l.writer()));
            ObjectNode item = NODES.objectNode().put("writer", w).put("strength", "strong").put("style", "comparative");
            out.add(new Action("letter:" + w, "letter:" + w, "work with " + writerName(world, w) + ", whom "
                    + names(e.getValue()) + " ha" + (e.getValue().size() == 1 ? "s" : "ve") + " reason to trust, and earn a strong comparative letter"
                    + (has ? " (in place of the letter you have from them)" : ""), 4,
                    new Effort(8, null, null, Effort.Window.BEFORE_INTERVIEWS), add(a, "letters", item)));
        }
        return out;
    }

    private static List<Action> subInternships(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        sites.add(p.id());
        sites.addAll(p.alumniSites());
        for (String site : sites) {
            Applicant.Rotation existing = a.usce().stream().filter(r -> site.equals(r.site())).findFirst().orElse(null);
            if (existing != null && existing.kind() == Applicant.Rotation.Kind.SUB_I
                    && existing.letter() == Applicant.Rotation.LetterQuality.STRONG) {
                continue;
            }
            ObjectNode item = NODES.objectNode().put("kind", "sub-i").put("site", site).put("weeks", 4).put("letter", "strong");
            Program at = world.program(site);
            List<String> trainedThere = world.programs().stream().filter(q -> q.alumniSites().contains(site))
                    .map(Program::displayName).toList();
            String where = at != null ? at.displayName()
                    : site + " (where the alumni of " + String.join(" and ", trainedThere) + " trained)";
            out.add(new Action("sub-i@" + site, "sub-i@" + site,
                    "a 4-week sub-internship at " + where + ", ending with a strong letter"
                            + (existing != null ? " (in place of the " + existing.kind().code() + " there)" : ""), 5,
                    new Effort(4, "away-rotation fees, travel and housing", null, Effort.Window.BEFORE_INTERVIEWS),
                    add(a, "usce", item)));
        }
        return out;
    }

    /** Research with a US PI that an academic program recognises (trusted, or who sent it a resident who did well). */
    private static List<Action> researchYears(World world, Applicant a) {
        List<Action> out = new ArrayList<>();
        Map<String, Set<Program>> recognised = new LinkedHashMap<>();
        trustedWriters(world).forEach((w, programs) -> programs.stream()
                .filter(p -> p.setting() == Program.Setting.ACADEMIC)
                .forEach(p -> recognised.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(p)));
        for (Map.Entry<String, Set<Program>> e : recognised.entrySet()) {
            String w = e.getKey();
            Writer writer = world.writer(w);
            if (!writer.isUs()) {
                continue;
            }
            ObjectNode research = NODES.objectNode().put("kind", "sustained").put("months", 12).put("pi", w);
            ObjectNode letter = NODES.objectNode().put("writer", w).put("strength", "strong").put("style", "comparative");
            Map<String, List<JsonNode>> adds = new LinkedHashMap<>();
            adds.put("research", List.of(research));
            adds.put("letters", List.of(letter));
            out.add(new Action("research:" + w, "research:" + w, "a research year (12 months, sustained) with "
                    + writer.displayName() + ", a US PI " + names(e.getValue()) + " recognise" + (e.getValue().size() == 1 ? "s" : "")
                    + ", and their strong comparative letter", 6,
                    new Effort(52, "a year of living costs (research posts are often unpaid)", null, Effort.Window.BEFORE_APPLICATIONS),
                    new Variant(null, a.id(), null, Map.of(), adds, Map.of())));
        }
        return out;
    }

    private static String names(Set<Program> programs) {
        return String.join(" and ", programs.stream().map(Program::displayName).toList());
    }

    private static String writerName(World world, String id) {
        Writer w = world.writer(id);
        return w == null ? id : w.displayName();
    }

    private static Variant set(Applicant a, String path, JsonNode value) {
        return new Variant(null, a.id(), null, Map.of(path, value), Map.of(), Map.of());
    }

    private static Variant add(Applicant a, String list, JsonNode item) {
        return new Variant(null, a.id(), null, Map.of(), Map.of(list, List.of(item)), Map.of());
    }

    private static Variant remove(Applicant a, String list, String key) {
        return new Variant(null, a.id(), null, Map.of(), Map.of(), Map.of(list, List.of(key)));
    }
}
