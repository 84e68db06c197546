package org.rankmeeting.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text output to a width without cutting anything: lines break only at spaces, a word longer than the room
 * left stays whole on its own line, and a continuation is indented to where the line's content starts, so a reason
 * reads as one block:
 * <ul>
 *   <li>a list item ({@code - }, {@code + }, {@code ~ }, {@code 1. }) continues under the text after its marker;</li>
 *   <li>a table row (columns two or more spaces apart) continues under its last column;</li>
 *   <li>any other line continues four spaces in.</li>
 * </ul>
 */
public final class Wrap {

    /** The width used when the output is not a terminal. */
    public static final int NOT_A_TERMINAL = 100;

    private static final int MIN_ROOM = 20;
    private static final Pattern MARKER = Pattern.compile("^( *)([-+~*]|\\d+\\.) (?=\\S)");
    private static final Pattern NUMBERING = Pattern.compile("\\d+\\.");
    private static final Pattern GAP = Pattern.compile("\\S( {2,})(?=\\S)");

    private Wrap() {
    }

    /** Every line of {@code text} folded to {@code width} columns; {@code width <= 0} leaves the text as it is. */
    public static String text(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            line(out, line, width);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String line, int width) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        String indent = " ".repeat(hangingIndent(line, width));
        int room = width;
        String rest = line;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            while (cut > indent.length() && NUMBERING.matcher(rest.substring(rest.lastIndexOf(' ', cut - 1) + 1, cut)).matches()) {
                cut = rest.lastIndexOf(' ', cut - 1);   // keep "2." with what it numbers
            }
            if (cut <= indent.length()) {
                cut = rest.indexOf(' ', room);   // a word longer than the room: keep it whole
                if (cut < 0) {
                    break;
                }
            }
            out.append(rest.substring(0, cut).stripTrailing()).append('\n');
            rest = indent + rest.substring(cut).stripLeading();
        }
        out.append(rest);
    }

    /** Where continuation lines start (see the class comment); at least 20 columns are left for the text. */
    static int hangingIndent(String line, int width) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        int indent = lead + 4;
        Matcher marker = MARKER.matcher(line);
        Matcher gap = GAP.matcher(line);
        int lastColumn = -1;
        while (gap.find(lastColumn < 0 ? lead : lastColumn) && gap.end() < width) {
            lastColumn = gap.end();
        }
        if (lastColumn > 0) {
            indent = lastColumn;
        } else if (marker.find()) {
            indent = marker.end();
        }
        return indent <= width - MIN_ROOM ? indent : Math.min(lead + 4, Math.max(0, width - MIN_ROOM));
    }
}
