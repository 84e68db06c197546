package org.rankmeeting.whatif;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Variant;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario as it is and with one applicant's file varied, and compares the two meetings program by program.
 * The whole meeting is run again, not just the one file: a varied file can take a visa seat another file wanted,
 * or lengthen a thin list, and the comparison shows what the committee would really do.
 */
public final class WhatIf {

    /** A variant's effect: the file before and after, what changed in it, and each program's verdict on both. */
    public record Result(Variant variant, Applicant before, Applicant after, List<String> fileChanges,
                         List<ProgramDiff> programs) {

        /** Sum of levels moved over all programs (see {@link ProgramDiff#levelChange()}). */
        public int totalLevelChange() {
            return programs.stream().mapToInt(ProgramDiff::levelChange).sum();
        }
    }

    private final Engine engine;

    public WhatIf(Engine engine) {
        this.engine = engine;
    }

    /** Compares each variant with the baseline meeting, which is run once. */
    public List<Result> compare(World world, List<Variant> variants) {
        Meeting baseline = engine.run(world);
        List<Result> out = new ArrayList<>();
        for (Variant v : variants) {
            out.add(compare(world, baseline, v));
        }
        return out;
    }

    public Result compare(World world, Meeting baseline, Variant variant) {
        Applicant before = world.applicant(variant.applicant());
        if (before == null) {
            throw new BadInputException("variant '" + variant.id() + "': no applicant '" + variant.applicant() + "'");
        }
        return compare(world, baseline, variant, variant.applyTo(before));
    }

    /** Compares the baseline with the meeting run on {@code after}, a file already edited as the variant says. */
    public Result compare(World world, Meeting baseline, Variant variant, Applicant after) {
        Applicant before = world.applicant(after.id());
        Meeting varied = engine.run(world.with(after));
        List<ProgramDiff> programs = new ArrayList<>();
        for (Program p : world.programsAppliedTo(before).stream().filter(p -> world.appliedTo(after, p)).toList()) {
            ProgramBoard was = baseline.board(p.id());
            ProgramBoard now = varied.board(p.id());
            programs.add(ProgramDiff.of(p, was.placementOf(before.id()), was.rankOf(before.id()),
                    now.placementOf(before.id()), now.rankOf(before.id())));
        }
        return new Result(variant, before, after, FileChanges.between(before, after), List.copyOf(programs));
    }
}
