package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCommandTest {

    @Test
    void matchPrintsTheChainFromListsToSoap() {
        CommandHarness r = CommandHarness.run("match", "scenarios/14-rank-night-to-match-day.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Programs' rank lists").contains("The Match").contains("SOAP").contains("round 1")
                .contains("you would have matched there");
    }

    @Test
    void matchAsJsonNamesMatchedUnmatchedAndSoap() {
        CommandHarness r = CommandHarness.run("match", "scenarios/15-couple-in-the-match.yaml", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"matched\"").contains("\"couple\" : \"olena-and-diego\"").contains("\"stable\" : true");
    }

    private static final String NRMP = "scenarios/16-nrmp-classic-example.yaml";

    @Test
    void matchRunsAPlainMatchFileAndChecksItsPublishedOutcome() {
        CommandHarness r = CommandHarness.run("match", NRMP);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("City, 2 positions: garcia (choice 1), eastman (choice 1); full")
                .contains("unmatched: anderson, brown").contains("Expectations: 10 met, 0 failed")
                .doesNotContain("step by step");
    }

    @Test
    void matchTraceAsJsonIsTheSameBytesEveryRunAndListsEveryStep() {
        CommandHarness first = CommandHarness.run("match", NRMP, "--trace", "--format", "json");
        CommandHarness second = CommandHarness.run("match", NRMP, "--trace", "--format", "json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo(second.out())
                .contains("\"steps\" : [ {\n    \"step\" : 1,\n    \"event\" : \"apply\",\n    \"applicant\" : \"anderson\",\n    \"program\" : \"city\"")
                .contains("\"bumped\" : \"anderson\"");
    }

    @Test
    void matchTraceOnAScenarioShowsTheStepsAfterMatchDay() {
        CommandHarness r = CommandHarness.run("match", "scenarios/15-couple-in-the-match.yaml", "--trace");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("The Match step by step").contains("couple olena-and-diego applies to");
    }

    @Test
    void aMatchFileWhoseExpectationFailsExitsOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("m.yaml");
        java.nio.file.Files.writeString(file, """
                programs: [{id: city, positions: 1, rankList: [ann]}]
                applicants: [{id: ann, rankList: [city]}]
                expectations: [{applicant: ann, program: no-match}]
                """);
        CommandHarness r = CommandHarness.run("match", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL  ann is unmatched; got matched at city (choice 1)");
    }

    @Test
    void aBadMatchFileIsRefusedWithItsLocationAndNoStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("m.yaml");
        java.nio.file.Files.writeString(file, "programs:\n  - {id: city, positions: 1, rankList: [anne]}\napplicants:\n  - {id: ann, rankList: [city]}\n");
        CommandHarness r = CommandHarness.run("match", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("m.yaml:2:41: programs[0].rankList[0]: unknown applicant 'anne'; did you mean 'ann'?")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void runOnAMatchFileSaysToUseMatch() {
        CommandHarness r = CommandHarness.run("run", NRMP);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("this is a match file").contains("run it with 'match " + NRMP + "'");
    }
}
