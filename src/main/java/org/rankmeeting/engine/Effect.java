package org.rankmeeting.engine;

/** What one piece of evidence does to the placement. */
public enum Effect {
    /** Filtered out before anyone with power reads the file. */
    GATE("gate"),
    /** Not invited to interview. */
    HOLD("hold"),
    /** Puts the file in an invitation bucket (B1-B3). */
    BUCKET("bucket"),
    /** Adds to or takes from the committee score that sets the tier (10 points = one tier). */
    POINTS("points"),
    /** Forces every interviewed file into one band (T4). */
    BAND("band"),
    /** Moves the file within its tier on the rank list. */
    ORDER("order"),
    /** Explains something without changing the outcome. */
    NOTE("note");

    private final String label;

    Effect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
