package org.rankmeeting.engine;

import org.kie.api.runtime.rule.AgendaFilter;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs applicant files past programs. For each program the meeting goes in three passes:
 * <ol>
 *   <li>every file is evaluated by the rules as the meeting opens;</li>
 *   <li>V1: the committee walks down its list and each file that needs a visa takes one of the
 *       program's remaining slots of that type; files below the point where the slots run out are
 *       evaluated again with the budget spent;</li>
 *   <li>T3: if the list then looks thin (fewer ranked files than the program wants), files with a
 *       late word from someone at the program are evaluated again with the list marked thin.</li>
 * </ol>
 * Every evaluation is a full, fresh run of the same rules, so each placement's explanation is complete.
 */
public final class Engine {

    /** Files evaluated in one session: 200 measured faster than 500 (smaller index tables and object store, and
     *  more batches to share between the cores); see the README's performance section. */
    static final int BATCH = 200;

    /** The id of a session's first case (see {@code Places.evaluate}); a session's {@value #BATCH} ids stay under 128. */
    static final int FIRST_CASE_ID = -128;

    private final RuleBase rules;
    private final boolean traceFirings;
    private final HeuristicsOff off;
    /** Null when every heuristic is on; otherwise it keeps the rules that are off from firing. */
    private final AgendaFilter filter;
    private final RuleSession<Case, Evidence> session;

    public Engine(RuleBase rules) {
        this(rules, false);
    }

    public Engine(RuleBase rules, boolean traceFirings) {
        this(rules, traceFirings, HeuristicsOff.NONE);
    }

    private Engine(RuleBase rules, boolean traceFirings, HeuristicsOff off) {
        this.rules = rules;
        this.traceFirings = traceFirings;
        this.off = off;
        this.filter = off.isEmpty() ? null : filterFor(rules, off);
        this.session = new RuleSession<>(rules, RuleSet.MEETING, Case.class,
                c -> "applicant '" + c.getApplicantId() + "' at program '" + c.getProgramId() + "'", Case::parts,
                Evidence.class, Evidence::getCaseId, traceFirings, filter);
    }

    /** The same engine with heuristics switched off (every program or some); see {@link HeuristicsOff}. */
    public Engine without(HeuristicsOff switchedOff) {
        return new Engine(rules, traceFirings, switchedOff);
    }

    public RuleBase rules() {
        return rules;
    }

    public HeuristicsOff switchedOff() {
        return off;
    }

    /** Rejects a rule's match when one of its heuristics is off at the program of the file it matched. */
    private static AgendaFilter filterFor(RuleBase rules, HeuristicsOff off) {
        Map<String, List<String>> heuristics = new HashMap<>();
        rules.rules().forEach(r -> heuristics.put(r.name(), r.heuristics()));
        return match -> {
            String program = null;
            for (Object o : match.getObjects()) {
                if (o instanceof Case c) {
                    program = c.getProgramId();
                    break;
                }
            }
            return !off.isOff(heuristics.getOrDefault(match.getRule().getName(), List.of()), program);
        };
    }

    /** Every program's meeting, the programs side by side on the cores ({@link #runPrograms}). */
    public Meeting run(World world) {
        return new Meeting(world, List.copyOf(runPrograms(world, world.programs())), off);
    }

    /**
     * The meetings of {@code programs}, each on the files sent to it, in the programs' order. They share nothing,
     * so they run side by side on the cores ({@link Cores}), each program's sessions too; a world whose whole meeting
     * is a session or two runs on the calling thread (a small scenario, a cold start).
     */
    public List<ProgramBoard> runPrograms(World world, List<Program> programs) {
        long cases = 0;
        for (Program p : programs) {
            cases += world.applicantsOf(p).size();
        }
        if (cases < 2L * BATCH) {
            List<ProgramBoard> boards = new ArrayList<>(programs.size());
            programs.forEach(p -> boards.add(runProgram(world, p, world.applicantsOf(p))));
            return boards;
        }
        return Cores.map(programs, p -> runProgram(world, p, world.applicantsOf(p)));
    }

