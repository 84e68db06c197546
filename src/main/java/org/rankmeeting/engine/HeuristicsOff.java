package org.rankmeeting.engine;

import org.rankmeeting.BadInputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Heuristics switched off, at every program or at one: "what would this meeting do without A?". A rule is off when
 * any heuristic it names in {@code @heuristic} is off, named by its id ({@code K7}) or its family letter ({@code A}
 * switches off A1-A8). A rule that is off does not fire, so it adds no evidence and no fact for other rules to read.
 *
 * <p>Written {@code [PROGRAM:]ID[,ID...]}: {@code A,K7} everywhere, {@code riverside-im:T3} at one program.
 */
public final class HeuristicsOff {

    /** Every heuristic on. */
    public static final HeuristicsOff NONE = new HeuristicsOff(Map.of());
    private static final String EVERYWHERE = "";

    /** Program id ({@code ""} for every program) to the ids and family letters switched off there. */
    private final Map<String, Set<String>> off;

    private HeuristicsOff(Map<String, Set<String>> off) {
        this.off = off;
    }

    /**
     * Reads the written form. Each id must be a family letter or an id some rule names, and each program one of
     * {@code programs}; anything else is bad input with the known names.
     */
    public static HeuristicsOff parse(List<String> specs, RuleBase rules, Collection<String> programs) {
        Set<String> ids = new TreeSet<>();
        Set<String> families = new TreeSet<>();
        for (RuleBase.RuleInfo r : rules.rules()) {
            for (String h : r.heuristics()) {
                ids.add(h);
                families.add(h.substring(0, 1));
            }
        }
        Map<String, Set<String>> off = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String spec : specs) {
            String program = EVERYWHERE;
            String list = spec.trim();
            int colon = list.indexOf(':');
            if (colon >= 0) {
                program = list.substring(0, colon).trim();
                list = list.substring(colon + 1);
                if (!programs.contains(program)) {
                    problems.add("--without " + spec + ": no program '" + program + "' in the scenario (known: "
                            + String.join(", ", programs) + ")");
                    continue;
                }
            }
            for (String raw : list.split(",")) {
                String id = raw.trim().toUpperCase(java.util.Locale.ROOT);
                if (id.isEmpty()) {
                    continue;
                }
                if (!ids.contains(id) && !(id.length() == 1 && families.contains(id))) {
                    problems.add("--without " + spec + ": '" + raw.trim() + "' is neither a heuristic id nor a family"
                            + " letter of the rules (families: " + String.join(", ", families) + "; ids such as "
                            + String.join(", ", ids.stream().limit(6).toList()) + ")");
                    continue;
                }
                off.computeIfAbsent(program, k -> new LinkedHashSet<>()).add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return off.isEmpty() ? NONE : new HeuristicsOff(Map.copyOf(off));
    }

    public boolean isEmpty() {
        return off.isEmpty();
    }

    /** Whether a rule naming {@code heuristics} is off at {@code programId} (null: a fact of no program). */
    public boolean isOff(List<String> heuristics, String programId) {
        return matches(off.get(EVERYWHERE), heuristics)
                || (programId != null && matches(off.get(programId), heuristics));
    }

    private static boolean matches(Set<String> switched, List<String> heuristics) {
        if (switched == null) {
            return false;
        }
        for (String h : heuristics) {
            if (switched.contains(h) || switched.contains(h.substring(0, 1))) {
                return true;
            }
        }
        return false;
    }

    /** "A, K7 at every program; T3 at riverside-im", for report headers. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        Set<String> everywhere = off.get(EVERYWHERE);
        if (everywhere != null) {
            parts.add(String.join(", ", everywhere) + " at every program");
        }
        off.entrySet().stream().filter(e -> !e.getKey().equals(EVERYWHERE))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(String.join(", ", e.getValue()) + " at " + e.getKey()));
        return String.join("; ", parts);
    }
}
