package org.rankmeeting.expectations;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Expectation;
import org.rankmeeting.scenario.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a scenario's expectations against the meeting's outcome. */
public final class ExpectationCheck {

    public record Result(Expectation expectation, boolean met, String text) {
    }

    private ExpectationCheck() {
    }

    /**
     * Checks every expectation: those naming a variant on the meeting run again with that variant's file (each
     * variant run once), the others on {@code meeting}.
     */
    public static List<Result> check(Meeting meeting, Engine engine) {
        Map<String, Meeting> varied = new HashMap<>();
        List<Result> out = new ArrayList<>();
        for (Expectation e : meeting.world().scenario().expectations()) {
            Meeting m = meeting;
            if (e.variant() != null) {
                m = varied.computeIfAbsent(e.variant(), id -> engine.run(variantWorld(meeting.world(), id)));
            }
            Result r = e.isOrder() ? checkOrder(m, e) : checkPlacement(m, e);
            out.add(e.variant() == null ? r : new Result(e, r.met(), "[variant " + e.variant() + "] " + r.text()));
        }
        return out;
    }

    private static World variantWorld(World world, String variantId) {
        Variant v = world.scenario().variants().stream().filter(x -> variantId.equals(x.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown variant " + variantId + " (the reader checks this)"));
        return new World(v.applyTo(world.scenario()));
    }

    private static Result checkPlacement(Meeting meeting, Expectation e) {
        Placement p = meeting.placement(e.applicant(), e.program());
        if (p == null) {
            return new Result(e, false, e.applicant() + " at " + e.program() + ": no such placement");
        }
        List<String> wanted = new ArrayList<>();
        List<String> got = new ArrayList<>();
        boolean ok = true;
        if (e.stage() != null) {
            wanted.add(e.stage().label());
            got.add(p.stage().label());
            ok &= e.stage() == p.stage();
        }
        if (e.bucket() != null) {
            wanted.add(e.bucket().label());
            got.add(p.bucket() == null ? "no bucket" : p.bucket().label());
            ok &= e.bucket() == p.bucket();
        }
        if (e.tier() != null) {
            wanted.add(e.tier().label());
            got.add(p.outcomeLabel());
            ok &= e.tier() == p.tier();
        }
        String text = p.applicantName() + " at " + p.programName() + ": expected " + String.join(", ", wanted)
                + (ok ? "" : ", got " + String.join(", ", got) + " (score " + p.score() + ")");
        return new Result(e, ok, text);
    }

    private static Result checkOrder(Meeting meeting, Expectation e) {
        ProgramBoard board = meeting.board(e.program());
        if (board == null) {
            return new Result(e, false, "no program " + e.program());
        }
        Placement above = board.placementOf(e.above());
        Placement below = board.placementOf(e.below());
        int ia = board.placements().indexOf(above);
        int ib = board.placements().indexOf(below);
        boolean ok = above != null && below != null && above.level() >= below.level() && ia < ib;
        String text = (above == null ? e.above() : above.applicantName()) + " ranks above "
                + (below == null ? e.below() : below.applicantName()) + " at " + board.program().displayName()
                + (ok ? "" : ", got " + describe(above) + " vs " + describe(below));
        return new Result(e, ok, text);
    }

    private static String describe(Placement p) {
        return p == null ? "missing" : p.outcomeLabel() + " (key " + p.orderKey() + ")";
    }
}