    /** One program's meeting on those of {@code applicants} that were sent to it ({@link World#appliedTo}). */
    public ProgramBoard runProgram(World world, Program program, List<Applicant> applicants) {
        return runProgram(world, program, applicants, null);
    }

    /**
     * As {@link #runProgram(World, Program, List)}, reusing placements already worked out for the same applicant
     * file (the same instance), program and meeting state. Evaluation is deterministic, so a cached placement is
     * the one a fresh run would give; searches that vary one file re-run only that file.
     */
    public ProgramBoard runProgram(World world, Program program, List<Applicant> candidates, PlacementCache cache) {
        // Only the files sent to the program come before its meeting (every file, when none says where it was sent).
        List<Applicant> applicants = world.sentTo(program, candidates);
        List<Placement> board = passes(world, program, applicants, cache, null).values().stream()
                .sorted(Placement.LIST_ORDER).toList();
        return new ProgramBoard(program, board);
    }

    /**
     * The placement of one file of the world at {@code program}: exactly the one {@code runProgram(world, program,
     * world.applicants(), cache)} gives it, without the evaluations that cannot change it (another file's visa
     * seat spent or late save, when this file has no late word at the program whose thin-list count they could move).
     * None when the file was not sent to the program.
     */
    Placement placementAt(World world, Program program, Applicant file, PlacementCache cache, SeatLines lines) {
        if (!world.appliedTo(file, program)) {
            return null;
        }
        // Most variants take no visa seat and have no late word here: their placement is the one the meeting opens with.
        Placement opening = new Places(world, program, cache)
                .evaluate(List.of(new Places.Pending(file, CaseFactory.MeetingState.OPENING))).get(0);
        Program.VisaBudget budget = budgetFor(file, opening, program);
        boolean lateWord = hasAdvocateAt(world, file, program);
        if (budget == null && !lateWord) {
            return opening;
        }
        if (!lateWord) {
            // A visa seat to take and no late word: only V1 can move it, and only the files above it in the list count.
            SeatLine line = lines.at(program, file.id(), cache);
            if (line != null) {
                return afterVisaSeats(world, program, file, opening, budget, line, cache);
            }
        }
        return passes(world, program, world.applicantsOf(program), cache, file.id()).get(file.id());
    }

    /**
     * V1 as one file meets it, the other files of the program as the meeting opens: for each visa with a budget at the
     * program, the other files that would take one of its seats (ranked, needing sponsorship), in list order, with the
     * names the evidence gives them.
     */
    private record SeatLine(Map<Applicant.Visa, List<Placement>> takers, Map<Applicant.Visa, List<String>> names) {
    }

    /**
     * The seat lines of one batch of variants ({@link #placeEach}), by program and varied applicant, built from the
     * batch's world (the variants' worlds differ from it only in the varied file).
     */
    private static final class SeatLines {
        private final World world;
        private final Map<String, SeatLine> built = new HashMap<>();

        SeatLines(World world) {
            this.world = world;
        }

        /**
         * The line the variants of {@code applicant} meet at {@code program}; null while another file's opening
         * placement there is not worked out yet (or when two files share an id), so the meeting's passes run instead.
         */
        SeatLine at(Program program, String applicant, PlacementCache cache) {
            String key = program.id() + '\n' + applicant;
            SeatLine line = built.get(key);
            if (line == null) {
                line = seatLine(world, program, applicant, cache);
                if (line != null) {
                    built.put(key, line);
                }
            }
            return line;
        }
    }

