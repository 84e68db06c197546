package org.rankmeeting.counterfactual;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rankmeeting.engine.Effect;
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
import org.rankmeeting.whatif.FileChanges;
import org.rankmeeting.whatif.ProgramDiff;
import org.rankmeeting.whatif.WhatIf;
import org.rankmeeting.whynot.WhyNot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The smallest sets of actions that lift an applicant, found by running the engine on every combination of actions
 * within the bound. The rules are deterministic, so every answer is exact: it is what the meeting would do with that
 * file, not an estimate.
 *
 * <p><b>One search.</b> The catalogue is built from the whole scenario, and every combination is placed at every
 * program; asking about one program only changes the goal, so the answers at one program are exactly the combinations
 * of the search over all programs that reach that program's goal.
 *
 * <p><b>Bound.</b> Every single action still possible by the date asked about; every pair drawn from the
 * {@value #PAIR_POOL} actions that do most on their own, and every triple drawn from the {@value #TRIPLE_POOL} that
 * do most (all pairs, all triples, when the catalogue is that small). "Do most": levels gained over all programs,
 * then committee points gained, then cheaper.
 *
 * <p><b>Goal.</b> At one program: reach the target tier there (default: one tier up; for a file not on the list,
 * mid-low). Over all programs: with a target, be at or above it at more programs than now; without one, gain levels
 * in total (a level is one step on: screened out, not invited, not ranked, mid-low, mid, upper-mid, rank to match).
 * Either way the levels summed over every program must go up: an answer that costs as much elsewhere as it gains is
 * not a lift.
 *
 * <p><b>Answers.</b> Combinations that reach the goal and are minimal (no smaller one does as well). Combinations
 * that differ only in the size of one move (Step 2 +10 or +15) are one answer, shown with its sizes. Always first: the
 * cheapest answer that reaches the goal, then the one that gains the most; then, at one program, cheapest first, over
 * all programs, most levels per effort point first.
 */
public final class Counterfactual {

    public static final int MAX_ACTIONS = 3;
    /** Pairs are drawn from this many of the actions that do most on their own. */
    public static final int PAIR_POOL = 16;
    /** Triples are drawn from this many of the actions that do most on their own. */
    public static final int TRIPLE_POOL = 8;
    /** An answer that clears a tier line by this many points or fewer is fragile. */
    public static final int FRAGILE_POINTS = 2;

    /** What to search for: at one program or all (null), a tier to reach or the default, how many answers, as of when. */
    public record Request(String applicant, String program, Tier target, int top, LocalDate by) {
    }

    /** A combination of actions, the applicant's file with them, and the placement at every program. */
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

    /** How the search came out. */
    public enum Status {
        /** Answers were found. */
        ANSWERS,
        /** The file already reaches the target asked for. */
        AT_GOAL,
        /** The file is already at the top tier wherever it is asked about. */
        AT_TOP,
        /** Nothing within the bound reaches the goal. */
        NOTHING_HELPS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One answer's effect at one program.
     *
     * @param clearsBy for a tier reached on the score, the points above that tier's floor; null otherwise
     */
    public record ProgramEffect(Program program, Placement before, Placement after, Integer clearsBy) {
        public int levelChange() {
            return after.level() - before.level();
        }

        /** Gains a tier here but clears its line by {@value #FRAGILE_POINTS} points or fewer. */
        public boolean fragile() {
            return levelChange() > 0 && clearsBy != null && clearsBy <= FRAGILE_POINTS;
        }
    }

    /**
     * An answer: the combination, its lift towards the goal, its net levels over every program, its effect at every
     * program (verified by a fresh run of the whole meeting), the same move at other sizes, and whether it is the
     * cheapest answer reaching the goal or the one that gains the most.
     */
    public record Answer(Candidate candidate, int lift, int netLevels, List<ProgramEffect> effects,
                         List<Size> sizes, boolean cheapest, boolean mostGain, WhatIf.Result verified) {

        public List<ProgramEffect> losses() {
            return effects.stream().filter(e -> e.levelChange() < 0).toList();
        }

        public List<ProgramEffect> fragile() {
            return effects.stream().filter(ProgramEffect::fragile).toList();
        }
    }

    /** The same move at another size (Step 2 +15 instead of +10): its actions, cost and lift, from the search. */
    public record Size(List<Action> actions, int cost, int lift, int netLevels) {
        public String ids() {
            return String.join(" + ", actions.stream().map(Action::id).toList());
        }
    }

    /**
     * What the search found, with the bound and the counts a reader needs to trust it; {@code placementsEvaluated} is
     * how many times the rules placed one file at one program for it (the meeting as it stands, the search, the
     * checks; not the why-not probes).
     */
    public record Outcome(Applicant applicant, String program, List<Program> programs, Tier target, Status status,
                          Map<String, Placement> baseline, List<Action> catalogue, List<Action> tooLate,
                          LocalDate by, CycleCalendar calendar, int combinationsTried,
                          List<Answer> answers, Answer bestNextStep, Map<String, List<WhyNot.Miss>> whyNot,
                          int placementsEvaluated) {

        /** The most actions one combination holds. */
        public int maxActions() {
            return MAX_ACTIONS;
        }

        /** The programs the goal is about: the one asked for, or all. */
        public List<Program> scope() {
            return program == null ? programs : programs.stream().filter(p -> p.id().equals(program)).toList();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Counterfactual.class);

    private final Engine engine;

    public Counterfactual(Engine engine) {
        this.engine = engine;
    }

    /** As {@link #search(World, Request)}, as of no particular date. */
    public Outcome search(World world, String applicantId, String program, Tier target, int top) {
        return search(world, new Request(applicantId, program, target, top, null));
    }

    public Outcome search(World world, Request request) {
        Applicant applicant = world.applicant(request.applicant());
        List<Program> programs = world.programsAppliedTo(applicant);
        CycleCalendar calendar = new CycleCalendar(world.cycle());
        // Why not reads only the applicant's own file as the meeting opens, so it runs beside the search on a thread of
        // its own (one session of its own rule base) and is waited for at the end.
        List<Program> asked = programs.stream().filter(p -> request.program() == null || p.id().equals(request.program())).toList();
        CompletableFuture<Map<String, List<WhyNot.Miss>>> whyNotLater = CompletableFuture.supplyAsync(
                () -> WhyNot.of(engine.rules()).at(world, applicant, asked), Counterfactual::besideTheSearch);
        // The search reads of each variant's placements only what alike cases share (AlikeCases); the answers shown
        // are re-run afresh (verify), and the meeting and the applicant's own file are evaluated as they are.
        long tm = System.nanoTime();
        PlacementCache cache = new PlacementCache().shareAlike();
        Meeting meeting = meeting(world, cache);
        Map<String, Placement> baseline = place(world, programs, applicant, cache);
        Goal goal = Goal.of(request.program(), request.target(), baseline);

        LocalDate by = request.by() != null ? request.by() : world.asOf();
        List<Action> all = ActionCatalogue.forApplicant(world, applicant);
        List<Action> catalogue = all.stream()
                .filter(a -> by == null || a.effort().possibleFrom(by, calendar)).toList();
        List<Action> tooLate = all.stream().filter(a -> !catalogue.contains(a)).toList();

        long t0 = System.nanoTime();
        int atMeeting = cache.evaluated();
        Files files = new Files(applicant);
        List<Candidate> singles = evaluate(world, programs, files, catalogue.stream().map(List::of).toList(), cache);
        List<Candidate> candidates = new ArrayList<>(singles);
        int atSingles = cache.evaluated();
        List<Action> ranked = byWhatTheyDoAlone(singles, baseline);
        List<List<Action>> more = new ArrayList<>();
        for (List<Action> c : combinations(inCatalogueOrder(catalogue, ranked, PAIR_POOL), 2)) {
            if (c.size() == 2) {
                more.add(c);
            }
        }
        for (List<Action> c : combinations(inCatalogueOrder(catalogue, ranked, TRIPLE_POOL), MAX_ACTIONS)) {
            if (c.size() == 3) {
                more.add(c);
            }
        }
        candidates.addAll(evaluate(world, programs, files, more, cache));

        long t1 = System.nanoTime();
        int atSearch = cache.evaluated();
        PlacementCache checks = cache;
        List<Unchecked> found = new ArrayList<>(goal.status() == null
                ? answers(candidates, goal, Math.max(1, request.top())) : List.of());
        Unchecked next = bestNextStep(singles, baseline);
        if (next != null) {
            found.add(next);
        }
        List<Answer> checked = verify(world, meeting, checks, found);
        List<Answer> answers = checked.subList(0, next == null ? checked.size() : checked.size() - 1);
        Answer best = next == null ? null : checked.get(checked.size() - 1);
        Status status = goal.status() != null ? goal.status() : answers.isEmpty() ? Status.NOTHING_HELPS : Status.ANSWERS;
        long t2 = System.nanoTime();
        Map<String, List<WhyNot.Miss>> whyNot = joined(whyNotLater);
        LOG.debug("meeting {} ms, search {} ms, answers checked {} ms, then waited {} ms for why-not; placements evaluated:"
                        + " meeting {}, singles {}, pairs and triples {}, checks {}",
                (t0 - tm) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
                atMeeting, atSingles - atMeeting, atSearch - atSingles, cache.evaluated() - atSearch);
        return new Outcome(applicant, request.program(), programs, goal.target(), status, baseline, catalogue, tooLate,
                by, calendar, candidates.size(), List.copyOf(answers), best, whyNot, cache.evaluated());
    }

    /** Runs a task on a new daemon thread: work of one search that shares nothing with the rest of it. */
    private static void besideTheSearch(Runnable task) {
        Thread t = new Thread(task, "counterfactual-why-not");
        t.setDaemon(true);
        t.start();
    }

    /** The task's result; its failure thrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The meeting as it stands, through the search's cache (the other files' placements are reused from here on). */
    private Meeting meeting(World world, PlacementCache cache) {
        return engine.run(world, cache);
    }

    /**
     * The actions ranked by what each does alone: any change at all first, then levels over all programs, then
     * points, then cheaper. Actions that change nothing alone come last but are still paired when there is room.
     */
    private static List<Action> byWhatTheyDoAlone(List<Candidate> singles, Map<String, Placement> baseline) {
        return singles.stream()
                .sorted(Comparator.comparing((Candidate c) -> !changesAnything(c, baseline))
                        .thenComparingInt((Candidate c) -> -netLevels(baseline, c.placements()))
                        .thenComparingInt(c -> -points(baseline, c.placements()))
                        .thenComparingInt(Candidate::cost))
                .map(c -> c.actions().get(0)).toList();
    }

    private static List<Action> inCatalogueOrder(List<Action> catalogue, List<Action> ranked, int limit) {
        List<Action> pool = ranked.stream().limit(limit).toList();
        return catalogue.stream().filter(pool::contains).toList();
    }

    private static boolean changesAnything(Candidate c, Map<String, Placement> baseline) {
        return c.placements().entrySet().stream().anyMatch(e -> {
            Placement b = baseline.get(e.getKey());
            Placement a = e.getValue();
            return a.level() != b.level() || a.score() != b.score() || a.orderKey() != b.orderKey()
                    || !rules(a).equals(rules(b));
        });
    }

    private static List<String> rules(Placement p) {
        return p.trail().stream().map(e -> e.getRule()).toList();
    }

    static int netLevels(Map<String, Placement> baseline, Map<String, Placement> after) {
        int sum = 0;
        for (Map.Entry<String, Placement> e : after.entrySet()) {
            sum += e.getValue().level() - baseline.get(e.getKey()).level();
        }
        return sum;
    }

    private static int points(Map<String, Placement> baseline, Map<String, Placement> after) {
        int sum = 0;
        for (Map.Entry<String, Placement> e : after.entrySet()) {
            sum += e.getValue().score() - baseline.get(e.getKey()).score();
        }
        return sum;
    }

    /** An answer as the search found it, before {@link #verify} runs it afresh. */
    private record Unchecked(Candidate candidate, int lift, List<Size> sizes, boolean cheapest, boolean mostGain) {
    }

    /** Reaching, minimal, one per idea; pinned cheapest and most-gain first, then in the goal's order; to verify. */
    private static List<Unchecked> answers(List<Candidate> candidates, Goal goal, int top) {
        List<Candidate> reaching = candidates.stream().filter(c -> goal.reached(c.placements())).toList();
        // Minimal: no reaching combination of some of its actions (fewer) lifts as much and nets as much. Action ids
        // are unique in a catalogue, so a combination is known by the set of its ids.
        Map<Set<String>, List<Candidate>> byIds = new HashMap<>();
        for (Candidate c : reaching) {
            byIds.computeIfAbsent(idSet(c.actions()), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> minimal = reaching.stream().filter(c -> !smallerDoesAsWell(c, byIds, goal)).toList();
        if (minimal.isEmpty()) {
            return List.of();
        }
        Comparator<Candidate> cheapFirst = Comparator.comparingInt(Candidate::cost)
                .thenComparing(Comparator.comparingInt((Candidate c) -> goal.lift(c.placements())).reversed())
                .thenComparing(Comparator.comparingInt((Candidate c) -> goal.net(c.placements())).reversed())
                .thenComparingInt(c -> c.actions().size())
                .thenComparing(Candidate::ids);
        Comparator<Candidate> mostFirst = Comparator.comparingInt((Candidate c) -> -goal.lift(c.placements()))
                .thenComparingInt(c -> -goal.net(c.placements()))
                .thenComparing(cheapFirst);
        // Levels per effort point, compared without division: a/b > c/d when a*d > c*b.
        Comparator<Candidate> perEffort = (x, y) -> Integer.compare(goal.lift(y.placements()) * x.cost(),
                goal.lift(x.placements()) * y.cost());
        Comparator<Candidate> order = goal.program() != null ? cheapFirst : perEffort.thenComparing(cheapFirst);

        Candidate cheapest = minimal.stream().min(cheapFirst).orElseThrow();
        Candidate most = minimal.stream().min(mostFirst).orElseThrow();
        // One answer per idea (the same groups of moves); its sizes are the other members.
        Map<Set<String>, List<Candidate>> ideas = new LinkedHashMap<>();
        minimal.stream().sorted(order).forEach(c -> ideas.computeIfAbsent(c.groups(), k -> new ArrayList<>()).add(c));
        List<Set<String>> shown = new ArrayList<>();
        shown.add(cheapest.groups());
        if (!shown.contains(most.groups())) {
            shown.add(most.groups());
        }
        for (Set<String> idea : ideas.keySet()) {
            if (shown.size() >= top) {
                break;
            }
            if (!shown.contains(idea)) {
                shown.add(idea);
            }
        }
        List<Unchecked> out = new ArrayList<>();
        for (Set<String> idea : shown) {
            List<Candidate> members = ideas.get(idea);
            Candidate rep = idea.equals(cheapest.groups()) ? cheapest : idea.equals(most.groups()) ? most : members.get(0);
            List<Size> sizes = members.stream().filter(m -> m != rep).sorted(cheapFirst)
                    .map(m -> new Size(m.actions(), m.cost(), goal.lift(m.placements()), goal.net(m.placements()))).toList();
            out.add(new Unchecked(rep, goal.lift(rep.placements()), sizes, idea.equals(cheapest.groups()),
                    members.contains(most)));
        }
        return out;
    }

    private static Set<String> idSet(List<Action> actions) {
        Set<String> out = new HashSet<>();
        actions.forEach(a -> out.add(a.id()));
        return out;
    }

    /** Some of {@code c}'s actions, fewer of them, reach the goal with as much lift and as many net levels. */
    private static boolean smallerDoesAsWell(Candidate c, Map<Set<String>, List<Candidate>> reachingByIds, Goal goal) {
        List<Action> actions = c.actions();
        int n = actions.size();
        if (n < 2) {
            return false;
        }
        int lift = goal.lift(c.placements());
        int net = goal.net(c.placements());
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            List<Action> some = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    some.add(actions.get(i));
                }
            }
            for (Candidate d : reachingByIds.getOrDefault(idSet(some), List.of())) {
                if (goal.lift(d.placements()) >= lift && goal.net(d.placements()) >= net) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The single action that gains the most levels summed over every program (a net gain; cheaper on a tie). */
    private static Unchecked bestNextStep(List<Candidate> singles, Map<String, Placement> baseline) {
        Candidate best = null;
        int bestLift = 0;
        for (Candidate c : singles) {
            int lift = netLevels(baseline, c.placements());
            if (lift > bestLift || (lift == bestLift && best != null && c.cost() < best.cost())) {
                best = c;
                bestLift = lift;
            }
        }
        return best == null ? null : new Unchecked(best, bestLift, List.of(), false, false);
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

    /**
     * Applies each combination and places the file at every program in scope; combinations that clash are dropped.
     * Combinations that end in the same file (equal in every field: a research year whose letter is the letter of
     * another action) are placed once: the rules see only the file, so its placements are the same.
     */
    private List<Candidate> evaluate(World world, List<Program> scope, Files edited,
                                     List<List<Action>> combinations, PlacementCache cache) {
        List<Applicant> files = new ArrayList<>();
        List<List<Action>> kept = new ArrayList<>();
        Map<Applicant, Integer> distinct = new LinkedHashMap<>();
        for (List<Action> combination : combinations) {
            Applicant file = edited.of(combination);
            if (file != null) {
                files.add(file);
                kept.add(combination);
                distinct.putIfAbsent(file, distinct.size());
            }
        }
        List<Map<String, Placement>> placed = engine.placeEach(world, scope, List.copyOf(distinct.keySet()), cache);
        List<Candidate> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.add(new Candidate(kept.get(i), files.get(i), placed.get(distinct.get(files.get(i)))));
        }
        return out;
    }

    /**
     * The files of one search's combinations, each made from the file of its combination less the last action (as
     * {@link #apply} does it, in order), so a pair or triple does only its last edit.
     */
    private static final class Files {
        private final Applicant applicant;
        private final Map<List<Action>, Applicant> made = new HashMap<>();

        Files(Applicant applicant) {
            this.applicant = applicant;
        }

        /** As {@link #apply(Applicant, List)}: the file with the actions done in order, or null when they clash. */
        Applicant of(List<Action> actions) {
            if (actions.isEmpty()) {
                return applicant;
            }
            if (made.containsKey(actions)) {
                return made.get(actions);
            }
            Applicant before = of(actions.subList(0, actions.size() - 1));
            Applicant file = before == null ? null : apply(before, actions.subList(actions.size() - 1, actions.size()));
            made.put(List.copyOf(actions), file);
            return file;
        }
    }

    /** The file with the actions done in order, or null when they clash (the file cannot hold both). */
    public static Applicant apply(Applicant applicant, List<Action> actions) {
        Applicant file = applicant;
        try {
            for (Action a : actions) {
                file = a.applyTo(file);
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

    /**
     * Runs the whole meeting again with each answer's file and checks that it agrees with the search; in order. Each
     * file is a fresh copy, so the cache (keyed by the file instance) has nothing for it: it is evaluated afresh at
     * every program and in every pass (all the answers' files together, in few sessions), while the other files'
     * placements are reused.
     */
    private List<Answer> verify(World world, Meeting meeting, PlacementCache checks, List<Unchecked> found) {
        List<Applicant> copies = new ArrayList<>(found.size());
        for (Unchecked u : found) {
            copies.add(ApplicantEdits.apply(u.candidate().file(), Map.of(), Map.of(), Map.of()));
        }
        List<Answer> out = new ArrayList<>(found.size());
        if (found.isEmpty()) {
            return out;
        }
        Applicant applicant = world.applicant(found.get(0).candidate().file().id());
        List<Map<String, ProgramBoard>> boards = engine.boardsEach(world, world.programsAppliedTo(applicant), copies, checks);
        for (int i = 0; i < found.size(); i++) {
            Unchecked u = found.get(i);
            out.add(verify(world, meeting, boards.get(i), u.candidate(), u.lift(), u.sizes(), u.cheapest(), u.mostGain()));
        }
        return out;
    }

    /** One answer checked against {@code fresh}, the boards of the meeting run with a fresh copy of its file. */
    private static Answer verify(World world, Meeting meeting, Map<String, ProgramBoard> fresh, Candidate c, int lift,
                                 List<Size> sizes, boolean cheapest, boolean mostGain) {
        org.rankmeeting.scenario.Variant v = new org.rankmeeting.scenario.Variant(c.ids(), c.file().id(),
                String.join("; ", c.actions().stream().map(Action::description).toList()), Map.of(), Map.of(), Map.of());
        Applicant before = world.applicant(c.file().id());
        List<ProgramDiff> diffs = new ArrayList<>();
        List<ProgramEffect> effects = new ArrayList<>();
        for (Program p : world.programsAppliedTo(before)) {
            ProgramBoard was = meeting.board(p.id());
            ProgramBoard now = fresh.get(p.id());
            ProgramDiff d = ProgramDiff.of(p, was.placementOf(before.id()), was.rankOf(before.id()),
                    now.placementOf(before.id()), now.rankOf(before.id()));
            Placement searched = c.placements().get(p.id());
            if (searched.level() != d.after().level() || searched.score() != d.after().score()) {
                throw new IllegalStateException("counterfactual " + c.ids() + " at " + p.id()
                        + ": the search saw " + searched.outcomeLabel() + " but a fresh run gives " + d.after().outcomeLabel());
            }
            diffs.add(d);
            effects.add(new ProgramEffect(p, d.before(), d.after(), clearsBy(d.after())));
        }
        WhatIf.Result result = new WhatIf.Result(v, before, c.file(), FileChanges.between(before, c.file()), List.copyOf(diffs));
        return new Answer(c, lift, result.totalLevelChange(), List.copyOf(effects), sizes, cheapest, mostGain, result);
    }

    /** Points above the floor of the tier an interviewed file reached on its score; null when a band set the tier. */
    static Integer clearsBy(Placement p) {
        if (p.stage() != Stage.INTERVIEWED || p.trail().stream().anyMatch(e -> e.getEffect() == Effect.BAND)
                || p.tier() != TierLadder.tierFor(p.score())) {
            return null;
        }
        return p.score() - TierLadder.floorOf(p.tier());
    }

    /** What counts as a lift, and how much. */
    record Goal(String program, Tier target, Map<String, Placement> baseline, Status status) {

        static Goal of(String program, Tier target, Map<String, Placement> baseline) {
            if (program != null) {
                Placement now = baseline.get(program);
                Tier t = target != null ? target : nextTier(now);
                if (t == null) {
                    return new Goal(program, null, baseline, Status.AT_TOP);
                }
                boolean there = now.stage() == Stage.INTERVIEWED && now.level() >= levelOf(t);
                return new Goal(program, t, baseline, there ? Status.AT_GOAL : null);
            }
            boolean allTop = baseline.values().stream().allMatch(p -> p.stage() == Stage.INTERVIEWED && nextTier(p) == null);
            boolean allThere = target != null && baseline.values().stream()
                    .allMatch(p -> p.stage() == Stage.INTERVIEWED && p.level() >= levelOf(target));
            return new Goal(null, target, baseline, allTop ? Status.AT_TOP : allThere ? Status.AT_GOAL : null);
        }

        /** One tier up; a file not on the list aims for its bottom tier; at the top, nothing is higher. */
        static Tier nextTier(Placement now) {
            return now.isRanked() ? TierLadder.nextTier(now.tier()) : Tier.MID_LOW;
        }

        static int levelOf(Tier tier) {
            return TierLadder.levelOf(tier);
        }

        int net(Map<String, Placement> placements) {
            return netLevels(baseline, placements);
        }

        boolean reached(Map<String, Placement> placements) {
            if (status != null || net(placements) <= 0) {
                return false;
            }
            if (program != null) {
                Placement p = placements.get(program);
                return p.stage() == Stage.INTERVIEWED && p.level() >= levelOf(target);
            }
            return lift(placements) > 0;
        }

        /** At one program: levels gained there. Over all: programs newly at the target, or levels gained in total. */
        int lift(Map<String, Placement> placements) {
            if (program != null) {
                return placements.get(program).level() - baseline.get(program).level();
            }
            if (target == null) {
                return net(placements);
            }
            int sum = 0;
            for (Map.Entry<String, Placement> e : placements.entrySet()) {
                Placement before = baseline.get(e.getKey());
                sum += (e.getValue().level() >= levelOf(target) ? 1 : 0) - (before.level() >= levelOf(target) ? 1 : 0);
            }
            return sum;
        }
    }
}
