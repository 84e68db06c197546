package org.rankmeeting.whynot;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.ProbeRun;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why not: for each rule that would have moved a file up at a program but did not fire, the one condition that failed
 * and, for a comparison, by how much. Found by running the file past the real rules together with their probe rules
 * ({@link ProbeRules}), so the answer is the rules' own. Only rules that miss by a single condition are reported
 * (a rule two conditions away is not a near miss). The file is read as the meeting opens (before visa seats are
 * spent or a thin list is declared).
 */
public final class WhyNot {

    private static final Logger LOG = LoggerFactory.getLogger(WhyNot.class);
    private static final Map<RuleBase, WhyNot> BUILT = new ConcurrentHashMap<>();
    private static final Pattern ERROR_AT = Pattern.compile("^(probes for .+?):(\\d+):\\d+:");
    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(>=|<=|>|<)\\s*(.+)$");

    /**
     * One rule that did not fire, and what stood in its way.
     *
     * @param subject   what the condition was tested on (a writer, a person, a site), or null for the file as a whole
     * @param condition the condition as the rule writes it
     * @param words     the same in words
     * @param value     for a comparison, the file's side of it; else null
     * @param needed    for a comparison, the other side; else null
     * @param gap       for a comparison, how far the value is from passing; else null
     */
    public record Miss(String heuristic, String rule, String subject, String condition, String words,
                       Integer value, Integer needed, Integer gap) {

        /** "[L1] A letter from a writer we trust (Dr. Foster) would apply if trust is trusted". */
        public String line() {
            return "[" + heuristic + "] " + rule + (subject == null ? "" : " (" + subject + ")") + " would apply if "
                    + words + (gap == null ? "" : " (" + value + " against " + needed + ": " + gap + " short)");
        }
    }

    private final RuleBase combined;
    private final ProbeRules probes;
    private final Map<String, String> heuristicOf = new HashMap<>();

    private WhyNot(RuleBase rules) {
        Set<Integer> broken = new HashSet<>();
        RuleBase built = null;
        ProbeRules p = null;
        for (int attempt = 0; attempt < 4 && built == null; attempt++) {
            p = ProbeRules.of(rules.sources(), broken);
            List<RuleBase.RuleSource> all = new ArrayList<>(rules.sources());
            all.addAll(p.sources());
            try {
                built = RuleBase.build(all, rules.figures(), rules.origin() + " with why-not probes");
            } catch (BadInputException e) {
                int before = broken.size();
                for (String problem : e.problems()) {
                    Matcher m = ERROR_AT.matcher(problem);
                    if (m.find()) {
                        int file = fileIndex(p, m.group(1));
                        Integer condition = file < 0 ? null : p.conditionAt(file, Integer.parseInt(m.group(2)));
                        if (condition != null) {
                            broken.add(condition);
                        }
                    }
                }
                if (broken.size() == before) {
                    throw e;
                }
                LOG.debug("left out {} probe(s) that do not compile on their own", broken.size() - before);
            }
        }
        if (built == null) {
            throw new IllegalStateException("why-not probes did not compile");
        }
        this.combined = built;
        this.probes = p;
        rules.rules().forEach(r -> heuristicOf.put(r.name(), String.join(", ", r.heuristics())));
    }

    private static int fileIndex(ProbeRules p, String displayName) {
        for (int i = 0; i < p.sources().size(); i++) {
            if (p.sources().get(i).displayName().equals(displayName)) {
                return i;
            }
        }
        return -1;
    }

    /** The why-not rules for a rule base, built once per rule base and process. */
    public static WhyNot of(RuleBase rules) {
        return BUILT.computeIfAbsent(rules, WhyNot::new);
    }

    /** How many single-condition probes are in force (for tests and the bench). */
    public int probeCount() {
        return probes.conditions().size();
    }

    /** The rules that would have lifted the file at the program but did not fire, each with the condition that failed. */
    public List<Miss> at(World world, Applicant applicant, Program program) {
        return at(world, applicant, List.of(program)).get(program.id());
    }

    /** As {@link #at(World, Applicant, Program)} for several programs, in one session; by program id, in order. */
    public Map<String, List<Miss>> at(World world, Applicant applicant, List<Program> programs) {
        List<ProbeRun.Result<Probe>> runs = ProbeRun.run(combined, world, applicant, programs, Probe.class);
        Map<String, List<Miss>> out = new LinkedHashMap<>();
        for (int i = 0; i < programs.size(); i++) {
            out.put(programs.get(i).id(), misses(runs.get(i)));
        }
        return out;
    }

    private List<Miss> misses(ProbeRun.Result<Probe> run) {
        Set<String> fired = new HashSet<>();
        for (Evidence e : run.trail()) {
            fired.add(e.getRule());
        }
        Map<String, Miss> out = new LinkedHashMap<>();
        // The session hands facts back in no stable order: sort by condition, then subject, so the same file always
        // gives the same list (byte-identical output for the same input).
        List<Probe> facts = new java.util.ArrayList<>(run.facts());
        facts.sort(java.util.Comparator.comparingInt(Probe::condition)
                .thenComparing(p -> String.valueOf(subjectName(p.subject()))));
        for (Probe probe : facts) {
            ProbeRules.Condition c = probes.conditions().get(probe.condition());
            if (fired.contains(c.rule())) {
                continue;
            }
            String subject = subjectName(probe.subject());
            Integer[] numbers = compare(c, probe);
            Miss miss = new Miss(heuristicOf.getOrDefault(c.rule(), "?"), c.rule(), subject, c.text(), Words.of(c.text(), c.wholeElement()),
                    numbers == null ? null : numbers[0], numbers == null ? null : numbers[1], numbers == null ? null : numbers[2]);
            out.putIfAbsent(c.rule() + "\u0000" + subject + "\u0000" + c.text(), miss);
        }
        // In a fixed order (the session hands facts back in no particular one): by heuristic, rule, subject, condition.
        return out.values().stream().sorted(java.util.Comparator.comparing(Miss::heuristic).thenComparing(Miss::rule)
                .thenComparing(m -> m.subject() == null ? "" : m.subject()).thenComparing(Miss::condition)).toList();
    }

    /** For a comparison of whole numbers: the subject's side, the other side, and the gap to passing. */
    private static Integer[] compare(ProbeRules.Condition c, Probe probe) {
        if (c.wholeElement() || c.text().contains("&&") || c.text().contains("||")) {
            return null;
        }
        Matcher m = COMPARISON.matcher(c.text());
        if (!m.matches()) {
            return null;
        }
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < probe.vars().length; i += 2) {
            vars.put((String) probe.vars()[i], probe.vars()[i + 1]);
        }
        Integer left = Sums.eval(m.group(1), probe.subject(), vars);
        Integer right = Sums.eval(m.group(3), probe.subject(), vars);
        if (left == null || right == null) {
            return null;
        }
        // Which side belongs to the file: the one that reads the file's own value; by convention the left.
        int gap = switch (m.group(2)) {
            case ">=" -> right - left;
            case ">" -> right - left + 1;
            case "<=" -> left - right;
            default -> left - right + 1;
        };
        return new Integer[]{left, right, Math.max(gap, 0)};
    }

    private static String subjectName(Object subject) {
        if (subject == null) {
            return null;
        }
        for (String name : List.of("writerName", "personName", "piName", "site")) {
            try {
                Method m = subject.getClass().getMethod(name);
                Object v = m.invoke(subject);
                return v == null ? null : v.toString();
            } catch (ReflectiveOperationException e) {
                // not this kind of fact
            }
        }
        return null;
    }
}
