package org.rankmeeting.engine;

import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small world for rule tests: one program and one applicant, written as YAML flow mappings,
 * placed by the real engine with the real rules from {@code rules/}.
 *
 * <p>The world has these schools: {@code us-md} (US MD), {@code unknown-intl} (international, no history
 * unless a test adds some; region {@code neutral-region}), {@code pak} (international, Pakistan,
 * region {@code south-asia}: battle-tested), {@code rom} (international, Romania, region {@code east-europe}:
 * exam-oriented), {@code carib} (Caribbean). Writers: {@code us-attending}, {@code us-chair}
 * (chair, US), {@code us-apd} (APD, US), {@code home-prof} (faculty, Pakistan), {@code us-pi} (PI, US).
 * The cycle is 2026.
 */
public final class RuleFixture {

    public static final RuleBase RULES = RuleBase.load(Path.of("rules"));
    private static final Engine ENGINE = new Engine(RULES);

    private static final String WORLD = """
            cycle: 2026
            regions:
              - {id: neutral-region, perception: neutral}
              - {id: south-asia, perception: battle-tested}
              - {id: east-europe, perception: exam-oriented}
              - {id: caribbean, perception: neutral}
              - {id: north-america, perception: neutral}
            schools:
              - {id: us-md, name: State MD School, country: US, region: north-america, kind: us-md}
              - {id: unknown-intl, name: Faraway Medical College, country: Nigeria, region: neutral-region, kind: international, gradeScale: {topDecilePercent: 80}}
              - {id: pak, name: Dow Medical College, country: Pakistan, region: south-asia, kind: international}
              - {id: rom, name: Carol Davila, country: Romania, region: east-europe, kind: international}
              - {id: carib, name: Island Medical University, country: Grenada, region: caribbean, kind: caribbean}
            writers:
              - {id: us-attending, name: Dr. Attending, role: attending, institution: Mercy, country: US}
              - {id: us-chair, name: Dr. Chair, role: chair, institution: General, country: US}
              - {id: us-apd, name: Dr. APD, role: apd, institution: General, country: US}
              - {id: home-prof, name: Prof. Home, role: faculty, institution: Dow, country: Pakistan}
              - {id: us-pi, name: Dr. PI, role: pi, institution: University Lab, country: US}
            """;

    private RuleFixture() {
    }

    /**
     * Places one applicant at one program. Both arguments are YAML flow mappings, e.g.
     * {@code "{id: p, screens: {imgStep2Cutoff: 225}}"} and {@code "{id: a, school: unknown-intl, step2: {score: 240}}"}.
     */
    public static Placement place(String programYaml, String applicantYaml) {
        return placeAll(programYaml, List.of(applicantYaml)).get(0);
    }

    /** Places several applicants at one program, returned in the program's list order. */
    public static List<Placement> placeAll(String programYaml, List<String> applicantYamls) {
        return placeAll(ENGINE, programYaml, applicantYamls);
    }

    /** Places one applicant at one program with other rules (a copy of the rules folder, edited). */
    public static Placement place(RuleBase rules, String programYaml, String applicantYaml) {
        return placeAll(new Engine(rules), programYaml, List.of(applicantYaml)).get(0);
    }

    private static List<Placement> placeAll(Engine engine, String programYaml, List<String> applicantYamls) {
        StringBuilder yaml = new StringBuilder(WORLD).append("programs:\n  - ").append(programYaml).append("\napplicants:\n");
        for (String a : applicantYamls) {
            yaml.append("  - ").append(a).append('\n');
        }
        LoadedScenario s = ScenarioReader.parse("rule-test.yaml", yaml.toString(), ScenarioReader.Format.YAML);
        World world = new World(s.scenario());
        return engine.runProgram(world, world.programs().get(0), world.applicants()).placements();
    }

    /** The evidence the named rule produced; fails the test when the rule did not fire. */
    public static Evidence fired(Placement p, String rule) {
        List<Evidence> found = p.trail().stream().filter(e -> e.getRule().equals(rule)).toList();
        assertThat(found).as("rule '%s' should fire; trail was:%n%s", rule, trail(p)).isNotEmpty();
        return found.get(0);
    }

    /** Fails the test when the named rule fired. */
    public static void notFired(Placement p, String rule) {
        assertThat(p.trail().stream().filter(e -> e.getRule().equals(rule)).toList())
                .as("rule '%s' should not fire; trail was:%n%s", rule, trail(p)).isEmpty();
    }

    public static String trail(Placement p) {
        StringBuilder out = new StringBuilder();
        p.trail().forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }
}
