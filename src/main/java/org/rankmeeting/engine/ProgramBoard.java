package org.rankmeeting.engine;

import org.rankmeeting.scenario.Program;

import java.util.List;

/** One program's tier board after the meeting: every applicant's placement in rank-list order. */
public record ProgramBoard(Program program, List<Placement> placements) {

    /** The program's rank list: ranked files only, in order. */
    public List<Placement> rankList() {
        return placements.stream().filter(Placement::isRanked).toList();
    }

    /** 1-based position on the rank list, or 0 when not ranked. */
    public int rankOf(String applicantId) {
        List<Placement> list = rankList();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).applicantId().equals(applicantId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public Placement placementOf(String applicantId) {
        return placements.stream().filter(p -> p.applicantId().equals(applicantId)).findFirst().orElse(null);
    }
}
