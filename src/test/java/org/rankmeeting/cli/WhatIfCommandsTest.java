package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The whatif and counterfactual commands, end to end through the command line. */
class WhatIfCommandsTest {

    private static final String ALUM = "scenarios/11-whatif-an-alum-flips-the-order.yaml";
    private static final String REGION = "scenarios/13-avoided-region-nothing-helps.yaml";

    @Test
    void whatifRunsTheScenarioVariantsAndShowsTheMoves() {
        CommandHarness r = CommandHarness.run("whatif", ALUM);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("[farah-alum-vouches]").contains("[farah-alum-doubts]")
                .contains("+ contacts dr-mensah:built:top:mentioned").contains("+ [A2]").contains("Summary: up at 1");
    }

    @Test
    void whatifBuildsAVariantFromTheCommandLine() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--applicant", "chidi", "--set", "step2=258",
                "--add", "usce=sub-i@lakeshore-im:4w:strong", "--name", "Chidi, stronger");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Chidi, stronger").contains("step2.score 247 -> 258")
                .contains("+ usce sub-i@lakeshore-im:4w:strong").contains("+ [U2]");
    }

    @Test
    void whatifAsJsonGivesBeforeAfterAndReasonChanges() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--variant", "farah-alum-doubts", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"variant\" : \"farah-alum-doubts\"").contains("\"levelChange\" : -2")
                .contains("\"change\" : \"appeared\"");
    }

    @Test
    void whatifAsMarkdownGivesATable() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--variant", "farah-alum-vouches", "-f", "markdown");
        assertThat(r.out()).contains("| program | before | after | move | score |");
    }

    @Test
    void aVariantNamingAnUnknownFieldExitsTwoWithADidYouMean() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--applicant", "farah", "--set", "step2.scroe=250");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("command line: set.step2.scroe: unknown field 'step2.scroe'; did you mean 'step2.score'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aVariantForAnUnknownApplicantExitsTwo() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--applicant", "farrah", "--set", "step2=250");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--applicant: no applicant 'farrah'").contains("did you mean 'farah'?");
    }

    @Test
    void anUnknownVariantIdExitsTwo() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--variant", "farah-alum-vouch");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("did you mean 'farah-alum-vouches'?");
    }

    @Test
    void anEditWithoutEqualsSignSaysWhatItExpects() {
        CommandHarness r = CommandHarness.run("whatif", ALUM, "--applicant", "farah", "--add", "usce");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--add: expected LIST=ITEM");
    }

    @Test
    void counterfactualSaysHonestlyWhenNothingHelps() {
        CommandHarness r = CommandHarness.run("counterfactual", REGION, "--applicant", "timur", "--program", "eastbrook-im");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("No realistic change helps").contains("[K7] Region avoided this cycle")
                .contains("Best next step over all programs").contains("Actions considered");
    }

    @Test
    void counterfactualAsJsonListsAnswersWithCostsAndRules() {
        CommandHarness r = CommandHarness.run("counterfactual", "scenarios/12-unknown-school-best-next-step.yaml",
                "--applicant", "yusuf", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"bestNextStep\"").contains("\"sub-i@st-vincent-toledo\"").contains("\"rulesNowFiring\"");
    }

    @Test
    void anUnknownTargetTierExitsTwo() {
        CommandHarness r = CommandHarness.run("counterfactual", REGION, "--applicant", "timur", "--target", "upper-middle");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--target: no tier 'upper-middle'").contains("did you mean 'upper-mid'?");
    }

    @Test
    void bothCommandsAreListedInTheHelp() {
        CommandHarness r = CommandHarness.run("--help");
        assertThat(r.out()).contains("whatif").contains("counterfactual");
    }

    @Test
    void whatifHelpPrintsEachExampleWholeOnOneLineSoItCanBePasted() {
        CommandHarness r = CommandHarness.run("whatif", "--help");
        assertThat(r.out()).contains("\n  --add letters=dr-okafor:strong:comparative\n")
                .contains("\n  --add 'research={kind: project, months: 6}'\n")
                .contains("\n  --add usce=sub-i@riverside-im:4w:strong\n");
    }

    @Test
    void aSecondLetterFromTheSameWriterRewritesTheirLetterAndSaysSo() {
        CommandHarness r = CommandHarness.run("whatif", "scenarios/01-same-scores-different-alumni.yaml", "--applicant", "amara",
                "--add", "letters={writer: dr-hale, strength: strong}");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Changes to the file:\n  ~ letters dr-hale:good:generic -> dr-hale:strong\n")
                .contains("  - [L4] A short generic letter hurts | points -2 |")
                .contains("(Dr. Hale: generic)")
                .contains("score 17 -> 20");
    }
}
