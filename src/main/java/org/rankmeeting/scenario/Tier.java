package org.rankmeeting.scenario;

/** T1: the committee's tier ladder for interviewed files, lowest first. */
public enum Tier implements Coded {
    NOT_RANKED("not ranked"), MID_LOW("mid-low"), MID("mid"), UPPER_MID("upper-mid"), RANK_TO_MATCH("rank to match");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isRanked() {
        return this != NOT_RANKED;
    }
}
