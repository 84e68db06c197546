package org.rankmeeting.judge;

/** P4: how the interview day read, from what was said on it. */
public enum InterviewReading {
    /** Teaching time, named graduates and expectations came up more than coverage and workload. */
    TRAINING_PROGRAM("training program"),
    /** Coverage, hours and workload came up more than teaching and outcomes. */
    SERVICE_PROGRAM("service program"),
    /** As much of one as of the other. */
    MIXED("mixed"),
    /** Nothing was recorded from the interview day. */
    NO_NOTES("no notes");

    private final String label;

    InterviewReading(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
