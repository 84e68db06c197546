package org.rankmeeting.national.cohort;

/**
 * How well program directors nationally know an applicant's school: the class the generator gives each
 * international and Caribbean school, which decides how often programs' memories (past residents, alumni on staff)
 * name it. A single program's view is still its own (K1 reads that program's history); this is the national mix,
 * for reports by school familiarity.
 */
public enum Familiarity {
    /** A US MD or DO school: read first, outside the IMG filters (S5). */
    US("US school"),
    /** A large feeder school many programs have had strong residents from. */
    TRUSTED("trusted school"),
    /** Programs have had residents from it, good and average. */
    KNOWN("known school"),
    /** No program's memory names it. */
    UNKNOWN("unknown school"),
    /** Programs that took its graduates mostly had weak residents. */
    BURNED("burned school");

    private final String label;

    Familiarity(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
