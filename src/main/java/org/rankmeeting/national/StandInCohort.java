package org.rankmeeting.national;

import org.rankmeeting.bench.SyntheticScenario;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A national-sized pool with no calibration, for running {@code simulate} before the NRMP-calibrated cohort is
 * wired in: the benchmark's synthetic scenario ({@link SyntheticScenario}) at the size of a national Main Match
 * (47,208 applicants and about 43,000 positions at scale 1.0), each file sent to a random set of programs (US
 * seniors {@value #US_APPLICATIONS} on average, IMGs {@value #IMG_APPLICATIONS}), 2% of applicants in couples.
 * Groups and familiarity are read as {@link ScenarioCohort} reads them. Its rates mean nothing; its size and shape
 * are what a national run costs.
 */
public final class StandInCohort implements CohortSource {

    static final int NATIONAL_APPLICANTS = 47_208;
    /** The synthetic programs have about 10.5 positions each: 4,100 of them offer about 43,000 positions. */
    static final int NATIONAL_PROGRAMS = 4_100;
    static final int US_APPLICATIONS = 40;
    static final int IMG_APPLICATIONS = 90;
    static final double COUPLES = 0.02;

    @Override
    public Cohort generate(long seed, double scale) {
        int programs = Math.max(2, (int) Math.round(NATIONAL_PROGRAMS * scale));
        int applicants = Math.max(4, (int) Math.round(NATIONAL_APPLICANTS * scale));
        Scenario base = SyntheticScenario.generate(programs, applicants, seed);
        ScenarioCohort groups = new ScenarioCohort(new World(base));
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EEDA9911CA7105L);
        List<Program> all = base.programs();
        List<Applicant> sent = new ArrayList<>(applicants);
        for (Applicant a : base.applicants()) {
            int mean = groups.group(a.id()).img() ? IMG_APPLICATIONS : US_APPLICATIONS;
            int k = Math.min(all.size(), Math.max(1, mean / 2 + rnd.nextInt(mean + 1)));
            sent.add(a.withApplications(sample(all, k, rnd)));
        }
        List<Couple> couples = new ArrayList<>();
        int pairs = (int) Math.round(applicants * COUPLES / 2);
        for (int c = 0; c < pairs; c++) {
            String first = sent.get(2 * c).id();
            String second = sent.get(2 * c + 1).id();
            couples.add(new Couple(first + "+" + second, List.of(first, second), List.of()));
        }
        Scenario s = new Scenario("stand-in national cohort (uncalibrated)", base.description(), base.cycle(), null,
                base.regions(), base.schools(), base.writers(), all, sent, List.of(), List.of(), couples);
        return new ScenarioCohort(new World(s));
    }

    /** k distinct program ids in random order (a partial shuffle): the first is the one wanted most. */
    private static List<String> sample(List<Program> programs, int k, SplittableRandom rnd) {
        int[] order = new int[programs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out.add(programs.get(order[i]).id());
        }
        return out;
    }
}
