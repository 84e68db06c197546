package org.rankmeeting.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A {@code simulate} run: its replications and what they come to. Group rates are the mean over replications with
 * a 95% interval; the rates by Step 2 band and by familiarity pool the replications' counts.
 *
 * @param cohort  what the cohort is ("stand-in national cohort (uncalibrated)", ...)
 * @param without the heuristics switched off, as written on the command line (empty: none)
 * @param compare whether each replication ran both with every heuristic and without {@code without}
 */
public record Simulation(String cohort, long seed, double scale, List<String> without, boolean compare,
                         List<Replications.Replication> replications, double seconds) {

    /** One group over the replications: its rate (and, comparing, the variant's and the change), with intervals. */
    public record GroupSummary(Group group, double applicants, Spread matchRate, Spread placedRate, double soapPlaced,
                               double noInterview, double meanInterviews, Spread variantRate, Spread change) {

        /** The simulated rate minus the NRMP's. */
        public double difference() {
            return matchRate.mean() - group.nrmp2025();
        }
    }

    /** A class (Step 2 band, familiarity) of one group, pooled over the replications. */
    public record CellSummary(String key, Group group, long applicants, long matched, Double variantRate) {
        public double matchRate() {
            return CycleResult.percent(matched, applicants);
        }
    }

    public int n() {
        return replications.size();
    }

    /** The runs the report leads with: every heuristic on when comparing, else the run as asked. */
    public List<CycleResult> primary() {
        return replications.stream().map(Replications.Replication::baseline).toList();
    }

    public List<CycleResult> variants() {
        return compare ? replications.stream().map(Replications.Replication::variant).toList() : List.of();
    }

    public List<GroupSummary> groups() {
        List<GroupSummary> out = new ArrayList<>();
        for (Group g : Group.values()) {
            List<CycleResult.GroupLine> lines = lines(primary(), g);
            if (lines.isEmpty()) {
                continue;
            }
            Spread variant = null;
            Spread change = null;
            if (compare) {
                List<CycleResult.GroupLine> v = lines(variants(), g);
                variant = Spread.of(v.stream().map(CycleResult.GroupLine::matchRate).toList());
                List<Double> deltas = new ArrayList<>();
                for (int i = 0; i < lines.size() && i < v.size(); i++) {
                    deltas.add(v.get(i).matchRate() - lines.get(i).matchRate());
                }
                change = Spread.of(deltas);
            }
            out.add(new GroupSummary(g, mean(lines, l -> l.applicants()),
                    Spread.of(lines.stream().map(CycleResult.GroupLine::matchRate).toList()),
                    Spread.of(lines.stream().map(CycleResult.GroupLine::placedRate).toList()),
                    mean(lines, l -> l.soapPlaced()), mean(lines, l -> l.noInterview()),
                    mean(lines, CycleResult.GroupLine::meanInterviews), variant, change));
        }
        return out;
    }

    private static List<CycleResult.GroupLine> lines(List<CycleResult> runs, Group g) {
        return runs.stream().map(r -> r.group(g)).filter(l -> l != null).toList();
    }

    public Spread fillRate() {
        return Spread.of(primary().stream().map(CycleResult::fillRate).toList());
    }

    public Spread fillRateAfterSoap() {
        return Spread.of(primary().stream().map(CycleResult::fillRateAfterSoap).toList());
    }

    public Spread variantFillRate() {
        return Spread.of(variants().stream().map(CycleResult::fillRate).toList());
    }

    public double meanOf(ToDoubleFunction<CycleResult> figure) {
        return mean(primary(), figure);
    }

    public List<CellSummary> byStep2() {
        return pooled(CycleResult::byStep2);
    }

    public List<CellSummary> byFamiliarity() {
        return pooled(CycleResult::byFamiliarity);
    }

    /** The blocking pairs left in the least stable Match of the run (0 when every Match ended stable). */
    public int mostBlockingPairs() {
        return replications.stream().mapToInt(r -> Math.max(r.baseline().run().blockingPairs(),
                r.variant() == null ? 0 : r.variant().run().blockingPairs())).max().orElse(0);
    }

    /** Whether every Match of the run ended stable. */
    public boolean stable() {
        return replications.stream().allMatch(r -> r.baseline().run().stable() && (r.variant() == null || r.variant().run().stable()));
    }

    private List<CellSummary> pooled(java.util.function.Function<CycleResult, List<CycleResult.Cell>> cells) {
        Map<String, long[]> base = pool(primary(), cells);
        Map<String, long[]> variant = pool(variants(), cells);
        List<CellSummary> out = new ArrayList<>();
        base.forEach((k, c) -> {
            int bar = k.lastIndexOf('|');
            long[] v = variant.get(k);
            out.add(new CellSummary(k.substring(0, bar), Group.valueOf(k.substring(bar + 1)), c[0], c[1],
                    v == null ? null : CycleResult.percent(v[1], v[0])));
        });
        return out;
    }

    private static Map<String, long[]> pool(List<CycleResult> runs,
                                           java.util.function.Function<CycleResult, List<CycleResult.Cell>> cells) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (CycleResult r : runs) {
            for (CycleResult.Cell c : cells.apply(r)) {
                long[] n = out.computeIfAbsent(c.key() + "|" + c.group().name(), k -> new long[2]);
                n[0] += c.applicants();
                n[1] += c.matched();
            }
        }
        return out;
    }

    private static <T> double mean(List<T> items, ToDoubleFunction<T> f) {
        return items.isEmpty() ? 0 : items.stream().mapToDouble(f).sum() / items.size();
    }
}
