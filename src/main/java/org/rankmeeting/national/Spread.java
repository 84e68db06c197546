package org.rankmeeting.national;

import java.util.List;

/**
 * The mean of a figure over replications and the 95% confidence interval of that mean (Student's t with n - 1
 * degrees of freedom); with one replication the interval is the value itself.
 */
public record Spread(int n, double mean, double low, double high) {

    /** Two-sided 97.5% quantiles of Student's t for 1 to 30 degrees of freedom; 1.96 beyond. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};

    public static Spread of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Spread(0, 0, 0, 0);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n == 1) {
            return new Spread(1, mean, mean, mean);
        }
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double half = t975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new Spread(n, mean, mean - half, mean + half);
    }

    static double t975(int degreesOfFreedom) {
        return degreesOfFreedom <= T975.length ? T975[degreesOfFreedom - 1] : 1.96;
    }

    /** "93.1 (92.4-93.8)", or "93.1" for a single replication. */
    public String text() {
        return n <= 1 ? one(mean) : one(mean) + " (" + one(low) + " to " + one(high) + ")";
    }

    static String one(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
