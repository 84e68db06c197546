package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Small random markets from a seeded {@link Random}: each side ranks a random subset of the other in a
 * random order, so lists are often one-sided, and some programs have no positions.
 */
final class RandomMarkets {

    private RandomMarkets() {
    }

    static MatchInput singles(Random rnd, int maxApplicants, int maxPrograms, int maxPositions) {
        return market(rnd, maxApplicants, maxPrograms, maxPositions, 0, 0.75);
    }

    /** Singles only, each side ranking each person on the other side with probability {@code density}. */
    static MatchInput singles(Random rnd, int maxApplicants, int maxPrograms, int maxPositions, double density) {
        return market(rnd, maxApplicants, maxPrograms, maxPositions, 0, density);
    }

    /**
     * {@code n} applicants and {@code n} one-position programs, everyone ranking the whole other side:
     * the kind of market that often has several stable matchings.
     */
    static MatchInput oneToOne(Random rnd, int n) {
        List<String> programIds = ids("p", n);
        List<String> applicantIds = ids("a", n);
        MatchInput.Builder b = MatchInput.builder();
        for (String p : programIds) {
            b.add(new ProgramRanking(p, 1, subset(rnd, applicantIds, 1.0)));
        }
        for (String a : applicantIds) {
            b.add(new ApplicantRanking(a, subset(rnd, programIds, 1.0)));
        }
        return b.build();
    }

    /** A market where {@code couples} pairs of applicants (taken from the end) match as couples. */
    static MatchInput market(Random rnd, int maxApplicants, int maxPrograms, int maxPositions, int couples) {
        return market(rnd, maxApplicants, maxPrograms, maxPositions, couples, 0.75);
    }

    private static MatchInput market(Random rnd, int maxApplicants, int maxPrograms, int maxPositions, int couples,
                                     double density) {
        int applicants = 2 * couples + 1 + rnd.nextInt(maxApplicants);
        int programs = 1 + rnd.nextInt(maxPrograms);
        List<String> programIds = ids("p", programs);
        List<String> applicantIds = ids("a", applicants);
        MatchInput.Builder b = MatchInput.builder();
        for (String p : programIds) {
            b.add(new ProgramRanking(p, rnd.nextInt(maxPositions + 1), subset(rnd, applicantIds, density)));
        }
        int singles = applicants - 2 * couples;
        for (int a = 0; a < singles; a++) {
            b.add(new ApplicantRanking(applicantIds.get(a), subset(rnd, programIds, density)));
        }
        for (int c = 0; c < couples; c++) {
            b.add(new CoupleRanking("c" + c, applicantIds.get(singles + 2 * c), applicantIds.get(singles + 2 * c + 1),
                    pairs(rnd, programIds)));
        }
        return b.build();
    }

    private static List<ProgramPair> pairs(Random rnd, List<String> programs) {
        List<ProgramPair> all = new ArrayList<>();
        List<String> sides = new ArrayList<>(programs);
        sides.add(null);
        for (String first : sides) {
            for (String second : sides) {
                if ((first != null || second != null) && rnd.nextDouble() < 0.5) {
                    all.add(new ProgramPair(first, second));
                }
            }
        }
        Collections.shuffle(all, rnd);
        return all;
    }

    private static List<String> subset(Random rnd, List<String> from, double share) {
        List<String> out = new ArrayList<>();
        for (String id : from) {
            if (rnd.nextDouble() < share) {
                out.add(id);
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    private static List<String> ids(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
