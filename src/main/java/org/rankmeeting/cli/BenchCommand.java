package org.rankmeeting.cli;

import org.rankmeeting.bench.Heap;
import org.rankmeeting.bench.SyntheticScenario;
import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput: applicant x program placements per second, explanations kept.",
                "Runs a seeded synthetic scenario through the full meeting (all passes), after a warm-up round."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--programs", defaultValue = "20", description = "Programs (default: ${DEFAULT-VALUE}).")
    int programs;

    @Option(names = "--applicants", defaultValue = "5000", description = "Applicants (default: ${DEFAULT-VALUE}).")
    int applicants;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files.")
    Path rules;

    @Option(names = "--counterfactual", description = {"Time counterfactual searches instead: for each of the first "
            + "--rounds applicants, the search over all programs (up to 3 actions), wall and CPU time, once the rules are loaded.",
            "Use with a small --applicants, e.g. --programs 20 --applicants 40."})
    boolean counterfactual;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text: a line per round; json: only {\"placementsPerSecond\": best round, \"peakHeapMiB\": ...}.")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        RuleBase base = RuleBase.load(rules);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        World world = new World(SyntheticScenario.generate(programs, applicants, seed));
        Engine engine = new Engine(base);
        var out = spec.commandLine().getOut();
        boolean json = format == Format.JSON;
        if (!json) {
            out.printf("rule base: %d rules built in %d ms%n", base.rules().size(), buildMs);
        }
        if (counterfactual) {
            timeCounterfactuals(engine, world, out);
            return Main.OK;
        }
        long placements = (long) programs * applicants;
        runRound(engine, world);
        double best = 0;
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            runRound(engine, world);
            double secs = (System.nanoTime() - start) / 1e9;
            double rate = placements / secs;
            best = Math.max(best, rate);
            if (!json) {
                out.printf("round %d: %,d placements in %.2f s = %,.0f placements/s%n", r, placements, secs, rate);
            }
        }
        if (json) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("placementsPerSecond", Math.round(best));
            figures.put("peakHeapMiB", Heap.peakMiB());
            out.print(JsonTree.write(figures));
        } else {
            out.printf("best: %,.0f placements/s; %s%n", best, Heap.peakLine());
        }
        return Main.OK;
    }

    private void timeCounterfactuals(Engine engine, World world, java.io.PrintWriter out) {
        Counterfactual search = new Counterfactual(engine);
        search.search(world, world.applicants().get(0).id(), null, null, 3);
        for (int r = 0; r < Math.min(rounds, world.applicants().size()); r++) {
            String id = world.applicants().get(r).id();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Counterfactual.Outcome o = search.search(world, id, null, null, 3);
            double secs = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            // CPU time (all threads of the process, JIT and GC included) is what the search costs whatever else the
            // machine is running; on an idle 2-core machine the wall time lies between cpu/2 and cpu.
            out.printf("%s: %d actions, %,d combinations over %d programs, %,d placements evaluated, %d answers, in %.2f s wall, "
                    + "%.2f s CPU%n", id, o.catalogue().size(), o.combinationsTried(), o.programs().size(),
                    o.placementsEvaluated(), o.answers().size(), secs, cpu);
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    /** Every program's meeting, as {@code run} does it: programs side by side on the cores. */
    private static void runRound(Engine engine, World world) {
        engine.runPrograms(world, world.programs());
    }
}
