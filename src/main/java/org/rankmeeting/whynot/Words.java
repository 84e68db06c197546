package org.rankmeeting.whynot;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's condition in words, mechanically: field names split into words, operators and enum constants read out
 * ({@code writerRole in (Role.CHAIR, Role.APD)} is "writer role is one of chair, apd"). The condition itself is always
 * shown beside it, so nothing is lost in the reading.
 */
final class Words {

    private static final Pattern ENUM = Pattern.compile("\\b[A-Z][A-Za-z]*\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private Words() {
    }

    private static final Pattern NOT = Pattern.compile("^not\\s+(\\w+)\\s*\\((.*)\\)$", Pattern.DOTALL);

    static String of(String condition, boolean wholeElement) {
        Matcher not = NOT.matcher(condition.trim());
        if (wholeElement && not.matches()) {
            String inner = read(not.group(2));
            return "there were no " + read(not.group(1)) + (inner.isEmpty() ? "" : " with " + inner);
        }
        return read(condition);
    }

    private static String read(String condition) {
        String s = condition.replaceAll("caseId == \\$c\\.id,?\\s*", "").replaceAll("\\$c\\.", "");
        Matcher m = ENUM.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1).toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        m.appendTail(b);
        s = b.toString();
        s = s.replace(" not in (", " is none of (").replace(" in (", " is one of (")
                .replace("==", "is").replace("!=", "is not").replace(">=", "at least").replace("<=", "at most")
                .replace("&&", "and").replace("||", "or").replace(" > ", " over ").replace(" < ", " under ");
        s = s.replaceAll("!\\s*\\(", "not (").replaceAll("!(\\w)", "not $1");
        s = CAMEL.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
        return s.replaceAll("\\$(\\w+)", "$1").replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").trim();
    }
}
