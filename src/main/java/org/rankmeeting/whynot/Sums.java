package org.rankmeeting.whynot;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates one side of a rule's comparison when it is a sum of whole numbers: literals, the fact's own fields
 * ({@code bar}, {@code interviewRatePercent}) and the rule's variables ({@code $s}, {@code $c.step2Cutoff}), joined by
 * {@code +} and {@code -}. Anything else gives null (the comparison is then reported in words only).
 */
final class Sums {

    private Sums() {
    }

    static Integer eval(String expression, Object fact, Map<String, Object> vars) {
        String[] terms = expression.trim().split("(?=[+-])");
        int sum = 0;
        for (String raw : terms) {
            String term = raw.trim();
            int sign = 1;
            if (term.startsWith("+") || term.startsWith("-")) {
                sign = term.startsWith("-") ? -1 : 1;
                term = term.substring(1).trim();
            }
            Integer v = term(term, fact, vars);
            if (v == null) {
                return null;
            }
            sum += sign * v;
        }
        return sum;
    }

    private static Integer term(String term, Object fact, Map<String, Object> vars) {
        if (term.matches("\\d+")) {
            return Integer.parseInt(term);
        }
        if (term.startsWith("$")) {
            int dot = term.indexOf('.');
            Object base = vars.get(dot < 0 ? term : term.substring(0, dot));
            return dot < 0 ? number(base) : number(field(base, term.substring(dot + 1)));
        }
        return term.matches("\\w+") ? number(field(fact, term)) : null;
    }

    private static Object field(Object on, String name) {
        if (on == null) {
            return null;
        }
        String cap = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String method : new String[]{name, "get" + cap, "is" + cap}) {
            try {
                Method m = on.getClass().getMethod(method);
                return m.invoke(on);
            } catch (ReflectiveOperationException e) {
                // try the next accessor form
            }
        }
        return null;
    }

    private static Integer number(Object o) {
        return o instanceof Integer i ? i : null;
    }
}
