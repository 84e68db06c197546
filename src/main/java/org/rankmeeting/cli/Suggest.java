package org.rankmeeting.cli;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean" for ids typed on the command line. */
final class Suggest {

    private Suggest() {
    }

    static String didYouMean(String typed, Collection<String> known) {
        String best = known.stream().min(Comparator.comparingInt(k -> distance(typed, k))).orElse(null);
        if (best != null && distance(typed, best) <= Math.max(2, typed.length() / 3)) {
            return "; did you mean '" + best + "'?";
        }
        return known.isEmpty() ? "" : "; known: " + String.join(", ", known);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
