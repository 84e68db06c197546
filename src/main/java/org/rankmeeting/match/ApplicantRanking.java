package org.rankmeeting.match;

import java.util.List;

/** An applicant matching on their own: their id and rank order list of program ids, first choice first. */
public record ApplicantRanking(String id, List<String> rankList) {

    public ApplicantRanking {
        rankList = Lists.copy(rankList);
    }

    public ApplicantRanking(String id, String... rankList) {
        this(id, List.of(rankList));
    }
}
