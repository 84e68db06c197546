package org.rankmeeting.bench;

import org.rankmeeting.BadInputException;
import org.rankmeeting.match.ApplicantRanking;
import org.rankmeeting.match.CoupleRanking;
import org.rankmeeting.match.MatchInput;
import org.rankmeeting.match.ProgramPair;
import org.rankmeeting.match.ProgramRanking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A large Match market made from a seed, for benchmarks. Every draw comes from one {@link Random} in a
 * fixed order, so a seed always gives the same market.
 *
 * <ul>
 * <li>Positions: one per program, the rest spread at random (programs differ in size).</li>
 * <li>Applicants' lists: {@code minList..maxList} distinct programs drawn by popularity (program
 *     {@code i} has weight {@code 1 / (i + 1)^0.7}), in the order drawn.</li>
 * <li>Couples: the last applicants, two by two. Each partner draws a list as above; the couple's pairs
 *     combine the two lists best-first (by the sum of the two positions), {@code minList..maxList}
 *     pairs, and three couples in ten end with "first partner at their first choice, second unmatched".</li>
 * <li>Programs' lists: each applicant who listed the program (for a partner, on their own list) with
 *     probability 0.9, ordered by the applicant's quality (one Gaussian per applicant) plus the
 *     program's own noise (a Gaussian with standard deviation 0.5).</li>
 * </ul>
 */
public final class SyntheticMarket {

    private static final double POPULARITY_SKEW = 0.7;
    private static final double RANKED_SHARE = 0.9;
    private static final double PROGRAM_NOISE = 0.5;

    /** What to generate; {@link #validate()} checks it like command-line input. */
    public record Spec(int applicants, int programs, int positions, int minList, int maxList, double coupleShare, long seed) {

        public void validate() {
            List<String> problems = new ArrayList<>();
            if (applicants < 1) {
                problems.add("--applicants must be 1 or more, got " + applicants);
            }
            if (programs < 1) {
                problems.add("--programs must be 1 or more, got " + programs);
            }
            if (positions < 0) {
                problems.add("--positions must be 0 or more, got " + positions);
            }
            if (minList < 1 || maxList < minList) {
                problems.add("--min-list and --max-list need 1 <= min <= max, got " + minList + " and " + maxList);
            } else if (maxList > programs) {
                problems.add("--max-list (" + maxList + ") cannot exceed --programs (" + programs + ")");
            }
            if (!(coupleShare >= 0 && coupleShare <= 1)) {
                problems.add("--couples must be a share between 0 and 1, got " + coupleShare);
            }
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
        }

        /** The number of couples: {@code coupleShare} of the applicants, two per couple. */
        public int couples() {
            return (int) Math.round(applicants * coupleShare / 2);
        }
    }

    private final Spec spec;
    private final Random rnd;
    private final String[] programIds;
    private final String[] applicantIds;
    private final double[] popularity;
    private final int[] drawnBy;
    private final double[] quality;
    private final List<List<Integer>> applied;

    private SyntheticMarket(Spec spec) {
        this.spec = spec;
        rnd = new Random(spec.seed());
        programIds = new String[spec.programs()];
        for (int p = 0; p < programIds.length; p++) {
            programIds[p] = String.format("p%05d", p);
        }
        applicantIds = new String[spec.applicants()];
        for (int a = 0; a < applicantIds.length; a++) {
            applicantIds[a] = String.format("a%06d", a);
        }
        popularity = new double[spec.programs()];
        double sum = 0;
        for (int p = 0; p < popularity.length; p++) {
            sum += 1 / Math.pow(p + 1, POPULARITY_SKEW);
            popularity[p] = sum;
        }
        drawnBy = new int[spec.programs()];
        Arrays.fill(drawnBy, -1);
        quality = new double[spec.applicants()];
        applied = new ArrayList<>(spec.programs());
        for (int p = 0; p < spec.programs(); p++) {
            applied.add(new ArrayList<>());
        }
    }

