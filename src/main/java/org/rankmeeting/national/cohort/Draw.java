package org.rankmeeting.national.cohort;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's random draws, from one seeded source so a seed gives the same cohort every time. */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform() {
        return random.nextDouble();
    }

    int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    /** A standard normal draw (Box-Muller). */
    double normal() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    int normal(double mean, double sd, int lo, int hi) {
        return (int) Math.max(lo, Math.min(hi, Math.round(mean + sd * normal())));
    }

    /** The index picked with probability proportional to its weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One of the values, each equally likely. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the values with the given weights (same order). */
    <T> T pick(List<T> values, double... weights) {
        return values.get(weighted(weights));
    }
}
