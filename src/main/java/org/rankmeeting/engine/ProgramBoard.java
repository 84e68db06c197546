package org.rankmeeting.engine;

import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program's tier board after the meeting: every applicant's placement in rank-list order. The rank list and
 * the look-ups by applicant are worked out once, when the board is made: a board of 5,000 files is asked for the
 * rank of each of them when it is printed.
 */
public final class ProgramBoard {

    private final Program program;
    private final List<Placement> placements;
    private final List<Placement> rankList;
    private final Map<String, Placement> byApplicant;
    private final Map<String, Integer> rankByApplicant;

    public ProgramBoard(Program program, List<Placement> placements) {
        this.program = program;
        this.placements = List.copyOf(placements);
        List<Placement> ranked = new ArrayList<>();
        Map<String, Placement> byId = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (Placement p : this.placements) {
            byId.putIfAbsent(p.applicantId(), p);
            if (p.isRanked()) {
                ranked.add(p);
                ranks.putIfAbsent(p.applicantId(), ranked.size());
            }
        }
        this.rankList = List.copyOf(ranked);
        this.byApplicant = byId;
        this.rankByApplicant = ranks;
    }

    public Program program() { return program; }

    public List<Placement> placements() { return placements; }

    /** The program's rank list: ranked files only, in order. */
    public List<Placement> rankList() {
        return rankList;
    }

    /** 1-based position on the rank list, or 0 when not ranked. */
    public int rankOf(String applicantId) {
        return rankByApplicant.getOrDefault(applicantId, 0);
    }

    /** The applicant's placement at this program, or null when they are not on its board. */
    public Placement placementOf(String applicantId) {
        return byApplicant.get(applicantId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramBoard b && Objects.equals(program, b.program) && placements.equals(b.placements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, placements);
    }

    @Override
    public String toString() {
        return "ProgramBoard[program=" + program + ", placements=" + placements + "]";
    }
}
