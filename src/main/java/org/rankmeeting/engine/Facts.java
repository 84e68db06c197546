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
}
