package org.rankmeeting.whynot;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.rankmeeting.engine.RuleBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Probe rules, derived mechanically from the rules themselves: for every rule that would move a file up (its
 * consequence adds points or order places, fast-tracks the file, or lifts a hold), one copy per condition with that
 * one condition left out, whose consequence only records that it matched. Run beside the real rules, a probe that
 * matches where its rule did not fire names the one condition that stood in the way. Nothing here is written by hand
 * per rule, so the probes cannot drift from the rules: change a rule and its probes change with it.
 */
public final class ProbeRules {

    /** One condition of one rule that a probe leaves out. */
    public record Condition(String rule, String file, String text, boolean wholeElement) {
    }

    /** A rule's consequence that moves a file up: points or order places above zero, a trust or rescue signal, a fast track. */
    private static final Pattern LIFTS = Pattern.compile(
            "Evidence\\.(points|order)\\((?:drools|kcontext),\\s*\\$c,\\s*\\d+|Signal\\.(RESCUE|TRUSTED_WRITER|TRUSTED_SCHOOL|HALO|FAMILIAR)|Bucket\\.KNOWN_QUANTITY");
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$\\w+\\s*:");
    private static final Pattern VAR = Pattern.compile("\\$\\w+");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+[^;]+;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private final List<Condition> conditions = new ArrayList<>();
    private final List<RuleBase.RuleSource> sources = new ArrayList<>();
    /** For each generated source, the first line of each probe rule and its condition index. */
    private final List<List<int[]>> lines = new ArrayList<>();

    public List<Condition> conditions() {
        return conditions;
    }

    /** The generated probe files, one per rule file that has probes. */
    public List<RuleBase.RuleSource> sources() {
        return sources;
    }

    static ProbeRules of(List<RuleBase.RuleSource> rules, Set<Integer> leaveOut) {
        ProbeRules out = new ProbeRules();
        for (RuleBase.RuleSource source : rules) {
            PackageDescr pkg;
            DrlParser parser = new DrlParser();
            try {
                pkg = parser.parse(null, source.text());
            } catch (DroolsParserException e) {
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            String text = source.text();
            StringBuilder drl = new StringBuilder();
            Matcher p = PACKAGE.matcher(text);
            drl.append("package ").append(p.find() ? p.group(1) : pkg.getName()).append(";\n");
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                drl.append(imports.group().trim()).append('\n');
            }
            List<int[]> at = new ArrayList<>();
            boolean any = false;
            for (RuleDescr rule : pkg.getRules()) {
                if (!LIFTS.matcher(rule.getConsequence().toString()).find()) {
                    continue;
                }
                List<BaseDescr> lhs = rule.getLhs().getDescrs();
                if (lhs.isEmpty() || !(lhs.get(0) instanceof PatternDescr first) || !"Case".equals(first.getObjectType())
                        || !"$c".equals(first.getIdentifier())) {
                    continue;
                }
                for (int e = 0; e < lhs.size(); e++) {
                    BaseDescr element = lhs.get(e);
                    String elementText = text.substring(element.getStartCharacter(), element.getEndCharacter());
                    boolean accumulate = element instanceof PatternDescr pd && pd.getSource() instanceof AccumulateDescr;
                    if (element instanceof NotDescr || accumulate) {
                        int index = out.conditions.size();
                        out.conditions.add(new Condition(rule.getName(), source.displayName(), elementText.trim(), true));
                        if (!leaveOut.contains(index)) {
                            at.add(new int[]{lineOf(drl), index});
                            drl.append(probe(rule, text, lhs, e, null, index, elementText));
                            any = true;
                        }
                        continue;
                    }
                    if (!(element instanceof PatternDescr pattern) || pattern.getConstraint() == null) {
                        continue;
                    }
                    for (BaseDescr c : pattern.getConstraint().getDescrs()) {
                        if (!(c instanceof ExprConstraintDescr expr)) {
                            continue;
                        }
                        String constraint = expr.getText().trim();
                        if (constraint.contains("caseId ==") || BINDING.matcher(constraint).find()) {
                            continue;
                        }
                        String without = withoutConstraint(elementText, constraint, pattern.getIdentifier());
                        if (without == null) {
                            continue;
                        }
                        int index = out.conditions.size();
                        out.conditions.add(new Condition(rule.getName(), source.displayName(), constraint, false));
                        if (!leaveOut.contains(index)) {
                            at.add(new int[]{lineOf(drl), index});
                            drl.append(probe(rule, text, lhs, e, without, index, constraint));
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                out.sources.add(new RuleBase.RuleSource("probes for " + source.displayName(), drl.toString()));
                out.lines.add(at);
            }
        }
        return out;
    }

    private static int lineOf(StringBuilder drl) {
        int n = 1;
        for (int i = 0; i < drl.length(); i++) {
            if (drl.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The condition index of the probe rule that a build error at {@code line} of probe file {@code file} is in. */
    Integer conditionAt(int file, int line) {
        Integer found = null;
        for (int[] start : lines.get(file)) {
            if (start[0] <= line) {
                found = start[1];
            }
        }
        return found;
    }

    /** The element text with one constraint taken out, and the pattern bound to {@code $wn} when it has no name. */
    static String withoutConstraint(String element, String constraint, String identifier) {
        int open = element.indexOf('(');
        int at = element.indexOf(constraint, open);
        if (open < 0 || at < 0) {
            return null;
        }
        int end = at + constraint.length();
        String before = element.substring(0, at);
        String after = element.substring(end);
        Matcher trailingComma = Pattern.compile("^\\s*,\\s*").matcher(after);
        if (trailingComma.find()) {
            after = after.substring(trailingComma.end());
        } else {
            before = before.replaceFirst(",\\s*$", "");
        }
        String out = before + after;
        return identifier == null ? "$wn : " + out.trim() : out;
    }

    private static String probe(RuleDescr rule, String text, List<BaseDescr> lhs, int changed, String replacement,
                                int index, String condition) {
        StringBuilder out = new StringBuilder();
        out.append("rule \"why-not probe ").append(index).append("\"\n");
        for (AttributeDescr a : rule.getAttributes().values()) {
            String value = a.getType() == AttributeDescr.Type.STRING && !a.getValueString().startsWith("\"") ? "\"" + a.getValueString() + "\"" : a.getValueString();
            out.append("    ").append(a.getName()).append(' ').append(value).append('\n');
        }
        out.append("when\n");
        for (int e = 0; e < lhs.size(); e++) {
            BaseDescr element = lhs.get(e);
            if (e == changed) {
                if (replacement != null) {
                    out.append("    ").append(replacement).append('\n');
                }
                continue;
            }
            out.append("    ").append(text, element.getStartCharacter(), element.getEndCharacter()).append('\n');
        }
        String subject = "null";
        if (replacement != null) {
            PatternDescr pattern = (PatternDescr) lhs.get(changed);
            subject = pattern.getIdentifier() == null ? "$wn" : pattern.getIdentifier();
        }
        Set<String> vars = new LinkedHashSet<>();
        if (replacement != null) {
            Matcher m = VAR.matcher(condition);
            while (m.find()) {
                vars.add(m.group());
            }
        }
        List<String> pairs = new ArrayList<>();
        vars.forEach(v -> {
            pairs.add("\"" + v + "\"");
            pairs.add(v);
        });
        out.append("then\n    insert(new org.rankmeeting.whynot.Probe($c.getId(), ").append(index).append(", ").append(subject)
                .append(", new Object[]{").append(String.join(", ", pairs)).append("}));\nend\n\n");
        return out.toString();
    }
}
