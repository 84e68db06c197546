package org.rankmeeting.national.cohort;

import org.rankmeeting.national.Group;
import org.rankmeeting.scenario.Applicant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each applicant sends their file: a number of programs drawn from the group's parameters and the applicant's
 * score, in the specialty they chose first (and a backup specialty for some), picked by weights that stand for what
 * applicants look at (weighted sampling without replacement). The list comes out in the applicant's order of
 * preference, best first.
 *
 * <ul>
 *   <li><b>How many</b>: the group's median times a lognormal spread (sd 0.35), times 1 + (group mean - score) / 50
 *       (between 0.7 and 1.5: a weaker score applies wider), within the group's minimum and maximum and never
 *       more than the programs of the specialties chosen. Two thirds go to the first specialty when there is a
 *       backup.</li>
 *   <li><b>Which</b>, US seniors: weight e^(prestige / 2), times 4 in the home division. IMGs: by the program's IMG
 *       history (strong 5, mixed 3, once burned 1.5, rare 0.2, or 1 with Step 2 20+ over its cutoff), a tenth
 *       where the visa they need is not sponsored, 0.3 below the program's cutoff, times 2 in their preferred
 *       divisions.</li>
 *   <li><b>Order</b>: prestige plus 1 in the home or a preferred division plus a normal draw (the applicant's own
 *       taste, sd {@link CohortParameters#preferenceNoise()}), first-choice specialty before the backup.</li>
 * </ul>
 */
final class Applications {

    /** The low bits of a sort key that hold the program's index (a specialty has fewer than 4,096 programs). */
    private static final long INDEX_MASK = 0xFFF;

    private final Draw draw;
    private final double noise;
    private final Map<String, List<ProgramMaker.Draft>> bySpecialty = new HashMap<>();

    Applications(Draw draw, List<ProgramMaker.Draft> programs, double noise) {
        this.draw = draw;
        this.noise = noise;
        for (ProgramMaker.Draft p : programs) {
            bySpecialty.computeIfAbsent(p.specialty.id(), k -> new ArrayList<>()).add(p);
        }
        for (List<ProgramMaker.Draft> pool : bySpecialty.values()) {
            if (pool.size() > INDEX_MASK) {
                throw new IllegalStateException("a specialty with " + pool.size() + " programs: more than the sort key holds");
            }
        }
    }

    int programsIn(String specialty) {
        return bySpecialty.getOrDefault(specialty, List.of()).size();
    }

    /** The applicant's list, best first. */
    List<ProgramMaker.Draft> choose(Group group, CohortParameters.GroupParameters gp, int score, Applicant.Visa visa,
                                    List<Division> preferred, String first, String backup) {
        double factor = Math.max(0.7, Math.min(1.5, 1 + (gp.step2Mean() - score) / 50));
        int wanted = (int) Math.round(gp.applicationsMean() * Math.exp(0.35 * draw.normal()) * factor);
        wanted = Math.max(gp.applicationsMin(), Math.min(gp.applicationsMax(), wanted));
        int toBackup = backup == null ? 0 : wanted / 3;
        List<ProgramMaker.Draft> picked = new ArrayList<>(wanted);
        picked.addAll(sample(group, score, visa, preferred, first, wanted - toBackup));
        if (backup != null) {
            picked.addAll(sample(group, score, visa, preferred, backup, toBackup));
        }
        double[] utility = new double[picked.size()];
        Integer[] order = new Integer[picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            ProgramMaker.Draft p = picked.get(i);
            utility[i] = p.prestige + (near(preferred, p.division) ? 1 : 0) + noise * draw.normal()
                    + (p.specialty.id().equals(first) ? 3 : 0);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(utility[b], utility[a]));
        List<ProgramMaker.Draft> out = new ArrayList<>(picked.size());
        for (Integer i : order) {
            out.add(picked.get(i));
        }
        return out;
    }

    /** {@code n} distinct programs of the specialty, by weight (Efraimidis-Spirakis keys). */
    private List<ProgramMaker.Draft> sample(Group group, int score, Applicant.Visa visa, List<Division> preferred,
                                            String specialty, int n) {
        List<ProgramMaker.Draft> pool = bySpecialty.getOrDefault(specialty, List.of());
        if (n >= pool.size()) {
            return pool;
        }
        // key = log(u) / w, largest first; sorted as (-key) bits with the index in the low bits (primitive sort)
        long[] keys = new long[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            double w = weight(group, score, visa, preferred, pool.get(i));
            double key = -Math.log(1.0 - draw.uniform()) / w;
            keys[i] = (Double.doubleToLongBits(key) & ~INDEX_MASK) | i;
        }
        Arrays.sort(keys);
        List<ProgramMaker.Draft> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(pool.get((int) (keys[k] & INDEX_MASK)));
        }
        return out;
    }

    /** Whether the division is one of the preferred ones (by identity: the divisions are the constants of {@link Division#ALL}). */
    static boolean near(List<Division> preferred, Division d) {
        for (int i = 0; i < preferred.size(); i++) {
            if (preferred.get(i) == d) {
                return true;
            }
        }
        return false;
    }

    static double weight(Group group, int score, Applicant.Visa visa, List<Division> preferred, ProgramMaker.Draft p) {
        boolean near = near(preferred, p.division);
        if (!group.img()) {
            return Math.exp(p.prestige / 2) * (near ? 4 : 1);
        }
        double w = switch (p.imgHistory) {
            case STRONG -> 5;
            case MIXED -> 3;
            case ONCE_BURNED -> 1.5;
            case RARE -> score >= p.cutoff() + 20 ? 1 : 0.2;
        };
        if (!p.sponsors(visa)) {
            w *= 0.1;
        }
        if (score < p.cutoff()) {
            w *= 0.3;
        }
        return w * (near ? 2 : 1);
    }
}
