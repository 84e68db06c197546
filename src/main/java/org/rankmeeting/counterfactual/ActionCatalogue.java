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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The moves open to an applicant, for the programs in scope. Only what an applicant can really change is here;
 * the school, its region, the graduation year, the gap years, the transcript and exam attempts already made stay
 * as they are, and a Step 2 score can only be raised while the exam has not been sat.
 *
 * <p>Effort costs, in points (roughly: weeks of work, money and favours asked):
 * <pre>
 *  1  interview coaching, one step (concern to adequate, adequate to strong)
 *  1  leave out a letter the program discounts or distrusts
 *  1  ask someone at the program who knows you well to put in a word after interviews
 *  2  interview coaching, two steps (concern to strong)
 *  2  switch from H-1B to the J-1 route
 *  2  Step 2 not yet taken: score 5 higher than planned (3 for 10, 4 for 15, 5 for 20)
 *  3  build a real relationship with an alum of your school who is at the program
 *  4  earn a strong, comparative letter from a writer the program trusts
 *  4  switch from J-1 to H-1B (Step 3 passed, a program willing to file)
 *  5  a 4-week sub-internship with a strong letter, at the program or at a site where its alumni trained
 *  6  a research year (12 months, sustained) with a US PI an academic program trusts, and their strong letter
 * </pre>
 */
