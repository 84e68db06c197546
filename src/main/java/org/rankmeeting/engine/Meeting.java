package org.rankmeeting.engine;

import java.util.List;

/** The outcome of running every applicant past every program of a scenario, and the heuristics that were off. */
public record Meeting(World world, List<ProgramBoard> boards, HeuristicsOff switchedOff) {

    public Meeting(World world, List<ProgramBoard> boards) {
        this(world, boards, HeuristicsOff.NONE);
    }

    public ProgramBoard board(String programId) {
        return boards.stream().filter(b -> b.program().id().equals(programId)).findFirst().orElse(null);
    }

    public Placement placement(String applicantId, String programId) {
        ProgramBoard board = board(programId);
        return board == null ? null : board.placementOf(applicantId);
    }
}
