package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.RuleFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the rule tests honest: every rule that writes an explanation line has a test where it fires and a
 * test where it does not, every rule names catalogue heuristics, and every catalogue heuristic is encoded.
 */
class RuleCoverageTest {

    private static final Path RULE_TESTS = Path.of("src/test/java/org/rankmeeting/rules");
    private static final Path RULES = Path.of("rules");

    /**
     * Rules that only insert an intermediate fact for other rules and write no explanation line of their own.
     * Their tests read the evidence that uses the fact (named after each group).
     */
    private static final Set<String> INTERMEDIATE_ONLY = Set.of(
            // S1/S5 ScoreBar: shows in the "filtered out" and "Step 2 margin" lines (ScreeningRulesTest)
            "The IMG Step 2 bar is the program's cutoff",
            "Without a stated cutoff a file is measured against Step 2 230",
            // U1 UsceValue: shows as "ladder value N/100" in the best-rotation line (UsceRulesTest)
            "USCE ladder: shadowing only",
            "USCE ladder: observership",
            "USCE ladder: clinic",
            "USCE ladder: inpatient rotation",
            "USCE ladder: sub-internship",
            // A4 AlumniWeight: shows as "x weight N%" in the alumni lines (AlumniRulesTest)
            "Unknown school: alumni input weighs most",
            "Large IMG pool: alumni input weighs more",
            "Borderline scores: alumni input weighs more",
            "Known strong school: alumni input weighs less",
            "US graduate: alumni input weighs least",
            "Otherwise alumni input weighs in between",
            // A5 AlumniUse: shows as "x use N%" (or its absence) in the alumni lines (AlumniRulesTest)
            "Strong IMG history: alumni are called and chances taken",
            "Rare IMG taker: alumni input in full, but the door is narrow",
            "Once burned: alumni input counts half",
            "US graduates: alumni input used as given",
            // B2 PilePlace: shows as "estimated about #N of a maybe pile of M" in the pile lines (InvitationRulesTest)
            "Where the file sits in the maybe pile",
            // P4 InterviewTally: shows as "service talk: ...; training talk: ..." in the interview-day lines (JudgingRulesTest)
            "Interview-day cues sorted into service talk and training talk",
            // P1 JudgementTotals: shows as "score N/100; N warning signs; ..." in the category lines (JudgingRulesTest)
            "Add up the score, the warning signs and the gaps");

    /**
     * The heuristic catalogue the rules encode: the rank meeting (families S, B, K, L, U, V, A, I, R, T) and the
     * applicant's judging of programs (P).
     */
    private static final Set<String> CATALOGUE = catalogue(
            "S", 6, "B", 3, "K", 9, "L", 6, "U", 3, "V", 4, "A", 8, "I", 2, "R", 2, "T", 5, "P", 4);

    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");
    /** An explanation line: the meeting's Evidence, or a judging Finding. */
    private static final Pattern CREATES_EVIDENCE = Pattern.compile(
            "\\bEvidence\\.(points|gate|hold|note|order|bucket|band)\\s*\\(|\\bFinding\\.(score|neutral|flag|reading|category)\\s*\\(");
    private static final Pattern FIRED = Pattern.compile("\\bfired\\(");
    private static final Pattern NOT_FIRED = Pattern.compile("\\bnotFired\\(");