public final class ActionCatalogue {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] STEP2_RAISES = {5, 10, 15, 20};
    private static final int STEP2_CEILING = 300;

    private ActionCatalogue() {
    }

    /** Every action for the applicant at the given programs, in a stable order, ids unique. */
    public static List<Action> forApplicant(World world, Applicant a, List<Program> scope) {
        Map<String, Action> out = new LinkedHashMap<>();
        communication(a).forEach(x -> out.putIfAbsent(x.id(), x));
        step2(a).forEach(x -> out.putIfAbsent(x.id(), x));
        visa(a, scope).forEach(x -> out.putIfAbsent(x.id(), x));
        for (Program p : scope) {
            dropLetters(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
            lateWords(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
            alumni(a, world, p).forEach(x -> out.putIfAbsent(x.id(), x));
            trustedLetters(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
            subInternships(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
            researchYears(world, a, p).forEach(x -> out.putIfAbsent(x.id(), x));
        }
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
                        set(a, "step2.score", IntNode.valueOf(target))));
            }
        }
        return out;
    }

    private static List<Action> visa(Applicant a, List<Program> scope) {
        List<Action> out = new ArrayList<>();
        boolean anyJ1 = scope.stream().anyMatch(p -> sponsors(p, Applicant.Visa.J1));
        boolean anyH1b = scope.stream().anyMatch(p -> sponsors(p, Applicant.Visa.H1B));
        if (a.visa() == Applicant.Visa.H1B && anyJ1) {
            out.add(new Action("visa:j1", "visa", "apply on the J-1 route instead of H-1B", 2,
                    set(a, "visa", TextNode.valueOf("j1"))));
        }
        if (a.visa() == Applicant.Visa.J1 && anyH1b) {
            out.add(new Action("visa:h1b", "visa", "pass Step 3 and apply on the H-1B route instead of J-1", 4,
                    set(a, "visa", TextNode.valueOf("h1b"))));
        }
        return out;
    }

    private static boolean sponsors(Program p, Applicant.Visa visa) {
        return p.screens() != null && p.screens().sponsors().contains(visa);
    }

    private static List<Action> dropLetters(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        Program.WriterLists lists = p.letterWriters();
        if (lists == null) {
            return out;
        }
        for (Applicant.Letter l : a.letters()) {
            if (lists.ignored().contains(l.writer()) || lists.redFlag().contains(l.writer())) {
                out.add(new Action("drop-letter:" + l.writer(), "drop-letter:" + l.writer(),
                        "leave out the letter from " + writerName(world, l.writer()) + ", which "
                                + p.displayName() + " discounts", 1, remove(a, "letters", l.writer())));
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
                        "ask " + world.person(c.person()).displayName() + " to put in a word with the PD after interviews",
                        1, add(a, "lateAdvocacy", item)));
            }
        }
        return out;
    }

    /** A real relationship with an alum of the applicant's school who is at the program. */
    private static List<Action> alumni(Applicant a, World world, Program p) {
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
            ObjectNode item = NODES.objectNode().put("person", person.id()).put("relationship", "built").put("said", "solid");
            Variant edits = existing == null ? add(a, "contacts", item)
                    : new Variant(null, a.id(), null, Map.of(), Map.of("contacts", List.of(item)),
                    Map.of("contacts", List.of(person.id())));
            out.add(new Action("alum:" + person.id(), "alum:" + person.id(),
                    "build a real working relationship with " + person.displayName() + ", an alum of your school at "
                            + p.displayName() + " (assumed to call you solid when asked)", 3, edits));
        }
        return out;
    }

    private static List<Action> trustedLetters(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        if (p.letterWriters() == null) {
            return out;
        }
        for (String w : p.letterWriters().trusted()) {
            boolean strongAlready = a.letters().stream().anyMatch(l -> w.equals(l.writer())
                    && l.strength() == Applicant.Letter.Strength.STRONG && l.style() == Applicant.Letter.Style.COMPARATIVE);
            if (strongAlready || world.writer(w) == null) {
                continue;
            }
            ObjectNode item = NODES.objectNode().put("writer", w).put("strength", "strong").put("style", "comparative");
            boolean has = a.letters().stream().anyMatch(l -> w.equals(l.writer()));
            Variant edits = has ? new Variant(null, a.id(), null, Map.of(), Map.of("letters", List.of(item)),
                    Map.of("letters", List.of(w))) : add(a, "letters", item);
            out.add(new Action("letter:" + w, "letter:" + w, "work with " + writerName(world, w)
                    + ", whom " + p.displayName() + " trusts, and earn a strong comparative letter", 4, edits));
        }
        return out;
    }

    private static List<Action> subInternships(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        sites.add(p.id());
        sites.addAll(p.alumniSites());
        for (String site : sites) {
            boolean done = a.usce().stream().anyMatch(r -> site.equals(r.site())
                    && r.kind() == Applicant.Rotation.Kind.SUB_I && r.letter() == Applicant.Rotation.LetterQuality.STRONG);
            if (done) {
                continue;
            }
            ObjectNode item = NODES.objectNode().put("kind", "sub-i").put("site", site).put("weeks", 4).put("letter", "strong");
            Program at = world.program(site);
            List<String> trainedThere = world.programs().stream().filter(q -> q.alumniSites().contains(site))
                    .map(Program::displayName).toList();
            String where = at != null ? at.displayName()
                    : site + " (where the alumni of " + String.join(" and ", trainedThere) + " trained)";
            out.add(new Action("sub-i@" + site, "sub-i@" + site,
                    "a 4-week sub-internship at " + where + ", ending with a strong letter", 5, add(a, "usce", item)));
        }
        return out;
    }

    private static List<Action> researchYears(World world, Applicant a, Program p) {
        List<Action> out = new ArrayList<>();
        if (p.setting() != Program.Setting.ACADEMIC || p.letterWriters() == null) {
            return out;
        }
        for (String w : p.letterWriters().trusted()) {
            Writer writer = world.writer(w);
            if (writer == null || !writer.isUs()) {
                continue;
            }
            ObjectNode research = NODES.objectNode().put("kind", "sustained").put("months", 12).put("pi", w);
            ObjectNode letter = NODES.objectNode().put("writer", w).put("strength", "strong").put("style", "detailed");
            Map<String, List<JsonNode>> adds = new LinkedHashMap<>();
            adds.put("research", List.of(research));
            boolean hasLetter = a.letters().stream().anyMatch(l -> w.equals(l.writer()));
            if (!hasLetter) {
                adds.put("letters", List.of(letter));
            }
            out.add(new Action("research:" + w, "research:" + w, "a research year with " + writer.displayName()
                    + ", a US PI " + p.displayName() + " trusts, and their strong letter", 6,
                    new Variant(null, a.id(), null, Map.of(), adds, Map.of())));
        }
        return out;
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
