package org.rankmeeting.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge command on the bundled scenario whose programs carry public signals. */
class JudgeCommandTest {

    private static final String SCENARIO = "scenarios/08-desperate-vs-strategic.yaml";

    @Test
    void judgeShowsAStrategicAndADesperateProgramWithTheirReasons() {
        CommandHarness r = CommandHarness.run("judge", SCENARIO);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.out())
                .startsWith("== A desperate program and a strategic one (" + SCENARIO + ")")
                .containsPattern("1  Crestview Internal Medicine +strategically IMG-friendly +100 +0 +training program")
                .containsPattern("2  County General Internal Medicine +desperate for bodies +5 +6 +service program")
                .contains("Crestview Internal Medicine [crestview-im]\n  strategically IMG-friendly, score 100/100; no warning signs;"
                        + " interview day: training program")
                .contains("County General Internal Medicine [county-general-im]\n  desperate for bodies, score 5/100; 7 warning signs (6 red flags and a service-program interview day);"
                        + " interview day: service program")
                .contains("[P2, P3] Board pass rate under 85% over several years | board pass rates 0/25, red flag |")
                .contains("board pass rate 81% average over 2023-2025, under the 85% line: 2023 83%, 2024 79%, 2025 81%")
                .contains("[P2, P3] Unfilled or SOAP three or more years running")
                .contains("[P3] An outdated residency website | red flag |")
                .contains("[P4] The interview day sounded like a service program | interview day: service program |")
                .contains("[P1] A weak record or many warning signs: desperate for bodies | category: desperate for bodies |")
                .contains("7 warning signs (3 or more)")  // the P1 line counts what the headline counts
                .contains("[P1] A strong record and no warning signs: strategically IMG-friendly")
                .contains("the scenario's profile declares it strategic (agrees)");
    }

    @Test
    void judgeOneProgram() {
        CommandHarness r = CommandHarness.run("judge", SCENARIO, "--program", "crestview-im");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Crestview Internal Medicine [crestview-im]").doesNotContain("County General")
                .doesNotContain("Best first");
    }

    @Test
    void judgeAsJsonGivesCategoriesScoresComponentsAndTheExplanation() throws IOException {
        CommandHarness r = CommandHarness.run("judge", SCENARIO, "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.isArray()).isTrue();
        JsonNode programs = root.get(0).get("programs");
        assertThat(root.get(0).get("scenario").asText()).isEqualTo(SCENARIO);
        assertThat(programs.get(0).get("program").asText()).isEqualTo("county-general-im");
        assertThat(programs.get(0).get("category").asText()).isEqualTo("desperate");
        assertThat(programs.get(0).get("score").asInt()).isEqualTo(5);
        assertThat(programs.get(0).get("redFlags")).hasSize(6);
        assertThat(programs.get(0).get("interviewDay").asText()).isEqualTo("service-program");
        JsonNode crestview = programs.get(1);
        assertThat(crestview.get("category").asText()).isEqualTo("strategic");
        assertThat(crestview.get("categoryLabel").asText()).isEqualTo("strategically IMG-friendly");
        assertThat(crestview.get("components").get(0).get("component").asText()).isEqualTo("graduate-outcomes");
        assertThat(crestview.get("components").get(0).get("weight").asInt()).isEqualTo(30);
        assertThat(crestview.get("explanation").get(0).get("heuristic").asText()).isEqualTo("P2");
        assertThat(crestview.get("declaredCategory").asText()).isEqualTo("strategic");
    }

    @Test
    void judgeAsMarkdownGivesASummaryTableAndASectionPerProgram() {
        CommandHarness r = CommandHarness.run("judge", SCENARIO, "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("# A desperate program and a strategic one")
                .contains("| 1 | Crestview Internal Medicine | strategically IMG-friendly | 100 | 0 | training program |")
                .contains("## County General Internal Medicine")
                .contains("| board pass rates | 0 | 25 |")
                .contains("**Red flags**: none");
    }

    @Test
    void programsWithoutSignalsAreJudgedNeutralNextToThoseWithThem() {
        CommandHarness r = CommandHarness.run("judge", SCENARIO, "scenarios/01-same-scores-different-alumni.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Riverside Internal Medicine [riverside-im]\n  dependent but stable, score 49/100;")
                .contains("graduate outcomes 15/30 (no data)")
                .contains("[P2] Board pass rates not recorded | board pass rates 12/25, neutral |");
    }

    @Test
    void anUnknownProgramSuggestsTheNearestIdAndExitsTwo() {
        CommandHarness r = CommandHarness.run("judge", SCENARIO, "--program", "crestview");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--program: no program 'crestview' in " + SCENARIO + "; did you mean 'crestview-im'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMisspeltSignalIsBadInputWithFileLineAndSuggestion(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("      website: outdated", "      websit: outdated"));
        CommandHarness r = CommandHarness.run("judge", bad.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":").contains("programs[0].signals: unknown field 'websit'; did you mean 'website'?")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void judgeHasHelpAndTheRulesCommandCountsTheJudgingHeuristics() {
        CommandHarness help = CommandHarness.run("judge", "--help");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage: rank-meeting judge").contains("--program=ID").contains("--format=FORMAT");

        CommandHarness rules = CommandHarness.run("rules");
        assertThat(rules.exitCode()).as(rules.toString()).isZero();
        assertThat(rules.out()).contains("rules/judging.drl").contains("Board pass rate under 85% over several years")
                .contains("P (judging a program, the applicant's side): 4/4 covered")
                .doesNotContain("no rule for");
    }
}
