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
    void runWithoutAFamilySaysSoAndPlacesWithoutIt() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--without", "A");
        assertThat(r.out()).as(r.toString()).contains("Switched off: A at every program")
                .containsPattern("Bola \\(school we know\\) +mid ")
                .contains("FAILED Bola (school we know) at Riverside Internal Medicine: expected upper-mid, got mid");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void runWithoutAnUnknownHeuristicIsBadInput() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--without", "Z");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'Z' is neither a heuristic id nor a family letter");
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
        assertThat(r.out()).contains("## Riverside Internal Medicine").contains("| # | id | applicant | outcome |").contains("| 1 | `bola` | Bola (school we know) | upper-mid |");
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
    void explainSaysWhatHeldAScreenedOutFileBackAndByHowMuch() {
        CommandHarness r = CommandHarness.run("explain", "scenarios/02-a-block-of-img-files.yaml", "--applicant", "lina");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("What held this file back (near misses):\n"
                + "  - [S1] An IMG below the Step 2 cutoff is filtered out: Step 2 219 is 6 below the cutoff 225\n");
        // the section sits between the principal reasons and the trace
        assertThat(r.out().indexOf("Principal reasons:")).isLessThan(r.out().indexOf("What held this file back"));
        assertThat(r.out().indexOf("What held this file back")).isLessThan(r.out().indexOf("Full trace"));
    }

    @Test
    void explainListsEveryNearMissOfAnInterviewedFileEndingWithTheLadder() {
        CommandHarness r = CommandHarness.run("explain", "scenarios/03-visa-budget-runs-out.yaml", "--applicant", "karim",
                "--program", "harbor-view-im");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("What held this file back (near misses):\n"
                + "  - [K1] A school we have seen but have no strong view of: 0 good of 1 resident(s) from the school;"
                + " trust needs 2 good ones (more than the average ones plus twice the weak ones)\n"
                + "  - [V1] The visa budget for this type is spent: J-1 budget 3 of 3 used; this file needed one more seat\n"
                + "  - [T1] The tier ladder: score 22 is 8 short of upper-mid (30)\n");
    }

    @Test
    void explainSaysNothingHeldBackAFileAtTheTopOfTheLadder() {
        CommandHarness r = CommandHarness.run("explain", "scenarios/10-usce-tourism-vs-sub-i.yaml", "--applicant", "bao",
                "--program", "fairview-im");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("rank to match").contains("What held this file back (near misses):\n  - nothing:");
    }

    @Test
    void explainAsMarkdownHasANearMissSectionPerProgram() {
        CommandHarness r = CommandHarness.run("explain", "scenarios/05-burned-school.yaml", "--applicant", "ethan", "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().split("\\*\\*What held this file back \\(near misses\\)\\*\\*", -1)).hasSize(3);
        assertThat(r.out()).contains("| K4 | Burned school: quietly not interviewed | 1 good against 2 weak resident(s) from the school")
                .contains("| T1 | The tier ladder | score ");
    }

    @Test
    void explainAsMarkdownPutsReasonsNearMissesAndTheTraceInTables() {
        CommandHarness r = CommandHarness.run("explain", SCENARIO, "--applicant", "amara", "--format", "markdown");
        assertThat(r.out()).contains("**Principal reasons**\n\n"
                        + "| # | heuristic | rule | effect | what the committee says | the values |\n|---|---|---|---|---|---|\n"
                        + "| 1 | S1 | Step 2 margin over the bar counts a little | points +4 |")
                .contains("| heuristic | rule | by how much |\n|---|---|---|\n| T1 | The tier ladder | score 17 is 3 short of mid (20) |\n")
                .contains("**Full trace**, in the order the rules fired\n\n| heuristic | rule | effect |");
    }

    @Test
    void counterfactualAsMarkdownNestsTheRuleChangesUnderTheProgramAndTabulatesTheActions() {
        CommandHarness r = CommandHarness.run("counterfactual", "scenarios/12-unknown-school-best-next-step.yaml",
                "--applicant", "yusuf", "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("- Lakeview Internal Medicine: mid (probably safe), #1 -> upper-mid (probably safe), #1 (up 1 level)\n"
                        + "  - now fires: [U2] Seen on our wards (points +8)\n")
                .doesNotContain("-   now fires")
                .contains("| effort score | action | what it is | what it takes |\n|---|---|---|---|\n| 5 | `sub-i@");
    }

    @Test
    void matchAsMarkdownNestsRankListsAndTabulatesTheMatchAndEachApplicant() {
        CommandHarness r = CommandHarness.run("match", "scenarios/14-rank-night-to-match-day.yaml", "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("- **Northgate Internal Medicine**, 1 position\n"
                        + "  1. Olena (region avoided, respected faculty vouches) (upper-mid)\n"
                        + "  2. Bilal (borderline score, a resident's praise) (mid)\n")
                .contains("| program | matched (their choice) | unfilled |\n|---|---|---|\n"
                        + "| Northgate Internal Medicine | Olena (region avoided, respected faculty vouches) (1) | 0 |\n")
                .contains("| applicant | Match day, and what one tier more would have done |\n");
    }

    @Test
    void explainAsJsonGivesEachNearMissWithItsNumbers() {
        CommandHarness r = CommandHarness.run("explain", "scenarios/02-a-block-of-img-files.yaml", "--applicant", "lina", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"nearMisses\" : [ {\n"
                + "    \"heuristic\" : \"S1\",\n"
                + "    \"rule\" : \"An IMG below the Step 2 cutoff is filtered out\",\n"
                + "    \"phrase\" : \"Step 2 219 is 6 below the cutoff 225\",\n"
                + "    \"measure\" : \"Step 2\",\n"
                + "    \"value\" : 219,\n"
                + "    \"threshold\" : 225,\n"
                + "    \"gap\" : 6\n"
                + "  } ]");
    }

    @Test
    void explainWithAnUnknownApplicantSuggestsTheNearestId() {
        CommandHarness r = CommandHarness.run("explain", SCENARIO, "--applicant", "bolla");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no applicant 'bolla'").contains("did you mean 'bola'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void explainAcceptsTheNameTheBoardPrintsAsWellAsTheId() {
        CommandHarness byId = CommandHarness.run("explain", SCENARIO, "--applicant", "amara", "--program", "riverside-im");
        CommandHarness byName = CommandHarness.run("explain", SCENARIO, "--applicant", "Amara (unknown school)",
                "--program", "Riverside Internal Medicine");
        CommandHarness byFirstName = CommandHarness.run("explain", SCENARIO, "--applicant", "AMARA", "--program", "riverside-im");
        assertThat(byName.exitCode()).as(byName.toString()).isZero();
        assertThat(byName.out()).isEqualTo(byId.out());
        assertThat(byFirstName.out()).isEqualTo(byId.out());
        assertThat(CommandHarness.run("explain", SCENARIO, "--applicant", "Bola").out())
                .startsWith("Bola (school we know) [bola] at Riverside Internal Medicine");
    }

    @Test
    void theBoardShowsTheIdThatExplainTakes() {
        CommandHarness r = CommandHarness.run("run", SCENARIO);
        assertThat(r.out()).contains("  #  id     applicant               outcome    bucket          score  principal reasons\n"
                + "  1  bola   Bola (school we know)   upper-mid  known quantity  39     K1 +6; A2 +5; K2 +4; S1 +4\n");
    }

    @Test
    void atADesperateProgramTheBandIsShownAsWhatDecidedTheTier() {
        String desperate = "scenarios/08-desperate-vs-strategic.yaml";
        CommandHarness board = CommandHarness.run("run", desperate);
        assertThat(board.out()).contains("  1  dina   Dina (the star)                         mid (T4 band)");
        CommandHarness r = CommandHarness.run("explain", desperate, "--applicant", "dina", "--program", "county-general-im");
        assertThat(r.out()).startsWith("Dina (the star) [dina] at County General Internal Medicine: mid, set by the T4 band"
                + " (bucket: probably safe), #1 on the rank list, score 43 (rank to match on points alone), order key 43\n");
        assertThat(r.out()).contains("What held this file back (near misses):\n"
                + "  - [T4] A desperate program barely differentiates: the band sets mid whatever the score; on points alone 43"
                + " would be rank to match\n");
    }

    @Test
    void longLinesAreFoldedAtSpacesToTheWidthAndNothingIsCut() {
        CommandHarness wide = CommandHarness.run("explain", SCENARIO, "--applicant", "amara");
        CommandHarness folded = CommandHarness.run("explain", SCENARIO, "--applicant", "amara", "--width", "100");
        assertThat(folded.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(wide.out().lines()).anySatisfy(l -> assertThat(l.length()).isGreaterThan(100));
        // the same words in the same order: folding only moves line breaks
        assertThat(folded.out().split("\\s+")).containsExactly(wide.out().split("\\s+"));
        // a numbered reason continues under its text, not under its number
        assertThat(folded.out()).contains("  1. [S1] Step 2 margin over the bar counts a little | points +4 | Step 2 clears our bar\n"
                + "     comfortably;");
    }

    @Test
    void aTableRowContinuesUnderItsLastColumn() {
        CommandHarness r = CommandHarness.run("run", "scenarios/08-desperate-vs-strategic.yaml", "--width", "110");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(110));
        String row = r.out().lines().filter(l -> l.startsWith("  1  dina")).findFirst().orElseThrow();
        String next = r.out().lines().dropWhile(l -> !l.equals(row)).skip(1).findFirst().orElseThrow();
        int reasonsColumn = r.out().lines().filter(l -> l.contains("principal reasons")).findFirst().orElseThrow()
                .indexOf("principal reasons");
        assertThat(next).startsWith(" ".repeat(reasonsColumn)).doesNotStartWith(" ".repeat(reasonsColumn + 1));
    }

    @Test
    void runOnAFolderRunsEveryScenarioInIt(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(SCENARIO), dir.resolve("b.yaml"));
        Files.copy(Path.of("scenarios/05-burned-school.yaml"), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        CommandHarness r = CommandHarness.run("run", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().indexOf(dir.resolve("a.yaml").toString())).isPositive()
                .isLessThan(r.out().indexOf(dir.resolve("b.yaml").toString()));
    }

    @Test
    void aFolderWithNoScenariosSaysSo(@TempDir Path dir) {
        CommandHarness r = CommandHarness.run("run", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(dir + ": is a folder with no scenario files (.yaml, .yml, .json) in it");
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
    void rulesPrintsWhatEachRuleDoesBesideItsHeuristicIds() {
        CommandHarness r = CommandHarness.run("rules");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("  A4      Unknown school: alumni input weighs most\n"
                + "          For an unknown school alumni input carries 90% of its weight.\n");
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
    void noCommandPrintsTheHelpAndExitsTwo() {
        CommandHarness r = CommandHarness.run();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("Usage: rank-meeting").contains("Commands:").contains("run");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMistypedCommandIsAnUnknownCommandWithADidYouMean() {
        CommandHarness r = CommandHarness.run("rnu", SCENARIO);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith("unknown command 'rnu'; did you mean 'run'?").doesNotContain("Usage:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aCommandThatDoesNotExistListsTheCommands() {
        CommandHarness r = CommandHarness.run("studio");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith("unknown command 'studio'; expected one of 'run', 'explain', 'whatif'");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--frmat", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--frmat");
    }

    @Test
    void aMistypedWordOfAnOptionGetsADidYouMean() {
        CommandHarness r = CommandHarness.run("run", SCENARIO, "--format", "jsno");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith("Invalid value for option '--format'").contains("but was 'jsno'; did you mean 'json'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMistypedWayOfReprocessingGetsADidYouMean() {
        CommandHarness r = CommandHarness.run("bench-match", "--reprocessing", "chians");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith("--reprocessing: no way 'chians'; did you mean 'chains'?");
        assertThat(r.out()).isEmpty();
    }
}
