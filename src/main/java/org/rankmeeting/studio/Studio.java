package org.rankmeeting.studio;

import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.HeuristicsOff;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.World;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.judge.Judgement;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Suggestions;
import org.rankmeeting.scenario.Tier;
import org.rankmeeting.scenario.Variant;
import org.rankmeeting.whatif.EditArguments;
import org.rankmeeting.whatif.WhatIf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the studio's pages and API ask of the engine: one rule base built once and shared, the scenario library,
 * baseline meetings computed once per scenario, and a small bounded pool for the slow searches (what-if,
 * counterfactual) with a time bound, so a long search answers "too slow" instead of stalling the server.
 * Every result comes from the engine's own classes (Engine, WhatIf, Counterfactual, MatchDay, Judge).
 */
public final class Studio implements AutoCloseable {

    private final Engine engine;
    private final Judge judge;
    private final ScenarioLibrary library;
    private final LoadedScenario panel;
    private final Duration searchTimeout;
    private final ThreadPoolExecutor workers;
    private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
    private final Map<String, MatchDay.Outcome> matchDays = new ConcurrentHashMap<>();

    public Studio(Engine engine, ScenarioLibrary library, int workerThreads, Duration searchTimeout) {
        this.engine = engine;
        this.judge = new Judge(engine.rules());
        this.library = library;
        this.panel = readPanel();
        this.searchTimeout = searchTimeout;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workerThreads, workerThreads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workerThreads * 16), r -> {
                    Thread t = new Thread(r, "studio-search-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public Engine engine() {
        return engine;
    }

    public ScenarioLibrary library() {
        return library;
    }

    /** The built-in panel of program archetypes (category x IMG history x setting) for "My file". */
    public LoadedScenario panel() {
        return panel;
    }

    public Duration searchTimeout() {
        return searchTimeout;
    }

    public LoadedScenario scenario(String name) {
        return library.load(name);
    }

    /** The meeting of a bundled or folder scenario, run once. */
    public Meeting meeting(String name) {
        LoadedScenario s = scenario(name);
        return meetings.computeIfAbsent(name, n -> engine.run(new World(s.scenario())));
    }

    /** The meeting with heuristics switched off, as {@code run --without SPEC...} runs it. */
    public Meeting without(String name, List<String> specs) {
        World world = meeting(name).world();
        HeuristicsOff off = HeuristicsOff.parse(specs, engine.rules(), world.programs().stream().map(Program::id).toList());
        return bounded(() -> engine.without(off).run(world));
    }

    public List<ExpectationCheck.Result> checks(Meeting meeting) {
        return ExpectationCheck.check(meeting, meeting.switchedOff().isEmpty() ? engine : engine.without(meeting.switchedOff()));
    }

    public MatchDay.Outcome matchDay(String name) {
        Meeting meeting = meeting(name);
        return matchDays.computeIfAbsent(name, n -> MatchDay.run(meeting, judge.judgeAll(meeting.world())));
    }

    public List<Judgement> judgements(String name, String program) {
        World world = meeting(name).world();
        if (program != null) {
            requireProgram(world, program);
            return judge.judge(world, List.of(world.program(program)));
        }
        return judge.judgeAll(world);
    }

    /** The meeting again with one file changed by --set/--add/--remove style edits, checked like the CLI's. */
    public WhatIf.Result whatIf(String name, String applicant, List<String> set, List<String> add, List<String> remove) {
        LoadedScenario s = scenario(name);
        World world = meeting(name).world();
        requireApplicant(world, applicant);
        if (!EditArguments.any(set, add, remove)) {
            throw new org.rankmeeting.BadInputException("give at least one set, add or remove edit");
        }
        Variant v = EditArguments.variant(applicant, null, set, add, remove);
        ScenarioReader.checkVariant(s.scenario(), v, "request");
        return bounded(() -> new WhatIf(engine).compare(world, meeting(name), v));
    }

    /** The counterfactual search, run on the worker pool within the time bound. */
    public Counterfactual.Outcome counterfactual(World world, String applicant, String program, Tier target, int top) {
        requireApplicant(world, applicant);
        if (program != null) {
            requireProgram(world, program);
        }
        return bounded(() -> new Counterfactual(engine).search(world, applicant, program, target, top));
    }

    /** Runs a meeting of a world built from a posted file or form, on the worker pool within the time bound. */
    public Meeting run(World world) {
        return bounded(() -> engine.run(world));
    }

    <T> T bounded(Callable<T> task) {
        Future<T> f;
        try {
            f = workers.submit(task);
        } catch (RejectedExecutionException e) {
            throw new Busy("the studio is busy with other searches; try again in a moment");
        }
        try {
            return f.get(searchTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Busy("the search took longer than " + searchTimeout.toSeconds() + " s and was stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Searches running or waiting (for tests of the pool's bound). */
    int pending() {
        return workers.getActiveCount() + workers.getQueue().size();
    }

    public static void requireApplicant(World world, String id) {
        if (id == null || world.applicant(id) == null) {
            throw new ScenarioLibrary.NotFound("no applicant '" + (id == null ? "" : id) + "'" + Suggestions.didYouMean(
                    id, world.applicants().stream().map(Applicant::id).toList()));
        }
    }

    public static void requireProgram(World world, String id) {
        if (id == null || world.program(id) == null) {
            throw new ScenarioLibrary.NotFound("no program '" + (id == null ? "" : id) + "'" + Suggestions.didYouMean(
                    id, world.programs().stream().map(Program::id).toList()));
        }
    }

    private static LoadedScenario readPanel() {
        try (InputStream in = Studio.class.getResourceAsStream("/studio/archetypes.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the archetype panel is missing from the jar");
            }
            return ScenarioReader.parse("the archetype panel", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    ScenarioReader.Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The worker pool is full or a search ran out of time: HTTP 503 with the message. */
    public static final class Busy extends RuntimeException {
        public Busy(String message) {
            super(message);
        }
    }
}
