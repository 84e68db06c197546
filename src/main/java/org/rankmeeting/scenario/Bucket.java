package org.rankmeeting.scenario;

/** B1-B3: the first-minutes invitation sort. */
public enum Bucket implements Coded {
    KNOWN_QUANTITY("known quantity"), PROBABLY_SAFE("probably safe"), HIGH_RISK("high risk");

    private final String label;

    Bucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
