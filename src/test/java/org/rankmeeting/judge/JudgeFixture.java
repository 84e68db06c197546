package org.rankmeeting.judge;

import org.rankmeeting.engine.RuleFixture;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small world for judging-rule tests: programs written as YAML flow mappings, judged by the real rules from
 * {@code rules/} (the same rule base as {@link RuleFixture}). The cycle is 2026, so "the last five cycles" are
 * 2022-2026 and "the last nine years" of program directors are 2018-2026.
 */
public final class JudgeFixture {

    public static final Judge JUDGE = new Judge(RuleFixture.RULES);

    private static final String WORLD = """
            cycle: 2026
            schools: [{id: s, country: India, kind: international}]
            applicants: [{id: a, school: s, step2: {score: 240}}]
            """;

    private JudgeFixture() {
    }

    /** Judges a program with these signals, e.g. {@code "{website: outdated, visaPaperwork: on-time}"}. */
    public static Judgement judge(String signalsYaml) {
        return judgeAll(List.of("{id: p, name: Program P, signals: " + signalsYaml + "}")).get(0);
    }

    /** Judges whole programs, each a YAML flow mapping ({@code "{id: p, category: strategic}"}), in order. */
    public static List<Judgement> judgeAll(List<String> programYamls) {
        StringBuilder yaml = new StringBuilder(WORLD).append("programs:\n");
        for (String p : programYamls) {
            yaml.append("  - ").append(p).append('\n');
        }
        LoadedScenario s = ScenarioReader.parse("judge-test.yaml", yaml.toString(), ScenarioReader.Format.YAML);
        return JUDGE.judgeAll(new World(s.scenario()));
    }

    /** The line the named rule wrote; fails the test when the rule did not fire. */
    public static Finding fired(Judgement j, String rule) {
        List<Finding> found = j.lines().stream().filter(l -> l.getRule().equals(rule)).toList();
        assertThat(found).as("rule '%s' should fire; the judgement was:%n%s", rule, lines(j)).hasSize(1);
        return found.get(0);
    }

    /** Fails the test when the named rule fired. */
    public static void notFired(Judgement j, String rule) {
        assertThat(j.lines().stream().filter(l -> l.getRule().equals(rule)).toList())
                .as("rule '%s' should not fire; the judgement was:%n%s", rule, lines(j)).isEmpty();
    }

    public static String lines(Judgement j) {
        StringBuilder out = new StringBuilder();
        j.lines().forEach(l -> out.append("  ").append(l.line()).append('\n'));
        return out.toString();
    }
}
