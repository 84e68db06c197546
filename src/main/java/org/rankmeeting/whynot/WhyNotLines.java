package org.rankmeeting.whynot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a why-not reads, in text and JSON, wherever it is printed (explain --why-not, counterfactual). */
public final class WhyNotLines {

    public static final String HEADING = "Why not (rules that would have lifted the file, and the one condition that failed)";
    public static final String NONE = "no rule that would lift the file misses by a single condition";

    private WhyNotLines() {
    }

    public static void text(StringBuilder out, List<WhyNot.Miss> misses, String item) {
        if (misses.isEmpty()) {
            out.append(item).append(NONE).append('\n');
        }
        for (WhyNot.Miss m : misses) {
            out.append(item).append(m.line()).append(" [").append(m.condition()).append("]\n");
        }
    }

    public static Map<String, Object> json(WhyNot.Miss m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("heuristic", m.heuristic());
        x.put("rule", m.rule());
        x.put("subject", m.subject());
        x.put("condition", m.condition());
        x.put("words", m.words());
        x.put("value", m.value());
        x.put("needed", m.needed());
        x.put("gap", m.gap());
        x.put("line", m.line());
        return x;
    }
}
