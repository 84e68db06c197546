package org.rankmeeting.national;

import java.util.List;

/**
 * What one national cycle came to, in numbers only (small, so replications can be collected from anywhere): per
 * group the Main Match and SOAP counts, the fill, SOAP, the rates by Step 2 band and by school familiarity, and what
 * the run cost.
 *
 * @param seed        the cohort's seed
 * @param cohort      what the cohort is (its scenario's title)
 * @param groups      one line per group, in {@link Group} order (groups with no applicants left out)
 * @param positions   positions offered in the Main Match
 * @param filled      positions filled in the Main Match
 * @param soap        what SOAP did with the positions left
 * @param byStep2     match rates by Step 2 band, each band split by group
 * @param byFamiliarity match rates by how well programs know the school, split by group (empty when the cohort does not say)
 * @param run         the run's size and cost
 */
public record CycleResult(long seed, String cohort, List<GroupLine> groups, int positions, int filled, Soap soap, List<Cell> byStep2,
                          List<Cell> byFamiliarity, Run run) {

    /**
     * One group: applicants, matched in the Main Match, placed in SOAP, and how many had no interview at all (an
     * empty list: they cannot match).
     */
    public record GroupLine(Group group, int applicants, int matched, int soapPlaced, int noInterview, double meanInterviews) {

        /** Percent of the group's applicants matched in the Main Match (what the NRMP's rate counts). */
        public double matchRate() {
            return percent(matched, applicants);
        }

        /** Percent placed in the Main Match or in SOAP. */
        public double placedRate() {
            return percent(matched + soapPlaced, applicants);
        }
    }

    /** SOAP: positions it started with, offers made, placements (accepted offers), positions still open after it. */
    public record Soap(int openPositions, int offers, int placed, int stillOpen) {
    }

    /** Applicants of one group in one class (a Step 2 band, a familiarity class) and how many matched. */
    public record Cell(String key, Group group, int applicants, int matched) {

        public double matchRate() {
            return percent(matched, applicants);
        }
    }

    /**
     * The run: programs, applicants, couples, placements evaluated, the bytes the compact boards took, whether the
     * Match ended stable (and how many blocking pairs the stability check found when it did not), and the seconds
     * each phase took.
     */
    public record Run(int programs, int applicants, int couples, long placements, long compactBytes, boolean stable,
                      int blockingPairs, double meetingSeconds, double matchSeconds, double seconds) {

        public double bytesPerPlacement() {
            return placements == 0 ? 0 : (double) compactBytes / placements;
        }
    }

    /** Percent of positions filled in the Main Match. */
    public double fillRate() {
        return percent(filled, positions);
    }

    /** Percent of positions filled after SOAP. */
    public double fillRateAfterSoap() {
        return percent(filled + soap.placed(), positions);
    }

    public GroupLine group(Group g) {
        return groups.stream().filter(l -> l.group() == g).findFirst().orElse(null);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
