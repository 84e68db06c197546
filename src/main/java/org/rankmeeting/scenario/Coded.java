package org.rankmeeting.scenario;

import java.util.Locale;

/**
 * An enum whose values are written in scenario files in lower-case kebab form
 * ({@code sub-i}, {@code rank-to-match}). The scenario reader accepts any case and
 * either hyphens, underscores or spaces.
 */
public interface Coded {

    String name();

    /** The spelling used in scenario files and in every output. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String normalise(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
