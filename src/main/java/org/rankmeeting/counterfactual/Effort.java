package org.rankmeeting.counterfactual;

import java.time.LocalDate;

/**
 * What an action takes in real terms, beside its effort score.
 *
 * @param weeks    how long it takes, start to finish
 * @param money    what it costs in money, in a few words, or null when it costs nothing beyond time
 * @param visaStep the visa step it involves, or null
 * @param window   the latest point in the cycle by which it must be done
 */
public record Effort(int weeks, String money, String visaStep, Window window) {

    /** When in the application cycle an action still counts. */
    public enum Window {
        /** Done before programs download applications (letters, scores, rotations on the application). */
        BEFORE_APPLICATIONS("before applications go out"),
        /** Done before the interview season (a rotation letter or coaching that the interview will show). */
        BEFORE_INTERVIEWS("before interviews"),
        /** Only after the interviews, until the rank lists are certified (a word to the PD). */
        AFTER_INTERVIEWS("after interviews, before rank lists are certified");

        private final String label;

        Window(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The last day the action can be started and still be done in time, in the given cycle. */
    public LocalDate latestStart(CycleCalendar calendar) {
        return calendar.deadline(window).minusWeeks(weeks);
    }

    /** Whether, started on {@code day}, the action is done in time. */
    public boolean possibleFrom(LocalDate day, CycleCalendar calendar) {
        return !day.isAfter(latestStart(calendar));
    }

    /** "4 weeks; money: away-rotation fees; visa step: ...; by 2025-10-15 (before interviews)". */
    public String summary(CycleCalendar calendar) {
        StringBuilder out = new StringBuilder(weeks == 1 ? "1 week" : weeks + " weeks");
        out.append(money == null ? "; no money" : "; money: " + money);
        if (visaStep != null) {
            out.append("; visa step: ").append(visaStep);
        }
        out.append("; start by ").append(latestStart(calendar)).append(" (done ").append(window.label()).append(", ")
                .append(calendar.deadline(window)).append(')');
        return out.toString();
    }
}
