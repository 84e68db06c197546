package org.rankmeeting.national;

/**
 * Makes a cohort from a seed and a scale (1.0: a national Main Match; 0.1: a tenth of it). The same seed and scale
 * give the same cohort, so a replication is a pure function of its seed: it can run anywhere.
 */
@FunctionalInterface
public interface CohortSource {

    Cohort generate(long seed, double scale);
}