    public static MatchInput generate(Spec spec) {
        spec.validate();
        return new SyntheticMarket(spec).build();
    }

    private MatchInput build() {
        int[] quota = quotas();
        for (int a = 0; a < quality.length; a++) {
            quality[a] = rnd.nextGaussian();
        }
        int couples = spec.couples();
        int singles = spec.applicants() - 2 * couples;
        MatchInput.Builder b = MatchInput.builder();
        List<ApplicantRanking> applicants = new ArrayList<>(singles);
        for (int a = 0; a < singles; a++) {
            applicants.add(new ApplicantRanking(applicantIds[a], ids(drawList(a))));
        }
        List<CoupleRanking> coupleRankings = new ArrayList<>(couples);
        for (int c = 0; c < couples; c++) {
            int first = singles + 2 * c;
            coupleRankings.add(new CoupleRanking("c" + c, applicantIds[first], applicantIds[first + 1],
                    pairs(drawList(first), drawList(first + 1))));
        }
        for (int p = 0; p < programIds.length; p++) {
            b.add(new ProgramRanking(programIds[p], quota[p], programList(p)));
        }
        applicants.forEach(b::add);
        coupleRankings.forEach(b::add);
        return b.build();
    }

    private int[] quotas() {
        int[] quota = new int[spec.programs()];
        int left = spec.positions();
        for (int p = 0; p < quota.length && left > 0; p++, left--) {
            quota[p] = 1;
        }
        for (; left > 0; left--) {
            quota[rnd.nextInt(quota.length)]++;
        }
        return quota;
    }

    /** A list of distinct programs drawn by popularity; records the applicant on each program it names. */
    private int[] drawList(int applicant) {
        int length = spec.minList() + rnd.nextInt(spec.maxList() - spec.minList() + 1);
        int[] list = new int[length];
        double total = popularity[popularity.length - 1];
        for (int k = 0; k < length; ) {
            int at = Arrays.binarySearch(popularity, rnd.nextDouble() * total);
            int p = at >= 0 ? at : -at - 1;
            if (drawnBy[p] != applicant) {
                drawnBy[p] = applicant;
                list[k++] = p;
                applied.get(p).add(applicant);
            }
        }
        return list;
    }

    private List<ProgramPair> pairs(int[] first, int[] second) {
        int wanted = Math.min(first.length * second.length,
                spec.minList() + rnd.nextInt(spec.maxList() - spec.minList() + 1));
        List<ProgramPair> pairs = new ArrayList<>(wanted + 1);
        for (int sum = 0; pairs.size() < wanted; sum++) {
            for (int i = Math.max(0, sum - second.length + 1); i <= Math.min(sum, first.length - 1) && pairs.size() < wanted; i++) {
                pairs.add(ProgramPair.of(programIds[first[i]], programIds[second[sum - i]]));
            }
        }
        if (rnd.nextDouble() < 0.3) {
            pairs.add(ProgramPair.of(programIds[first[0]], null));
        }
        return pairs;
    }

    /**
     * The program's rank list: each candidate kept with probability {@link #RANKED_SHARE}, best score
     * first. The score is packed with the applicant number into one long (score to a millionth, then
     * applicant number), so sorting longs gives the order with ties broken by applicant.
     */
    private List<String> programList(int p) {
        List<Integer> candidates = applied.get(p);
        long[] keyed = new long[candidates.size()];
        int n = 0;
        for (int a : candidates) {
            if (rnd.nextDouble() < RANKED_SHARE) {
                long score = Math.round((quality[a] + PROGRAM_NOISE * rnd.nextGaussian()) * 1e6);
                keyed[n++] = (-score << 32) | a;
            }
        }
        Arrays.sort(keyed, 0, n);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(applicantIds[(int) (keyed[i] & 0xffffffffL)]);
        }
        return out;
    }

    private List<String> ids(int[] programs) {
        List<String> out = new ArrayList<>(programs.length);
        for (int p : programs) {
            out.add(programIds[p]);
        }
        return out;
    }
}
