package org.rankmeeting.counterfactual;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.PlacementCache;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.TierLadder;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ApplicantEdits;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;
import org.rankmeeting.whatif.WhatIf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The smallest sets of actions that lift an applicant, found by running the engine on every combination of actions
 * within the bound, cheapest first. The rules are deterministic, so every answer is exact: it is what the meeting
 * would do with that file, not an estimate.
 *
 * <p><b>Search bound.</b> At one program: every combination of up to {@link #MAX_ACTIONS_ONE_PROGRAM} actions from
 * the program's catalogue. Over all programs: every single action from the scenario's catalogue, and every pair of
 * actions from the {@value #PAIR_POOL} that lift most on their own (all pairs when the catalogue is no larger).
 * Each combination is scored by re-running the meeting at every program in scope,
 * with the other applicants' files as they are (so visa seats and thin lists play out as they would).
 *
 * <p><b>Goal.</b> At one program: reach the target tier (default: one tier above where the file stands; for a file
 * not on the list, mid-low, the bottom of the list). Over all programs: with a target, be at or above it at more
 * programs than now; without one, gain levels in total (a level is one step on: screened out, not invited, not
 * ranked, mid-low, mid, upper-mid, rank to match).
 *
 * <p><b>Answers.</b> Combinations that reach the goal, minimal (no answer contains another), ordered by cost, then
 * by lift, then by fewer actions; shown only when they differ in more than the size of one move (Step 2 +10
 * and Step 2 +15 at the same programs are the same idea).
 */
public final class Counterfactual {

    public static final int MAX_ACTIONS_ONE_PROGRAM = 3;
    public static final int MAX_ACTIONS_ALL_PROGRAMS = 2;
    /** Over all programs, pairs are drawn from this many of the actions that lift most on their own. */
    public static final int PAIR_POOL = 24;

    /** A combination of actions, the applicant's file with them, and the placement at each program in scope. */
    public record Candidate(List<Action> actions, Applicant file, Map<String, Placement> placements) {
        public int cost() {
            return actions.stream().mapToInt(Action::cost).sum();
        }

        public Set<String> groups() {
            Set<String> out = new TreeSet<>();
            actions.forEach(a -> out.add(a.group()));
            return out;
        }

        public String ids() {
            return String.join(" + ", actions.stream().map(Action::id).toList());
        }
    }

    /** What the search found, with the bound and the counts a reader needs to trust it. */
    public record Outcome(Applicant applicant, List<Program> scope, Tier target, Map<String, Placement> baseline,
                          List<Action> catalogue, int maxActions, int combinationsTried,
                          List<Answer> answers, Answer bestNextStep) {
    }

    /** An answer, verified by a fresh run of the whole meeting. */
    public record Answer(Candidate candidate, int lift, WhatIf.Result verified) {
    }

    private final Engine engine;

    public Counterfactual(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param program a program id, or null for all programs
     * @param target  the tier to reach, or null for the default goal
     * @param top     how many answers to return
     */
    public Outcome search(World world, String applicantId, String program, Tier target, int top) {
        Applicant applicant = world.applicant(applicantId);
        List<Program> scope = program == null ? world.programs() : List.of(world.program(program));
        PlacementCache cache = new PlacementCache();
        Meeting meeting = engine.run(world);
        Map<String, Placement> baseline = place(world, scope, applicant, cache);
        Goal goal = program == null ? Goal.overall(baseline, target) : Goal.atProgram(baseline.get(program), target);

        List<Action> catalogue = ActionCatalogue.forApplicant(world, applicant, scope);
        int bound = program == null ? MAX_ACTIONS_ALL_PROGRAMS : MAX_ACTIONS_ONE_PROGRAM;
        // Over all programs the single actions serve twice: as answers and pair pool, and for the best next step.
        List<Candidate> singles = program == null
                ? evaluate(world, scope, applicant, catalogue.stream().map(List::of).toList(), cache) : null;
        List<Candidate> candidates = program != null
                ? evaluate(world, scope, applicant, combinations(catalogue, bound), cache)
                : withPairs(world, scope, applicant, catalogue, singles, goal, cache);

        List<Candidate> reaching = candidates.stream().filter(c -> goal.reached(c.placements()))
                .sorted(Comparator.comparingInt(Candidate::cost)
                        .thenComparing(Comparator.comparingInt((Candidate c) -> goal.lift(c.placements())).reversed())
                        .thenComparingInt(c -> c.actions().size())
                        .thenComparing(Candidate::ids))
                .toList();
        List<Answer> answers = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : reaching) {
            if (answers.size() == top) {
                break;
            }
            boolean containsKept = kept.stream().anyMatch(k -> c.actions().containsAll(k.actions()));
            boolean sameIdea = kept.stream().anyMatch(k -> k.groups().equals(c.groups()));
            kept.add(c);
            if (!containsKept && !sameIdea) {
                answers.add(verify(world, meeting, applicant, c, goal.lift(c.placements())));
            }
        }
        if (program != null) {
            List<Action> everywhere = ActionCatalogue.forApplicant(world, applicant, world.programs());
            singles = evaluate(world, world.programs(), applicant, everywhere.stream().map(List::of).toList(), cache);
        }
        Answer best = bestNextStep(world, meeting, applicant, singles, cache);
        return new Outcome(applicant, scope, goal.target(), baseline, catalogue, bound, candidates.size(),
                List.copyOf(answers), best);
    }

    /** The single action that gains the most levels summed over every program of the scenario. */
    private Answer bestNextStep(World world, Meeting meeting, Applicant applicant, List<Candidate> singles,
                                PlacementCache cache) {
        Goal overall = Goal.overall(place(world, world.programs(), applicant, cache), null);
        Candidate best = null;
        int bestLift = 0;
        for (Candidate c : singles) {
            int lift = overall.lift(c.placements());
            if (lift > bestLift || (lift == bestLift && best != null && lift > 0 && c.cost() < best.cost())) {
                best = c;
                bestLift = lift;
            }
        }
        return best == null ? null : verify(world, meeting, applicant, best, bestLift);
    }

    /**
     * Over all programs: the single actions, then every pair drawn from the {@link #PAIR_POOL} actions whose own
     * lift is largest (ties: cheaper first, then catalogue order). With a catalogue of up to {@link #PAIR_POOL}
     * actions that is every pair.
     */
    private List<Candidate> withPairs(World world, List<Program> scope, Applicant applicant, List<Action> catalogue,
                                      List<Candidate> singles, Goal goal, PlacementCache cache) {
        List<Action> pool = singles.stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -goal.lift(c.placements())).thenComparingInt(Candidate::cost))
                .limit(PAIR_POOL).map(c -> c.actions().get(0)).toList();
        List<Action> ordered = catalogue.stream().filter(pool::contains).toList();
        List<List<Action>> pairs = combinations(ordered, MAX_ACTIONS_ALL_PROGRAMS).stream().filter(c -> c.size() == 2).toList();
        List<Candidate> out = new ArrayList<>(singles);
        out.addAll(evaluate(world, scope, applicant, pairs, cache));
        return out;
    }

    /** Every combination of up to {@code bound} actions with at most one action per group, in catalogue order. */
    static List<List<Action>> combinations(List<Action> catalogue, int bound) {
        List<List<Action>> out = new ArrayList<>();
        extend(catalogue, 0, new ArrayList<>(), new HashSet<>(), bound, out);
        return out;
    }

    private static void extend(List<Action> catalogue, int from, List<Action> chosen, Set<String> groups, int bound,
                               List<List<Action>> out) {
        for (int i = from; i < catalogue.size(); i++) {
            Action a = catalogue.get(i);
            if (groups.contains(a.group())) {
                continue;
            }
            chosen.add(a);
            groups.add(a.group());
            out.add(List.copyOf(chosen));
            if (chosen.size() < bound) {
                extend(catalogue, i + 1, chosen, groups, bound, out);
            }
            chosen.remove(chosen.size() - 1);
            groups.remove(a.group());
        }
    }

    /** Applies each combination and places the file at every program in scope; combinations that clash are dropped. */
    private List<Candidate> evaluate(World world, List<Program> scope, Applicant applicant,
                                     List<List<Action>> combinations, PlacementCache cache) {
        List<Applicant> files = new ArrayList<>();
        List<List<Action>> kept = new ArrayList<>();
        for (List<Action> combination : combinations) {
            Applicant file = apply(applicant, combination);
            if (file != null) {
                files.add(file);
                kept.add(combination);
            }
        }
        List<Map<String, Placement>> placed = engine.placeEach(world, scope, files, cache);
        List<Candidate> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.add(new Candidate(kept.get(i), files.get(i), placed.get(i)));
        }
        return out;
    }

    static Applicant apply(Applicant applicant, List<Action> actions) {
        Applicant file = applicant;
        try {
            for (Action a : actions) {
                file = ApplicantEdits.apply(file, a.edits().set(), a.edits().add(), a.edits().remove());
            }
            return file;
        } catch (ApplicantEdits.EditException clash) {
            return null;
        }
    }

    private Map<String, Placement> place(World world, List<Program> scope, Applicant file, PlacementCache cache) {
        Map<String, Placement> out = new LinkedHashMap<>();
        for (Program p : scope) {
            ProgramBoard board = engine.runProgram(world, p, world.applicants(), cache);
            out.put(p.id(), board.placementOf(file.id()));
        }
        return out;
    }

    /** Runs the whole meeting afresh (no cache) with the answer's file and checks it agrees with the search. */
    private Answer verify(World world, Meeting meeting, Applicant applicant, Candidate c, int lift) {
        org.rankmeeting.scenario.Variant v = new org.rankmeeting.scenario.Variant(c.ids(), applicant.id(),
                String.join("; ", c.actions().stream().map(Action::description).toList()), Map.of(), Map.of(), Map.of());
        WhatIf.Result result = new WhatIf(engine).compare(world, meeting, v, c.file());
        for (var d : result.programs()) {
            Placement searched = c.placements().get(d.program().id());
            if (searched != null && (searched.level() != d.after().level() || searched.score() != d.after().score())) {
                throw new IllegalStateException("counterfactual " + c.ids() + " at " + d.program().id()
                        + ": the search saw " + searched.outcomeLabel() + " but a fresh run gives " + d.after().outcomeLabel());
            }
        }
        return new Answer(c, lift, result);
    }

    /** What counts as a lift, and how much. */
    record Goal(Tier target, Map<String, Placement> baseline, String program) {

        static Goal atProgram(Placement now, Tier target) {
            Tier t = target != null ? target : nextTier(now);
            return new Goal(t, Map.of(now.programId(), now), now.programId());
        }

        static Goal overall(Map<String, Placement> baseline, Tier target) {
            return new Goal(target, baseline, null);
        }

        /** One tier up; a file not on the list aims for its bottom tier; at the top, nothing is higher. */
        static Tier nextTier(Placement now) {
            if (!now.isRanked()) {
                return Tier.MID_LOW;
            }
            return TierLadder.nextTier(now.tier());
        }

        static int levelOf(Tier tier) {
            return TierLadder.levelOf(tier);
        }

        boolean reached(Map<String, Placement> placements) {
            if (program != null) {
                return target != null && placements.get(program).stage() == Stage.INTERVIEWED
                        && placements.get(program).level() >= levelOf(target);
            }
            return lift(placements) > 0;
        }

        /** At one program: levels gained there. Over all: programs newly at the target, or levels gained in total. */
        int lift(Map<String, Placement> placements) {
            if (program != null) {
                return placements.get(program).level() - baseline.get(program).level();
            }
            int sum = 0;
            for (Map.Entry<String, Placement> e : placements.entrySet()) {
                Placement before = baseline.get(e.getKey());
                if (target == null) {
                    sum += e.getValue().level() - before.level();
                } else {
                    sum += (e.getValue().level() >= levelOf(target) ? 1 : 0) - (before.level() >= levelOf(target) ? 1 : 0);
                }
            }
            return sum;
        }
    }
}
