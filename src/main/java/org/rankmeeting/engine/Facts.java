package org.rankmeeting.engine;

/** Intermediate judgements that rules insert for other rules; they never reach the user directly. */
public final class Facts {

    private Facts() {
    }

    /** S1/S5: the Step 2 score this file is measured against at this program, and why. */
    public record ScoreBar(int caseId, int bar, String basis) {
    }

    /** U1: the perceived value (0-100) of one US clinical rotation on the ladder. */
    public record UsceValue(int caseId, int value, Views.RotationView rotation, String rung) {
    }

    /** A4: how much alumni input weighs for this file (percent), and why. */
    public record AlumniWeight(int caseId, int percent, String basis) {
    }

    /** A5: how the program's IMG history lets alumni input count (percent of positive input). */
    public record AlumniUse(int caseId, int percent, String basis) {
    }

    /**
     * B2: where a probably-safe file sits in the program's maybe pile ({@link MaybePile}): its estimated place, the
     * pile's size, how far down the slots reach, the standing (1-99) the place comes from, what the reviewer saw,
     * and how the pile was sized.
     */
    public record PilePlace(int caseId, int place, int pile, int reach, int standing, String seen, String pool) {

        public boolean isReached() {
            return place <= reach;
        }

        /** "estimated about #381 of a maybe pile of 1,900; the slots reach about #250". */
        public String getWhere() {
            return "estimated about #" + MaybePile.grouped(place) + " of a maybe pile of " + MaybePile.grouped(pile)
                    + "; the slots reach " + (reach == 0 ? "none of it" : "about #" + MaybePile.grouped(reach));
        }
    }
}
