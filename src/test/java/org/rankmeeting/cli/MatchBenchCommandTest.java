package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchBenchCommandTest {

    @Test
    void benchMatchRunsASmallSeededMarketAndReportsCountsTimesAndStability() {
        CommandHarness r = CommandHarness.run("bench-match", "--applicants", "3000", "--programs", "400",
                "--positions", "2700", "--min-list", "5", "--max-list", "20", "--couples", "0.04", "--seed", "7");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("market: 3,000 applicants (2,880 single, 60 couples), 400 programs, 2,700 positions, lists 5-20")
                .contains("generated in").contains("run 1: match").contains("stability check")
                .containsPattern("matched [0-9,]+ applicants; unmatched [0-9,]+; unfilled positions [0-9,]+ at [0-9,]+ programs")
                .containsPattern("couples: [0-9,]+ both partners matched")
                .containsPattern("stability: (stable|NOT stable)")
                .contains("peak heap");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void benchMatchPrintsTheSameCountsForTheSameSeed() {
        String[] args = {"bench-match", "--applicants", "1000", "--programs", "150", "--positions", "900", "--seed", "3",
                "--min-list", "3", "--max-list", "12"};
        assertThat(counts(CommandHarness.run(args).out())).isEqualTo(counts(CommandHarness.run(args).out()));
    }

    @Test
    void benchMatchOverSeveralMarketsCountsHowOftenTheMatchEndsStable() {
        CommandHarness r = CommandHarness.run("bench-match", "--applicants", "400", "--programs", "60", "--positions", "360",
                "--min-list", "3", "--max-list", "10", "--couples", "0.10", "--seed", "5", "--markets", "4");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("4 markets of 400 applicants (10% in couples), 60 programs, 360 positions, seeds 5-8")
                .containsPattern("stable in [0-4] of 4 \\([0-9.]+%\\); repair rounds mean [0-9.]+, max [0-9]+");
    }

    @Test
    void benchMatchRefusesListsLongerThanThereArePrograms() {
        CommandHarness r = CommandHarness.run("bench-match", "--programs", "5", "--min-list", "3", "--max-list", "8");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--max-list (8) cannot exceed --programs (5)").doesNotContain("Exception");
    }

    /** The output without the lines that hold timings or memory. */
    private static String counts(String out) {
        return out.lines().filter(l -> !l.startsWith("generated") && !l.startsWith("run ") && !l.startsWith("peak"))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
