package org.rankmeeting.match;

import java.util.List;

/**
 * Two applicants matching as a couple: the couple's id, the two partners' applicant ids, and one rank
 * order list of {@link ProgramPair program pairs}, most wanted first. The partners must not also appear
 * as single applicants.
 */
public record CoupleRanking(String id, String first, String second, List<ProgramPair> rankList) {

    public CoupleRanking {
        rankList = Lists.copy(rankList);
    }

    public CoupleRanking(String id, String first, String second, ProgramPair... rankList) {
        this(id, first, second, List.of(rankList));
    }

    /** The applicant id of partner 0 (first) or 1 (second). */
    public String partner(int partner) {
        return partner == 0 ? first : second;
    }
}