    private static SeatLine seatLine(World world, Program program, String except, PlacementCache cache) {
        Map<Applicant.Visa, List<Placement>> takers = new HashMap<>();
        Map<Placement, String> nameOf = new IdentityHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Applicant a : world.applicantsOf(program)) {
            if (!ids.add(a.id())) {
                return null;
            }
            if (a.id().equals(except)) {
                continue;
            }
            Placement p = cache.peek(a, program.id(), CaseFactory.MeetingState.OPENING);
            if (p == null) {
                return null;
            }
            if (budgetFor(a, p, program) != null) {
                takers.computeIfAbsent(a.visa(), v -> new ArrayList<>()).add(p);
                nameOf.put(p, a.displayName());
            }
        }
        Map<Applicant.Visa, List<String>> names = new HashMap<>();
        for (Map.Entry<Applicant.Visa, List<Placement>> e : takers.entrySet()) {
            e.getValue().sort(Placement.LIST_ORDER);
            names.put(e.getKey(), e.getValue().stream().map(nameOf::get).toList());
        }
        return new SeatLine(takers, names);
    }

    /**
     * The placement {@code passes} gives a file with a visa seat to take and no late word at the program: the seats of
     * its visa go to the files above it in list order; when they ran out before it, it is placed again with them
     * spent (the later passes re-evaluate no other file for it, and a thin list opens no door for it).
     */
    private Placement afterVisaSeats(World world, Program program, Applicant file, Placement opening,
                                     Program.VisaBudget budget, SeatLine line, PlacementCache cache) {
        int seats = budget.budget() - (budget.committed() == null ? 0 : budget.committed());
        List<Placement> above = line.takers().getOrDefault(file.visa(), List.of());
        if (seats <= 0 || above.size() < seats || Placement.LIST_ORDER.compare(above.get(seats - 1), opening) > 0) {
            return opening;
        }
        var state = new CaseFactory.MeetingState(0, String.join(", ", line.names().get(file.visa()).subList(0, seats)),
                false, "");
        return new Places(world, program, cache).evaluate(List.of(new Places.Pending(file, state))).get(0);
    }

    /**
     * The meeting's three passes at one program; every file's placement by id. With {@code only} set, only that
     * file's placement is exact: the later passes re-evaluate another file only when the count of ranked files
     * (T3's thin list) can reach {@code only}, that is when {@code only} has a late word at the program.
     */
    private Map<String, Placement> passes(World world, Program program, List<Applicant> candidates, PlacementCache cache,
                                          String only) {
        Places places = new Places(world, program, cache);
        // Only the files sent to the program come before its meeting (every file, when none says where it was sent).
        List<Applicant> applicants = world.sentTo(program, candidates);
        Map<String, CaseFactory.MeetingState> states = new LinkedHashMap<>();
        List<Places.Pending> opening = new ArrayList<>();
        for (Applicant a : applicants) {
            states.put(a.id(), CaseFactory.MeetingState.OPENING);
            opening.add(new Places.Pending(a, CaseFactory.MeetingState.OPENING));
        }
        Map<String, Placement> placed = new LinkedHashMap<>();
        for (Placement p : places.evaluate(opening)) {
            placed.put(p.applicantId(), p);
        }

        // V1: visa slots are taken in list order.
        List<Places.Pending> spent = visaSeatsSpent(world, program, placed, states);
        if (only != null && !hasAdvocateAt(world, world.applicant(only), program)) {
            spent.removeIf(p -> !p.applicant().id().equals(only));
        }
        for (Placement p : places.evaluate(spent)) {
            placed.put(p.applicantId(), p);
        }

        // T3: a thin list opens the door to late saves.
        for (Placement p : places.evaluate(lateSaves(world, program, applicants, placed, states, only))) {
            placed.put(p.applicantId(), p);
        }
        return placed;
    }

    /**
     * V1: walks the opening placements in list order, each ranked file that needs sponsorship taking a seat of its
     * visa's budget; the files that come after the seats ran out (at a program that has some) are to be placed again
     * with the seats spent. Their new state is written into {@code states}.
     */
    private static List<Places.Pending> visaSeatsSpent(World world, Program program, Map<String, Placement> placed,
                                                       Map<String, CaseFactory.MeetingState> states) {
        List<Places.Pending> spent = new ArrayList<>();
        if (program.visas().isEmpty()) {
            return spent; // no budget: no file takes a seat (budgetFor)
        }
        // Only ranked files that need a seat of a budget take part in the walk; they are put in list order among
        // themselves (LIST_ORDER is a total order, so this is their order in the whole sorted board).
        List<Placement> order = new ArrayList<>();
        for (Placement p : placed.values()) {
            if (p.isRanked()) {
                order.add(p);
            }
        }
        order.sort(Placement.LIST_ORDER);
        Map<Applicant.Visa, Integer> seatsLeft = new HashMap<>();
        Map<Applicant.Visa, List<String>> takenBy = new HashMap<>();
        for (Placement p : order) {
            Applicant a = world.applicant(p.applicantId());
            Applicant.Visa visa = a.visa();
            Program.VisaBudget budget = budgetFor(a, p, program);
            if (budget == null) {
                continue;
            }
            int committed = budget.committed() == null ? 0 : budget.committed();
            int left = seatsLeft.computeIfAbsent(visa, v -> budget.budget() - committed);
            List<String> names = takenBy.computeIfAbsent(visa, v -> new ArrayList<>());
            if (left > 0) {
                seatsLeft.put(visa, left - 1);
                names.add(a.displayName());
            } else if (budget.budget() - committed > 0) {
                var state = new CaseFactory.MeetingState(0, String.join(", ", names), false, "");
                states.put(a.id(), state);
                spent.add(new Places.Pending(a, state));
            }
        }
        return spent;
    }

    /**
     * T3: when the list is thin after the visa pass, the files with a late word at the program (only {@code only}'s,
     * when set) are to be placed again with the list's state; none otherwise.
     */
    private static List<Places.Pending> lateSaves(World world, Program program, List<Applicant> applicants,
                                                  Map<String, Placement> placed, Map<String, CaseFactory.MeetingState> states,
                                                  String only) {
        int wanted = listTarget(program);
        int already = program.rankList() == null || program.rankList().alreadyRanked() == null ? 0 : program.rankList().alreadyRanked();
        long ranked = placed.values().stream().filter(Placement::isRanked).count();
        if (wanted > 0 && already + ranked < wanted) {
            String listState = (already + ranked) + " ranked of the " + wanted + " the program wants";
            List<Places.Pending> saves = new ArrayList<>();
            for (Applicant a : applicants) {
                if ((only == null || a.id().equals(only)) && hasAdvocateAt(world, a, program)) {
                    var old = states.get(a.id());
                    var state = new CaseFactory.MeetingState(old.visaSeatsLeft(), old.visaSeatsTakenBy(), true, listState);
                    saves.add(new Places.Pending(a, state));
                }
            }
            return saves;
        }
        return List.of();
    }

    /** V1: the program's visa budget a file placed so takes a seat from (ranked, needs sponsorship); null when none. */
    private static Program.VisaBudget budgetFor(Applicant a, Placement placed, Program program) {
        Applicant.Visa visa = a.visa();
        Program.VisaBudget budget = visa == null ? null : program.visas().get(visa);
        if (!placed.isRanked() || budget == null || budget.budget() == null || !visa.needsSponsorship()) {
            return null;
        }
        return budget;
    }

    /** T3: someone at the program has put in a late word for this file. */
    private static boolean hasAdvocateAt(World world, Applicant a, Program program) {
        return a.lateAdvocacy().stream().anyMatch(adv -> world.programOf(adv.person()) == program);
    }

    /** Evaluates files for one program, through the cache when there is one. */
    private final class Places {

        record Pending(Applicant applicant, CaseFactory.MeetingState state) {
        }

        private final World world;
        private final Program program;
        private final PlacementCache cache;

        Places(World world, Program program, PlacementCache cache) {
            this.world = world;
            this.program = program;
            this.cache = cache;
        }

        List<Placement> evaluate(List<Pending> pending) {
            Placement[] out = new Placement[pending.size()];
            List<Pending> misses = new ArrayList<>();
            List<Integer> missAt = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                Placement hit = cache == null ? null : cache.get(p.applicant(), program.id(), p.state());
                if (hit != null) {
                    out[i] = hit;
                } else if (cache != null && cache.collecting()) {
                    cache.note(p.applicant(), program, p.state());
                    Placement opening = cache.get(p.applicant(), program.id(), CaseFactory.MeetingState.OPENING);
                    if (opening == null) {
                        cache.note(p.applicant(), program, CaseFactory.MeetingState.OPENING);
                        opening = Placement.placeholder(p.applicant(), program);
                    }
                    out[i] = opening;
                } else {
                    misses.add(p);
                    missAt.add(i);
                }
            }
            // Each session's cases are built by the task that runs it (a factory each), numbered in list order from
            // FIRST_CASE_ID: an id only joins a case's facts inside its own session, and ids of -128 to 127 box to
            // the JVM's cached Integers (JLS 5.1.7), so the rules' caseId indexes allocate no Integer per look-up.
            List<Placement> fresh = inSessions(misses.size(), (from, to) -> {
                CaseFactory factory = new CaseFactory(world);
                List<Case> cases = new ArrayList<>(to - from);
                for (int j = from; j < to; j++) {
                    Pending p = misses.get(j);
                    cases.add(factory.build(FIRST_CASE_ID + j - from, p.applicant(), program, p.state()));
                }
                return cases;
            });
            for (int j = 0; j < fresh.size(); j++) {
                int i = missAt.get(j);
                out[i] = fresh.get(j);
                if (cache != null) {
                    cache.put(pending.get(i).applicant(), program.id(), pending.get(i).state(), out[i]);
                }
            }
            return List.of(out);
        }
    }

    /**
     * Places each of {@code files} (variants of applicants of the world) at every program in {@code scope}, each in
     * the meeting run with that one file in place of its applicant: the answer is, per file, its placement at each
     * program by id, exactly what {@code run(world.with(file))} would give. Done in few large sessions: every file
     * is first evaluated as the meeting opens (all programs in one batch, on both cores), then dry runs collect the
     * later passes' evaluations (visa seats spent, a thin list; a later dry run catches what depends on an earlier
     * one), which are evaluated together. A file whose dry run needed nothing new is settled: every placement that
     * run used was already worked out, so it is the real run. {@code cache} may be shared by the calls of one search.
     */
    public List<Map<String, Placement>> placeEach(World world, List<Program> scope, List<Applicant> files, PlacementCache cache) {
        warm(world, scope, files, cache);
        List<World> worlds = new ArrayList<>(files.size());
        files.forEach(f -> worlds.add(world.with(f)));
        List<Map<String, Placement>> out = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
        List<Integer> open = IntStream.range(0, files.size()).boxed().toList();
        SeatLines lines = new SeatLines(world);
        for (int dry = 0; dry < DRY_RUNS && !open.isEmpty(); dry++) {
            List<Integer> unsettled = new ArrayList<>();
            cache.collect(true);
            for (int i : open) {
                int noted = cache.noted();
                Map<String, Placement> placed = placeOne(worlds.get(i), scope, files.get(i), cache, lines);
                if (cache.noted() == noted) {
                    out.set(i, placed);
                } else {
                    unsettled.add(i);
                }
            }
            cache.collect(false);
            evaluatePending(world, cache);
            open = unsettled;
        }
        for (int i : open) {
            out.set(i, placeOne(worlds.get(i), scope, files.get(i), cache, lines));
        }
        return out;
    }

    /** Dry runs before the real run of the files still unsettled (each pass of the meeting can need one). */
    private static final int DRY_RUNS = 3;

    /** As {@link #placeEach(World, List, List, PlacementCache)} with a cache of its own. */
    public List<Map<String, Placement>> placeEach(World world, List<Program> scope, List<Applicant> files) {
        return placeEach(world, scope, files, new PlacementCache());
    }

    private Map<String, Placement> placeOne(World world, List<Program> scope, Applicant file, PlacementCache cache,
                                            SeatLines lines) {
        Map<String, Placement> out = new LinkedHashMap<>();
        for (Program p : scope) {
            out.put(p.id(), placementAt(world, p, file, cache, lines));
        }
        return out;
    }

    /** Evaluates, in as few sessions as possible, every file noted while the cache was collecting. */
    void evaluatePending(World world, PlacementCache cache) {
        evaluatePending(world, cache, cache.sharesAlike());
    }

    /**
     * As {@link #evaluatePending(World, PlacementCache)}; with {@code alike} false every noted file is evaluated as it
     * is, even when the cache shares alike cases (the meeting's later passes, the answers' fresh checks).
     */
    private void evaluatePending(World world, PlacementCache cache, boolean alike) {
        List<PlacementCache.Pending> pending = cache.drainPending();
        int n = pending.size();
        // The cases, and when the cache shares alike cases their keys, are built on both cores (a factory each).
        Case[] built = new Case[n];
        AlikeCases.Key[] keys = new AlikeCases.Key[n];
        int parts = n < SPLIT_FROM ? 1 : 2;
        int size = (n + parts - 1) / parts;
        IntStream.range(0, parts).parallel().forEach(part -> {
            CaseFactory factory = new CaseFactory(world);
            for (int i = part * size; i < Math.min(n, (part + 1) * size); i++) {
                PlacementCache.Pending p = pending.get(i);
                built[i] = factory.build(i, p.applicant(), p.program(), p.state());
                keys[i] = alike ? AlikeCases.of(built[i], p.state()) : null;
            }
        });
        // Each kind of case is evaluated once: the first of its kind not already evaluated through the cache.
        List<Case> cases = new ArrayList<>(n);
        Map<AlikeCases.Key, Integer> fresh = new HashMap<>();
        for (int i = 0; i < n; i++) {
            AlikeCases.Key key = keys[i];
            if (key == null || (cache.alike(key) == null && fresh.putIfAbsent(key, cases.size()) == null)) {
                cases.add(built[i]);
            }
        }
        List<Placement> placed = evaluateInEvenParts(cases);
        for (int i = 0; i < n; i++) {
            PlacementCache.Pending p = pending.get(i);
            AlikeCases.Key key = keys[i];
            if (key == null) {
                cache.put(p.applicant(), p.program().id(), p.state(), placed.get(i));
            } else if (cache.alike(key) != null) {
                cache.share(p.applicant(), p.program().id(), p.state(), cache.alike(key));
            } else {
                cache.putAlike(key, p.applicant(), p.program().id(), p.state(), placed.get(fresh.get(key)));
            }
        }
    }

    /**
     * Places files that all come up at the meeting's opening (no visa seat spent, list not thin) at every program of
     * {@code scope} in as few sessions as possible, and remembers them in the cache: the first step of a search over
     * many variants of one file, or of a meeting run through a cache.
     */
    void warm(World world, List<Program> scope, List<Applicant> files, PlacementCache cache) {
        for (Program p : scope) {
            for (Applicant a : files) {
                if (world.appliedTo(a, p) && cache.get(a, p.id(), CaseFactory.MeetingState.OPENING) == null) {
                    cache.note(a, p, CaseFactory.MeetingState.OPENING);
                }
            }
        }
        evaluatePending(world, cache);
    }

    /**
     * The meeting, as {@link #run(World)} gives it, with every placement kept in {@code cache}: the files are first
     * evaluated as the meeting opens at every program in one batch, then each program's later passes run.
     */
    public Meeting run(World world, PlacementCache cache) {
        warm(world, world.programs(), world.applicants(), cache);
        List<ProgramBoard> boards = settled(world, cache, () -> {
            List<ProgramBoard> out = new ArrayList<>();
            for (Program p : world.programs()) {
                out.add(runProgram(world, p, world.applicantsOf(p), cache));
            }
            return out;
        });
        return new Meeting(world, List.copyOf(boards), off);
    }

    /**
     * For each of {@code files} (fresh copies of variants of applicants of the world), the board of each program of
     * {@code scope} in the meeting run with that file in place of its applicant, by program id: exactly what
     * {@code runProgram(world.with(file), p, world.with(file).applicants(), cache)} gives. The files' placements are
     * evaluated as they are (never taken from an alike case), in few large sessions instead of one-file sessions.
     */
    public List<Map<String, ProgramBoard>> boardsEach(World world, List<Program> scope, List<Applicant> files,
                                                      PlacementCache cache) {
        List<World> worlds = new ArrayList<>(files.size());
        files.forEach(f -> worlds.add(world.with(f)));
        return settled(world, cache, () -> {
            List<Map<String, ProgramBoard>> out = new ArrayList<>(files.size());
            for (World w : worlds) {
                Map<String, ProgramBoard> boards = new LinkedHashMap<>();
                for (Program p : scope) {
                    boards.put(p.id(), runProgram(w, p, w.applicants(), cache));
                }
                out.add(boards);
            }
            return out;
        });
    }

    /**
     * Runs {@code run} (runs of the meeting through {@code cache}) as dry runs that collect the evaluations they need,
     * evaluated together between them (each as it is, never from an alike case), until a dry run needs nothing new:
     * that run used only placements already worked out, so it is the real run. After {@value #DRY_RUNS} dry runs the
     * real run evaluates what is still missing itself.
     */
    private <T> T settled(World world, PlacementCache cache, Supplier<T> run) {
        for (int dry = 0; dry < DRY_RUNS; dry++) {
            int noted = cache.noted();
            cache.collect(true);
            T out;
            try {
                out = run.get();
            } finally {
                cache.collect(false);
            }
            if (cache.noted() == noted) {
                return out;
            }
            evaluatePending(world, cache, false);
        }
        return run.get();
    }

    /** T3: the list length the program wants; by default ten files per position. */
    static int listTarget(Program program) {
        if (program.rankList() != null && program.rankList().target() != null) {
            return program.rankList().target();
        }
        return program.positions() == null ? 0 : program.positions() * 10;
    }

    /** Evaluates files in sessions of {@value #BATCH}; placements come back in the order of the cases. */
    public List<Placement> evaluate(List<Case> cases) {
        return inSessions(cases.size(), cases::subList);
    }

    /**
     * Evaluates {@code n} cases in sessions of {@value #BATCH}, the cases {@code from} to {@code to} of a session
     * made by {@code cases} in the task that runs it. Sessions share nothing but the rule base, so they run side by
     * side on the cores ({@link Cores}); placements come back in case order.
     */
    private List<Placement> inSessions(int n, BiFunction<Integer, Integer, List<Case>> cases) {
        int batches = (n + BATCH - 1) / BATCH;
        if (batches <= 1) {
            return evaluateBatch(cases.apply(0, n));
        }
        List<Integer> starts = IntStream.range(0, batches).mapToObj(b -> b * BATCH).toList();
        List<List<Placement>> parts = Cores.map(starts, from -> evaluateBatch(cases.apply(from, Math.min(n, from + BATCH))));
        List<Placement> out = new ArrayList<>(n);
        parts.forEach(out::addAll);
        return out;
    }

    /** Fewer cases than this are evaluated in one session; more are split so that both cores work. */
    static final int SPLIT_FROM = 32;

    /**
     * As {@link #evaluate(List)}, in an even number of sessions of near-equal size (at most {@value #BATCH} cases
     * each) run on the common pool and the calling thread, so that on two cores neither waits for a short last batch.
     */
    private List<Placement> evaluateInEvenParts(List<Case> cases) {
        int parts = (cases.size() + BATCH - 1) / BATCH;
        if (cases.size() >= SPLIT_FROM && parts % 2 == 1) {
            parts++;
        }
        if (parts <= 1) {
            return evaluateBatch(cases);
        }
        int size = (cases.size() + parts - 1) / parts;
        List<List<Placement>> done = IntStream.range(0, parts).parallel()
                .mapToObj(b -> evaluateBatch(cases.subList(Math.min(cases.size(), b * size),
                        Math.min(cases.size(), (b + 1) * size))))
                .toList();
        List<Placement> out = new ArrayList<>(cases.size());
        done.forEach(out::addAll);
        return out;
    }

    private List<Placement> evaluateBatch(List<Case> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Object, List<Evidence>> trails = session.run(batch);
        List<Placement> out = new ArrayList<>(batch.size());
        for (Case c : batch) {
            out.add(TierLadder.place(c, trails.getOrDefault(c.getId(), List.of())));
        }
        return out;
    }
}
