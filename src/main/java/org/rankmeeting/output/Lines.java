package org.rankmeeting.output;

import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.NearMiss;

/** How one explanation line reads, the same in every format. */
public final class Lines {

    private Lines() {
    }

    /** "points +6", "gate", "bucket: known quantity", "band: mid", "order +3 places", "note". */
    public static String effect(Evidence e) {
        return switch (e.getEffect()) {
            case POINTS -> "points " + Evidence.signed(e.getPoints());
            case ORDER -> "order " + Evidence.signed(e.getPoints()) + " places";
            case BUCKET -> "bucket: " + e.getBucket().label();
            case BAND -> "band: " + e.getTier().label();
            case GATE -> "screened out";
            case HOLD -> "not invited";
            case NOTE -> "note";
        };
    }

    /** One line: [K1] rule name | effect | sentence (values). */
    public static String line(Evidence e) {
        return "[" + e.getHeuristic() + "] " + e.getRule() + " | " + effect(e) + " | " + e.getSentence()
                + (e.getValues().isEmpty() ? "" : " (" + e.getValues() + ")");
    }

    /** One near miss: [S1] rule name: Step 2 218 is 7 below the cutoff 225. */
    public static String nearMiss(NearMiss n) {
        return "[" + n.heuristic() + "] " + n.rule() + ": " + n.margin().phrase();
    }

    /** What the near-miss section says when nothing measurable held the file back. */
    public static final String NO_NEAR_MISS = "nothing: no gate, hold, cap or tier threshold held this file back";

    /** A short form for tables: "K1 +6". */
    public static String brief(Evidence e) {
        String h = e.getHeuristic().replace(" ", "");
        return switch (e.getEffect()) {
            case POINTS, ORDER -> h + " " + Evidence.signed(e.getPoints());
            case GATE, HOLD -> h + " " + e.getRule();
            default -> h;
        };
    }

    public static boolean stops(Evidence e) {
        return e.getEffect() == Effect.GATE || e.getEffect() == Effect.HOLD;
    }
}
