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
}
