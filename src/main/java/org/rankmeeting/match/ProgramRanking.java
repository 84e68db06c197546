package org.rankmeeting.match;

import java.util.List;

/**
 * A program in the Match: its id, how many positions it offers, and its rank order list of applicant
 * ids, most wanted first. Applicants not on the list can never be matched to it.
 */
public record ProgramRanking(String id, int positions, List<String> rankList) {

    public ProgramRanking {
        rankList = Lists.copy(rankList);
    }

    public ProgramRanking(String id, int positions, String... rankList) {
        this(id, positions, List.of(rankList));
    }
}
