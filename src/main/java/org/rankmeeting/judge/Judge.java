package org.rankmeeting.judge;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.RuleSession;
import org.rankmeeting.engine.RuleSet;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Judges programs the way an applicant can: from their public signals ({@link Program.Signals}), with the judging
 * rules of the rule base (heuristics P1-P4, {@code rules/judging.drl}, rule set {@link RuleSet#JUDGING}). Independent of the rank meeting: it uses
 * the same rule base but inserts only {@link ProgramFile} facts, which the meeting's rules never match.
 *
 * <pre>{@code
 * Judge judge = new Judge(RuleBase.load(null));
 * List<Judgement> all = judge.judgeAll(world);          // in the scenario's order
 * Judgement one = judge.judge(world, world.program("crestview-im"));
 * one.category();   // P1: STRATEGIC, DEPENDENT or DESPERATE
 * one.score();      // P2: 0-100
 * }</pre>
 */
public final class Judge {

    private final RuleBase rules;
    private final RuleSession<ProgramFile, Finding> session;

    public Judge(RuleBase rules) {
        this(rules, false);
    }

    /** With {@code traceFirings}, every rule firing is logged at debug level (the command line's {@code -v}). */
    public Judge(RuleBase rules, boolean traceFirings) {
        this.rules = rules;
        this.session = new RuleSession<>(rules, RuleSet.JUDGING, ProgramFile.class, f -> "program '" + f.getId() + "'",
                f -> List.of(), Finding.class, Finding::getProgramId, traceFirings, null);
    }

    /** Judges one program of the world. */
    public Judgement judge(World world, Program program) {
        return judge(world, List.of(program)).get(0);
    }

    /** Judges every program of the world, in the scenario's order. */
    public List<Judgement> judgeAll(World world) {
        return judge(world, world.programs());
    }

    /**
     * Judges the given programs of the world, in the given order.
     *
     * @throws BadInputException when the rule base has no judging rules, or its judging rules do not give every
     *                           program exactly one score per component, one interview-day reading and one category
     */
    public List<Judgement> judge(World world, List<Program> programs) {
        if (!session.hasRules()) {
            throw new BadInputException(rules.origin() + ": no judging rules (heuristics P1-P4) in this rule set;"
                    + " the bundled rules/judging.drl has them");
        }
        if (programs.isEmpty()) {
            return List.of();
        }
        List<ProgramFile> files = programs.stream().map(p -> new ProgramFile(p, world.cycle())).toList();
        Map<Object, List<Finding>> found = session.run(files);
        List<Judgement> out = new ArrayList<>(files.size());
        for (ProgramFile f : files) {
            out.add(assemble(f, found.getOrDefault(f.getId(), List.of())));
        }
        return out;
    }

    /** Checks that the rules gave a complete judgement and puts its lines in reading order. */
    private Judgement assemble(ProgramFile f, List<Finding> findings) {
        Map<Component, Integer> components = new EnumMap<>(Component.class);
        List<Component> neutral = new ArrayList<>();
        for (Component c : Component.values()) {
            List<Finding> scores = findings.stream().filter(x -> x.getComponent() == c).toList();
            if (scores.size() != 1) {
                throw incomplete(f, c.label() + " was scored " + scores.size() + " times" + rulesOf(scores)
                        + "; every component needs exactly one score");
            }
            Finding score = scores.get(0);
            if (score.getPoints() < 0 || score.getPoints() > c.weight()) {
                throw incomplete(f, "rule '" + score.getRule() + "' scored " + c.label() + " " + score.getPoints()
                        + ", outside 0-" + c.weight());
            }
            components.put(c, score.getPoints());
            if (score.isNeutral()) {
                neutral.add(c);
            }
        }
        List<Finding> readings = findings.stream().filter(x -> x.getReading() != null).toList();
        if (readings.size() != 1) {
            throw incomplete(f, "the interview day was read " + readings.size() + " times" + rulesOf(readings)
                    + "; it needs exactly one reading");
        }
        List<Finding> categories = findings.stream().filter(x -> x.getCategory() != null).toList();
        if (categories.size() != 1) {
            throw incomplete(f, categories.size() + " categories were decided" + rulesOf(categories)
                    + "; it needs exactly one");
        }
        List<Finding> lines = new ArrayList<>(findings);
        lines.sort(Comparator.comparingInt(Judge::section)); // stable: firing order within a section
        int score = components.values().stream().mapToInt(Integer::intValue).sum();
        return new Judgement(f.getId(), f.getName(), categories.get(0).getCategory(), score, components, neutral,
                readings.get(0).getReading(), f.program().category(), lines);
    }

    /** Components heaviest first, then other red flags, the interview day, the category, anything else. */
    private static int section(Finding x) {
        if (x.getComponent() != null) {
            return x.getComponent().ordinal();
        }
        if (x.isRedFlag()) {
            return 10;
        }
        if (x.getReading() != null) {
            return 11;
        }
        return x.getCategory() != null ? 12 : 13;
    }

    private static String rulesOf(List<Finding> findings) {
        return findings.isEmpty() ? "" : " (by " + findings.stream().map(x -> "'" + x.getRule() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    private BadInputException incomplete(ProgramFile f, String what) {
        return new BadInputException(rules.origin() + ": the judging rules left program '" + f.getId()
                + "' incompletely judged: " + what);
    }
}
