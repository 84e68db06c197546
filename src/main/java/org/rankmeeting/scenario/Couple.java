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
}
