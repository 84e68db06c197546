package org.rankmeeting.scenario;

import java.util.List;

/**
 * Two applicants who enter the Match as a couple with one list of program pairs, best first. In a pair, a
 * missing program ({@code null} or {@code "-"}) means that partner goes unmatched if the pair is used.
 * Without a list, one is built from the partners' own lists (see the match package).
 */
public record Couple(String id, List<String> partners, List<List<String>> rankList) {

    /** Written in a pair in place of a program: that partner goes unmatched. */
    public static final String NO_MATCH = "no-match";

    public Couple {
        partners = partners == null ? List.of() : partners;
        rankList = rankList == null ? List.of() : rankList;
    }

    /** What is wrong with one pair of a couple's rank list as written, or null (the programs it names are not checked here). */
    public static String pairProblem(List<String> pair) {
        if (pair.size() != 2) {
            return "expected a pair [program for the first partner, program for the second] (either may be 'no-match'), got "
                    + pair.size() + " entries";
        }
        if (NO_MATCH.equals(pair.get(0)) && NO_MATCH.equals(pair.get(1))) {
            return "a pair with no program for either partner ranks nothing";
        }
        return null;
    }

    /** The places (0 for the first partner, 1 for the second) of a two-entry pair that name a program, not 'no-match'. */
    public static List<Integer> programPlaces(List<String> pair) {
        return java.util.stream.IntStream.range(0, 2).filter(k -> !NO_MATCH.equals(pair.get(k))).boxed().toList();
    }
}
