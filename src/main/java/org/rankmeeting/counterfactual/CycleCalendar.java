package org.rankmeeting.counterfactual;

import java.time.LocalDate;

/**
 * The dates of one Match cycle that decide whether an action can still count. The scenario's {@code cycle} is the
 * Match year; the application season runs in the year before it. The dates are the usual ones of the US cycle
 * (programs start reviewing applications in the last week of September, interviews run from mid-October, rank
 * lists are certified in the first week of March); a program's own dates may differ by days, not months.
 *
 * @param matchYear the year of the Match (the scenario's {@code cycle})
 */
public record CycleCalendar(int matchYear) {

    /** Programs start reading applications. */
    public LocalDate applications() {
        return LocalDate.of(matchYear - 1, 9, 24);
    }

    /** The interview season opens. */
    public LocalDate interviews() {
        return LocalDate.of(matchYear - 1, 10, 15);
    }

    /** Rank lists are certified. */
    public LocalDate rankLists() {
        return LocalDate.of(matchYear, 3, 4);
    }

    public LocalDate deadline(Effort.Window window) {
        return switch (window) {
            case BEFORE_APPLICATIONS -> applications();
            case BEFORE_INTERVIEWS -> interviews();
            case AFTER_INTERVIEWS -> rankLists();
        };
    }
}