    private static Set<String> catalogue(Object... familyAndCount) {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < familyAndCount.length; i += 2) {
            for (int n = 1; n <= (Integer) familyAndCount[i + 1]; n++) {
                ids.add(familyAndCount[i] + "" + n);
            }
        }
        return ids;
    }

    /** Each rule's consequence (the text between then and end), from the DRL files. */
    private static Map<String, String> consequences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = RULE_BLOCK.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (m.find()) {
                    String body = m.group(2);
                    int then = body.indexOf("\nthen");
                    assertThat(then).as("rule '%s' in %s has a then part", m.group(1), drl).isNotNegative();
                    out.put(m.group(1), body.substring(then));
                }
            }
        }
        return out;
    }

    private static Set<String> namesIn(Pattern call) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULE_TESTS)) {
            for (Path test : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("RuleCoverageTest.java")).toList()) {
                String source = Files.readString(test, StandardCharsets.UTF_8);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    String name = lastLiteralArgument(source, m.end());
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /**
     * The call's last argument when it is a plain string literal: reads from just after the opening parenthesis
     * to the matching closing one, skipping nested calls and quoted text (the first argument is often place(...)).
     */
    static String lastLiteralArgument(String source, int from) {
        int depth = 1;
        int lastComma = -1;
        for (int i = from; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '"') {
                i = source.indexOf('"', i + 1);
                if (i < 0) {
                    return null;
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                String last = source.substring(lastComma < 0 ? from : lastComma + 1, i).strip();
                boolean literal = last.length() >= 2 && last.startsWith("\"") && last.endsWith("\"")
                        && last.indexOf('"', 1) == last.length() - 1;
                return literal ? last.substring(1, last.length() - 1) : null;
            } else if (ch == ',' && depth == 1) {
                lastComma = i;
            } else if (ch == ';') {
                return null;
            }
        }
        return null;
    }

    private static Set<String> ruleNames() {
        return RuleFixture.RULES.rules().stream().map(RuleBase.RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theAllowListIsExactlyTheRulesThatWriteNoExplanationLine() throws IOException {
        Map<String, String> consequences = consequences();
        assertThat(consequences.keySet()).as("rules found in the DRL text").containsExactlyInAnyOrderElementsOf(ruleNames());
        Set<String> silent = consequences.entrySet().stream()
                .filter(e -> !CREATES_EVIDENCE.matcher(e.getValue()).find())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(silent).containsExactlyInAnyOrderElementsOf(INTERMEDIATE_ONLY);
    }

    @Test
    void everyRuleThatWritesAnExplanationLineIsTestedFiringAndNotFiring() throws IOException {
        Set<String> fired = namesIn(FIRED);
        Set<String> notFired = namesIn(NOT_FIRED);
        List<String> explaining = ruleNames().stream().filter(r -> !INTERMEDIATE_ONLY.contains(r)).toList();
        assertThat(explaining).isNotEmpty();
        assertThat(explaining.stream().filter(r -> !fired.contains(r)).toList())
                .as("rules with no test where they fire").isEmpty();
        assertThat(explaining.stream().filter(r -> !notFired.contains(r)).toList())
                .as("rules with no test where they do not fire").isEmpty();
    }

    @Test
    void everyRuleNameInATestIsARealRule() throws IOException {
        // a misspelt name would make notFired(...) pass without testing anything
        Set<String> rules = ruleNames();
        Set<String> used = new TreeSet<>(namesIn(FIRED));
        used.addAll(namesIn(NOT_FIRED));
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(n -> !rules.contains(n)).toList()).as("names that match no rule").isEmpty();
        assertThat(used.stream().filter(INTERMEDIATE_ONLY::contains).toList())
                .as("intermediate-only rules never appear in a trail, so fired/notFired on them proves nothing").isEmpty();
    }

    private static final Pattern STOPS = Pattern.compile("\\bEvidence\\.(gate|hold)\\s*\\(");
    private static final Pattern SAYS_BY_HOW_MUCH = Pattern.compile("\\.margin\\s*\\(");

    @Test
    void everyRuleThatScreensOutOrHoldsAFileSaysByHowMuch() throws IOException {
        // "what held this file back" must never be empty for a file that was stopped
        List<String> silent = consequences().entrySet().stream()
                .filter(e -> STOPS.matcher(e.getValue()).find() && !SAYS_BY_HOW_MUCH.matcher(e.getValue()).find())
                .map(Map.Entry::getKey).toList();
        assertThat(silent).as("gate or hold rules without a margin").isEmpty();
    }

    @Test
    void everyRuleNamesAtLeastOneCatalogueHeuristic() {
        assertThat(RuleFixture.RULES.rules()).allSatisfy(r -> {
            assertThat(r.heuristics()).as("heuristics of '%s'", r.name()).isNotEmpty();
            assertThat(r.heuristics()).as("heuristics of '%s'", r.name())
                    .allSatisfy(h -> assertThat(h).matches("[SBKLUVAIRTP]\\d+").isIn(CATALOGUE));
        });
    }

    @Test
    void everyCatalogueHeuristicIsEncodedBySomeRule() {
        Set<String> named = RuleFixture.RULES.rules().stream().flatMap(r -> r.heuristics().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(CATALOGUE).hasSize(52);
        assertThat(CATALOGUE.stream().filter(id -> !named.contains(id)).toList()).as("catalogue ids no rule names").isEmpty();
    }
}
