package org.rankmeeting.judge;

/**
 * P2: the five weighted parts of an applicant's reading of a program. The weights add up to 100; each component
 * scores from 0 to its weight, and the judgement's score is their sum.
 */
public enum Component {
    GRADUATE_OUTCOMES(30, "graduate outcomes"),
    BOARD_PASS_RATES(25, "board pass rates"),
    FILL_HISTORY(20, "SOAP and unfilled history"),
    LEADERSHIP(15, "leadership stability"),
    VISA_HANDLING(10, "visa handling");

    private final int weight;
    private final String label;

    Component(int weight, String label) {
        this.weight = weight;
        this.label = label;
    }

    /** The most this component can score. */
    public int weight() {
        return weight;
    }

    /** The component in words, as output prints it. */
    public String label() {
        return label;
    }

    /** The kebab-case code JSON output uses ({@code graduate-outcomes}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
