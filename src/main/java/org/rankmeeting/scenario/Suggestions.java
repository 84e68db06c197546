package org.rankmeeting.scenario;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt field names, enum values, ids and commands: the one implementation. */
public final class Suggestions {

    /** How many entries {@link #list} shows before it says "and N more". */
    private static final int LIST_LIMIT = 12;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given}, if it is close enough to be a likely misspelling.
     * Comparison ignores case, hyphens, underscores and spaces; a swap of two neighbouring letters counts as one edit.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        if (given == null) {
            return Optional.empty();
        }
        String g = simplify(given);
        int threshold = Math.max(1, Math.min(3, g.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(given)) {
                continue;
            }
            int d = distance(g, simplify(candidate));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= threshold ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** {@code "; did you mean 'x'?"}, or when nothing is close {@code "; expected one of 'a', 'b'"} (nothing when there are none). */
    public static String didYouMeanOrList(String given, Collection<String> candidates) {
        String suggestion = didYouMean(given, candidates);
        if (!suggestion.isEmpty() || candidates.isEmpty()) {
            return suggestion;
        }
        return "; expected one of " + list(candidates, Integer.MAX_VALUE);
    }

    /** {@code 'a', 'b', 'c'} - at most {@value #LIST_LIMIT} entries, then "and N more". */
    public static String list(Collection<String> values) {
        return list(values, LIST_LIMIT);
    }

    /** {@code 'a', 'b', 'c'} - at most {@code limit} entries, then "and N more". */
    public static String list(Collection<String> values, int limit) {
        StringBuilder out = new StringBuilder();
        Iterator<String> it = values.iterator();
        int shown = 0;
        while (it.hasNext() && shown < limit) {
            if (shown > 0) {
                out.append(", ");
            }
            out.append('\'').append(it.next()).append('\'');
            shown++;
        }
        if (values.size() > shown) {
            out.append(" and ").append(values.size() - shown).append(" more");
        }
        return out.toString();
    }

    private static String simplify(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
