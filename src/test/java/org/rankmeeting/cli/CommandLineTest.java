package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private static final String SCENARIO = "scenarios/01-same-scores-different-alumni.yaml";

    @Test
    void runPrintsEachProgramsTierBoardAndTheExpectations() {
        CommandHarness r = CommandHarness.run("run", SCENARIO);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Riverside Internal Medicine").contains("upper-mid").contains("mid-low")
                .contains("Expectations: 3 met, 0 failed");
        assertThat(r.err()).as(r.toString()).isEmpty();
    }

    @Test
    void runAsJsonGivesMachineReadablePlacements() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"tier\" : \"upper-mid\"").contains("\"heuristic\" : \"K1\"");
    }

    @Test
    void runAsMarkdownGivesATablePerProgram() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("## Riverside Internal Medicine").contains("| # | applicant | outcome |");
    }

    @Test
    void aFailedExpectationExitsWithOneAndSaysWhich(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("wrong.yaml");
        Files.writeString(copy, Files.readString(Path.of(SCENARIO))
                .replace("{ applicant: amara, program: riverside-im, tier: mid-low", "{ applicant: amara, program: riverside-im, tier: rank-to-match"));
        CommandHarness r = CommandHarness.run("run", copy.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED Amara (unknown school) at Riverside Internal Medicine: expected rank to match, got mid-low");
    }

    @Test
    void explainGivesPrincipalReasonsThenTheFullTrace() {
        CommandHarness r = CommandHarness.run("explain", SCENARIO, "--applicant", "bola", "--program", "riverside-im");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Principal reasons:").contains("Full trace")
                .contains("[K1] We know these people | points +6").contains("Step 2 244 vs 225");
    }

    @Test
    void explainWithAnUnknownApplicantSuggestsTheNearestId() {
        CommandHarness r = CommandHarness.run("explain", SCENARIO, "--applicant", "bolla");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no applicant 'bolla'").contains("did you mean 'bola'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validateReportsCountsWithoutRunningRules() {
        CommandHarness r = CommandHarness.run("validate", SCENARIO);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("ok  " + SCENARIO + ": 1 program(s), 2 applicant(s), 3 expectation(s)");
    }

    @Test
    void badScenarioInputExitsWithTwoAndOneMessageWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("step2: { score: 244, attempts: 1 }\n    visa: j1\n    letters:\n      - { writer: dr-hale, strength: good, style: generic }\n      - { writer: dr-brooks, strength: good, style: generic }\n      - { writer: dr-adeyemi, strength: good, style: detailed }\n    usce:\n      - { kind: observership, site: riverside-im, weeks: 4, letter: none }\n\n  - id: bola",
                "stpe2: { score: 244, attempts: 1 }\n    visa: j1\n\n  - id: bola"));
        CommandHarness r = CommandHarness.run("run", bad.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(bad.toString() + ":").contains("stpe2").contains("did you mean 'step2'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void rulesListsEveryRuleAndFullCoverageOfTheEngineFamilies() {
        CommandHarness r = CommandHarness.run("rules");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("rules/alumni.drl").contains("We know these people")
                .contains("S (screening): 6/6 covered").contains("A (alumni network): 8/8 covered")
                .contains("T (rank meeting): 5/5 covered");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"run", "explain", "validate", "rules", "bench"}) {
            CommandHarness r = CommandHarness.run(cmd, "--help");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: rank-meeting " + cmd);
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--frmat", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--frmat");
    }
}
