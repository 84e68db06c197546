package org.rankmeeting.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * K9: a class rank as the school states it ({@code transcript.classRank}), read as "top N percent of the class":
 * "top 10%", "top decile" or "top tenth" (10), "top quartile" (25), "top third" (34), "top half" (50), or a
 * position "12/150" or "12 of 150" (8).
 */
public final class ClassRank {

    private static final Pattern PERCENT = Pattern.compile("top\\s+(\\d{1,3})\\s*%");
    private static final Pattern POSITION = Pattern.compile("(\\d+)\\s*(?:/|of)\\s*(\\d+)");

    /** The forms {@link #topPercent} reads, for error messages. */
    public static final String FORMS = "'top 10%', 'top decile', 'top quartile', 'top third', 'top half' or a position such as '12/150'";

    private ClassRank() {
    }

    /** The rank as "top N percent" (1-100); -1 when the text is absent or not a class rank in one of the {@link #FORMS}. */
    public static int topPercent(String rank) {
        if (rank == null || rank.isBlank()) {
            return -1;
        }
        String r = rank.strip().toLowerCase(Locale.ROOT);
        Matcher m = PERCENT.matcher(r);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= 100 ? n : -1;
        }
        m = POSITION.matcher(r);
        if (m.matches()) {
            long pos = Long.parseLong(m.group(1));
            long size = Long.parseLong(m.group(2));
            return pos >= 1 && size >= pos ? (int) Math.max(1, (pos * 100 + size - 1) / size) : -1;
        }
        return switch (r) {
            case "top decile", "top tenth" -> 10;
            case "top quartile", "top quarter" -> 25;
            case "top third" -> 34;
            case "top half" -> 50;
            default -> -1;
        };
    }
}
