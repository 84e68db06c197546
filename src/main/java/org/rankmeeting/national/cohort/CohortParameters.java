package org.rankmeeting.national.cohort;

import org.rankmeeting.national.Group;
import java.util.EnumMap;
import java.util.Map;

/**
 * The free parameters of the synthetic cohort: not published anywhere as such, so fitted (see the README's
 * calibration table) or set by our judgement. Everything else the generator uses is either a published NRMP figure
 * ({@link NrmpFigures}, {@link Specialty}) or a stated assumption next to where it is drawn.
 *
 * @param groups                per group: applications, Step 2 distribution, backup specialty, rank-list length
 * @param j1Share               share of IMG-open programs that sponsor the J-1
 * @param h1bShare              share of IMG-open programs that sponsor the H-1B
 * @param rareJ1Share           share of rare-IMG programs that sponsor the J-1
 * @param interviewsPerPosition interview slots a program has per position
 * @param contactChance         chance that an IMG applying where an alum of their school works has reached them
 * @param imgOpenScale          multiplies every specialty's share of IMG-open programs (capped at 1)
 * @param coupleShare           share of applicants who enter the Match as half of a couple
 * @param preferenceNoise       spread of an applicant's own taste when ordering the programs applied to (prestige
 *                              and place count 1 each); the larger, the less applicants crowd onto the same programs
 */
public record CohortParameters(Map<Group, GroupParameters> groups, double j1Share, double h1bShare, double rareJ1Share,
                               double interviewsPerPosition, double contactChance, double imgOpenScale,
                               double coupleShare, double preferenceNoise) {

    /**
     * One group's free parameters.
     *
     * @param applicationsMean the median number of programs applied to (lognormal spread, see {@code applicationsSpread})
     * @param applicationsMin  fewest programs applied to (or every program of the specialties chosen, if fewer)
     * @param applicationsMax  most programs applied to
     * @param step2Mean        mean Step 2 CK score
     * @param step2Sd          its standard deviation
     * @param backupChance     chance of applying to a second specialty as well (a third of the applications)
     * @param maxListLength    most programs ranked
     */
    public record GroupParameters(int applicationsMean, int applicationsMin, int applicationsMax, double step2Mean,
                                  double step2Sd, double backupChance, int maxListLength) {

        public GroupParameters withApplicationsMean(int mean) {
            return new GroupParameters(mean, applicationsMin, applicationsMax, step2Mean, step2Sd, backupChance, maxListLength);
        }

        public GroupParameters withStep2Mean(double mean) {
            return new GroupParameters(applicationsMean, applicationsMin, applicationsMax, mean, step2Sd, backupChance, maxListLength);
        }
    }

    public CohortParameters {
        groups = Map.copyOf(groups);
    }

    public GroupParameters group(Group g) {
        return groups.get(g);
    }

    /**
     * The parameters as fitted (README, "Calibration": steps 0-5 at scale 0.1, the rank-list lengths at scale 1.0 in
     * step 8). Step 2 means and spreads are our assumptions near the
     * USMLE's published score interpretation (US and Canadian first takers average about 248 with a spread of about
     * 15; IMGs somewhat lower); application counts follow the order of the AAMC's ERAS statistics (US seniors
     * tens of programs, IMGs a hundred and more) and are fitted.
     */
    public static CohortParameters defaults() {
        Map<Group, GroupParameters> g = new EnumMap<>(Group.class);
        g.put(Group.US_MD, new GroupParameters(40, 15, 120, 248, 15, 0.35, 20));
        g.put(Group.US_DO, new GroupParameters(50, 20, 130, 241, 16, 0.35, 20));
        g.put(Group.US_IMG, new GroupParameters(90, 40, 250, 231, 16, 0.50, 10));
        g.put(Group.NON_US_IMG, new GroupParameters(120, 40, 300, 238, 15, 0.60, 40));
        return new CohortParameters(g, 0.90, 0.30, 0.30, 12, 0.30, 1.3, 0.045, 2.0);
    }

    public CohortParameters with(Group group, GroupParameters p) {
        Map<Group, GroupParameters> g = new EnumMap<>(groups);
        g.put(group, p);
        return new CohortParameters(g, j1Share, h1bShare, rareJ1Share, interviewsPerPosition, contactChance, imgOpenScale, coupleShare, preferenceNoise);
    }

    public CohortParameters withVisaShares(double j1, double h1b) {
        return new CohortParameters(groups, j1, h1b, rareJ1Share, interviewsPerPosition, contactChance, imgOpenScale, coupleShare, preferenceNoise);
    }

    public CohortParameters withPreferenceNoise(double noise) {
        return new CohortParameters(groups, j1Share, h1bShare, rareJ1Share, interviewsPerPosition, contactChance, imgOpenScale, coupleShare, noise);
    }

    public CohortParameters withImgOpenScale(double scale) {
        return new CohortParameters(groups, j1Share, h1bShare, rareJ1Share, interviewsPerPosition, contactChance, scale, coupleShare, preferenceNoise);
    }

    public CohortParameters withInterviewsPerPosition(double perPosition) {
        return new CohortParameters(groups, j1Share, h1bShare, rareJ1Share, perPosition, contactChance, imgOpenScale, coupleShare, preferenceNoise);
    }
}
