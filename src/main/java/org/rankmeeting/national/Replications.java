package org.rankmeeting.national;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.HeuristicsOff;

import java.util.ArrayList;
import java.util.List;

/**
 * Replications of the national cycle as independent tasks. A task is its seed alone ({@link #seeds}: the run's seed,
 * then the next ones): it makes its own cohort, runs the cycle with all heuristics on and, when comparing, again
 * with some switched off on the same cohort, and returns numbers only ({@link Replication}). Nothing is shared
 * between tasks but the rules, so they can run one after another here or spread over a cluster.
 */
public final class Replications {

    /** One task's answer: the cycle as the rules stand and, when comparing, with the heuristics off (else null). */
    public record Replication(long seed, CycleResult baseline, CycleResult variant) {
    }

    private final CohortSource source;
    private final Engine engine;
    private final HeuristicsOff off;
    private final boolean compare;

    /**
     * @param off     heuristics switched off ({@link HeuristicsOff#NONE}: none)
     * @param compare run each cohort both with every heuristic on and with {@code off}; otherwise only with {@code off}
     */
    public Replications(CohortSource source, Engine engine, HeuristicsOff off, boolean compare) {
        this.source = source;
        this.engine = engine;
        this.off = off;
        this.compare = compare;
    }

    /** The seeds of n replications: {@code seed}, {@code seed + 1}, ... */
    public static List<Long> seeds(long seed, int n) {
        List<Long> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(seed + i);
        }
        return out;
    }

    /** One task: a cohort from the seed, its cycle (and the variant's when comparing). */
    public Replication run(long seed, double scale, Progress progress) {
        Cohort cohort = source.generate(seed, scale);
        Engine variantEngine = off.isEmpty() ? engine : engine.without(off);
        if (!compare) {
            return new Replication(seed, new NationalCycle(variantEngine).run(cohort, seed, progress).result(), null);
        }
        CycleResult baseline = new NationalCycle(engine).run(cohort, seed, progress).result();
        CycleResult variant = new NationalCycle(variantEngine).run(cohort, seed, progress).result();
        return new Replication(seed, baseline, variant);
    }

    public List<Replication> runAll(long seed, int n, double scale, Progress progress) {
        List<Replication> out = new ArrayList<>(n);
        for (long s : seeds(seed, n)) {
            out.add(run(s, scale, progress));
        }
        return out;
    }
}
