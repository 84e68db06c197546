package org.rankmeeting.engine;

/**
 * How far a file was from the other side of a threshold that held it back: a near miss.
 * Always a short phrase for people ("Step 2 218 is 7 below the cutoff 225"); when the threshold is a
 * number, also the measure, the file's value, the threshold and the gap between them, for tools
 * (a what-if search can read "7 Step 2 points" without parsing the phrase).
 *
 * <p>The gap is never negative: it is how far the value would have to move to reach the threshold,
 * in the measure's own units ({@code |threshold - value|}). Which side of the threshold passes is
 * the rule's business and is said in the phrase.
 *
 * @param phrase    the near miss in words, never empty
 * @param measure   what was measured ("Step 2", "years since graduation", "J-1 seats left"), or null
 * @param value     the file's value, or null when the near miss is not numeric
 * @param threshold the threshold the value is compared with, or null
 * @param gap       {@code |threshold - value|}, or null
 */
public record Margin(String phrase, String measure, Integer value, Integer threshold, Integer gap) {

    public Margin {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a margin needs a phrase");
        }
    }

    /** A near miss without a number: "this program does not sponsor the J-1 this applicant needs". */
    public static Margin of(String phrase) {
        return new Margin(phrase, null, null, null, null);
    }

    /** A numeric near miss; the gap is worked out from the value and the threshold. */
    public static Margin numeric(String measure, int value, int threshold, String phrase) {
        return new Margin(phrase, measure, value, threshold, Math.abs(threshold - value));
    }

    public boolean isNumeric() {
        return value != null && threshold != null;
    }
}
