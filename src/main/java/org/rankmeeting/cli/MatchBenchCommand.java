package org.rankmeeting.cli;

import org.rankmeeting.bench.Heap;
import org.rankmeeting.bench.SyntheticMarket;
import org.rankmeeting.match.DeferredAcceptance;
import org.rankmeeting.match.MatchInput;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.scenario.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench-match", mixinStandardHelpOptions = true,
        description = {"Measure the Match: deferred acceptance with couples on a seeded synthetic market.",
                "Prints generation time, match time by phase, matched and unmatched counts, unfilled positions, "
                        + "the stability check and peak heap."})
final class MatchBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--applicants", defaultValue = "50000", description = "Applicants, couple partners included (default: ${DEFAULT-VALUE}).")
    int applicants;

    @Option(names = "--programs", defaultValue = "6500", description = "Programs (default: ${DEFAULT-VALUE}).")
    int programs;

    @Option(names = "--positions", defaultValue = "45000", description = "Positions over all programs (default: ${DEFAULT-VALUE}).")
    int positions;

    @Option(names = "--min-list", defaultValue = "10", description = "Shortest rank list (default: ${DEFAULT-VALUE}).")
    int minList;

    @Option(names = "--max-list", defaultValue = "60", description = "Longest rank list (default: ${DEFAULT-VALUE}).")
    int maxList;

    @Option(names = "--couples", defaultValue = "0.02", description = "Share of applicants matching as couples (default: ${DEFAULT-VALUE}).")
    double couples;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeat", defaultValue = "1", description = "Run the match this many times on the same market; "
            + "later runs show the warmed-up JVM (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--markets", defaultValue = "1", description = "With more than 1: match this many markets (seeds "
            + "SEED, SEED+1, ...) and report how often a stable matching was reached, with the repair rounds and the "
            + "blocking pairs left (default: ${DEFAULT-VALUE}).")
    int markets;

    @Option(names = "--reprocessing", defaultValue = "chains", description = "How displaced applicants are processed "
            + "again once couples enter: chains (Roth-Peranson, the default) or repair-rounds (the earlier way, to "
            + "compare).")
    String reprocessing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!reprocessing.equals("chains") && !reprocessing.equals("repair-rounds")) {
            spec.commandLine().getErr().println("--reprocessing: no way '" + reprocessing + "'"
                    + Suggestions.didYouMeanOrList(reprocessing, List.of("chains", "repair-rounds")));
            return Main.BAD_INPUT;
        }
        if (markets > 1) {
            return stableRate(out);
        }
        SyntheticMarket.Spec market = new SyntheticMarket.Spec(applicants, programs, positions, minList, maxList, couples, seed);
        long t0 = System.nanoTime();
        MatchInput input = SyntheticMarket.generate(market);
        long generated = System.nanoTime() - t0;
        long entries = input.applicants().stream().mapToLong(a -> a.rankList().size()).sum()
                + input.couples().stream().mapToLong(c -> c.rankList().size()).sum();
        out.printf("market: %,d applicants (%,d single, %,d couples), %,d programs, %,d positions, lists %d-%d "
                        + "(%,d applicant-side entries), seed %d%n", applicants, input.applicants().size(),
                input.couples().size(), programs, positions, minList, maxList, entries, seed);
        out.printf("generated in %,d ms%n", generated / 1_000_000);

        MatchResult result = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= Math.max(1, repeat); run++) {
            Map<String, Long> phases = new LinkedHashMap<>();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = matcher().run(input, phases::put);
            long total = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            out.printf("run %d: match %,d ms (index %,d ms, proposals %,d ms, repair rounds %,d ms), "
                            + "result and stability check %,d ms; total %,d ms wall, %,d ms CPU%n", run,
                    ms(phases, "index") + ms(phases, "propose") + ms(phases, "repair"), ms(phases, "index"),
                    ms(phases, "propose"), ms(phases, "repair"), ms(phases, "check"), total / 1_000_000, cpu / 1_000_000);
        }
        report(out, result);
        return Main.OK;
    }

    private DeferredAcceptance matcher() {
        return new DeferredAcceptance(DeferredAcceptance.DEFAULT_MAX_REPAIR_ROUNDS, reprocessing.equals("chains")
                ? DeferredAcceptance.Reprocessing.CHAINS : DeferredAcceptance.Reprocessing.REPAIR_ROUNDS);
    }

    /** How often the Match ends stable over {@link #markets} seeded markets of the same shape. */
    private int stableRate(PrintWriter out) {
        int stable = 0;
        int maxRounds = 0;
        long rounds = 0;
        long reentries = 0;
        int loops = 0;
        List<String> unstable = new ArrayList<>();
        for (int i = 0; i < markets; i++) {
            MatchInput input = SyntheticMarket.generate(new SyntheticMarket.Spec(applicants, programs, positions, minList,
                    maxList, couples, seed + i));
            MatchResult r = matcher().run(input);
            rounds += r.stats().repairRounds();
            reentries += r.stats().reentries();
            loops += r.stats().chainStops() > 0 ? 1 : 0;
            maxRounds = Math.max(maxRounds, r.stats().repairRounds());
            if (r.stable()) {
                stable++;
            } else {
                unstable.add("seed " + (seed + i) + ": " + r.stats().termination().name().toLowerCase().replace('_', ' ')
                        + ", " + r.blockingPairs().size() + " blocking pair(s)");
            }
        }
        out.printf("%,d markets of %,d applicants (%.0f%% in couples), %,d programs, %,d positions, seeds %d-%d%n", markets,
                applicants, couples * 100, programs, positions, seed, seed + markets - 1);
        out.printf("stable in %d of %d (%.1f%%); repair rounds mean %.1f, max %d%n", stable, markets, 100.0 * stable / markets,
                (double) rounds / markets, maxRounds);
        out.printf("re-processing (%s): re-entries mean %.1f; stopped on a loop in %d market(s)%n", reprocessing,
                (double) reentries / markets, loops);
        unstable.forEach(u -> out.println("  not stable: " + u));
        return Main.OK;
    }

    private static void report(PrintWriter out, MatchResult r) {
        MatchResult.MatchStats stats = r.stats();
        out.printf("%,d applications, %d repair round(s), ended %s%n", stats.proposals(), stats.repairRounds(),
                stats.termination().name().toLowerCase().replace('_', ' '));
        out.printf("re-processing: %,d re-entries, %d loop stop(s)%n", stats.reentries(), stats.chainStops());
        long programsUnfilled = r.programs().stream().filter(p -> p.unfilled() > 0).count();
        out.printf("matched %,d applicants; unmatched %,d; unfilled positions %,d at %,d programs%n",
                r.placements().size(), r.unmatched().size(), r.unfilledPositions(), programsUnfilled);
        long together = r.couples().stream().filter(c -> c.matched() && c.pair().first() != null && c.pair().second() != null).count();
        long onePartner = r.couples().stream().filter(c -> c.matched()).count() - together;
        out.printf("couples: %,d both partners matched, %,d one partner (by their own choice), %,d unmatched%n",
                together, onePartner, r.couples().size() - together - onePartner);
        out.printf("stability: %s, %,d blocking pair(s)%n", r.stable() ? "stable" : "NOT stable", r.blockingPairs().size());
        r.blockingPairs().stream().limit(5).forEach(b -> out.println("  " + b.explanation()));
        out.println(Heap.peakLine());
    }

    private static long ms(Map<String, Long> phases, String name) {
        return phases.getOrDefault(name, 0L) / 1_000_000;
    }
}
