package org.rankmeeting.scenario;

/** How far a file got at a program. */
public enum Stage implements Coded {
    SCREENED_OUT("screened out"), NOT_INVITED("not invited"), INTERVIEWED("interviewed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
