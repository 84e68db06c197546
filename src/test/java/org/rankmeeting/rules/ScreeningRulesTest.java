package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.Signal;
import org.rankmeeting.scenario.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * S: the coordinator's screens (S1 score bar, S2 graduation recency, S3 visa, S4 attempts,
 * S5 US graduates first, S6 the bare minimum of a desperate program).
 */
class ScreeningRulesTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}, interviews: {slots: 50, applications: 400}}";
    private static final String TROUBLED = "{id: p, screens: {imgStep2Cutoff: 225, boardTrouble: true}}";
    private static final String RECENT_ONLY = "{id: p, screens: {imgStep2Cutoff: 225, maxYearsSinceGraduation: 5}}";
    private static final String FIRST_ATTEMPT_ONLY = "{id: p, screens: {imgStep2Cutoff: 225, firstAttemptOnly: true}}";
    private static final String DESPERATE =
            "{id: p, category: desperate, screens: {imgStep2Cutoff: 225, firstAttemptOnly: true, maxYearsSinceGraduation: 5}}";

    // ---- S1: the score bar

    @Test
    void anImgBelowTheCutoffIsFilteredOutWithTheShortfallNamed() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 218}}");
        Evidence e = fired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(e.getHeuristic()).isEqualTo("S1");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).contains("Step 2 218 < 225").contains("7 short");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("Step 2", 218, 225, "Step 2 218 is 7 below the cutoff 225"));
        assertThat(e.getMargins().get(0).gap()).isEqualTo(7);
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
        // a screened-out file is held back by its gates only: no ladder line, no points lines
        assertThat(p.nearMisses()).containsExactly(new NearMiss("S1", "An IMG below the Step 2 cutoff is filtered out", e.getMargins().get(0)));
    }

    @Test
    void anImgAtTheCutoffIsNotFilteredOut() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 225}}");
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(p.stage()).isNotEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void theBarAnImgMeetsIsTheProgramsOwnCutoff() {
        // "The IMG Step 2 bar is the program's cutoff" only inserts the bar; the filter line names it.
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 218}}");
        assertThat(fired(p, "An IMG below the Step 2 cutoff is filtered out").getValues())
                .contains("(the program's IMG cutoff 225)");
    }

    @Test
    void aDesperateProgramDoesNotApplyItsImgCutoff() {
        Placement p = place(DESPERATE, "{id: a, school: unknown-intl, step2: {score: 218}}");
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void withoutAStatedCutoffAnImgIsReadAgainst230AndNeverFilteredOnScore() {
        Placement p = place("{id: p}", "{id: a, school: unknown-intl, step2: {score: 226}}");
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        Evidence e = fired(p, "Step 2 margin over the bar counts a little");
        assertThat(e.getPoints()).isEqualTo(-1);
        assertThat(e.getValues()).isEqualTo("Step 2 226 vs 230: margin -4");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("Step 2", 226, 230, "Step 2 226 is 4 below the bar 230 it is read against"));
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aUsGraduateIsReadAgainst230EvenWhereTheProgramHasAnImgCutoff() {
        Placement p = place(PROGRAM, "{id: a, school: us-md, step2: {score: 240}}");
        Evidence e = fired(p, "Step 2 margin over the bar counts a little");
        assertThat(e.getValues()).isEqualTo("Step 2 240 vs 230: margin +10");
        assertThat(e.getPoints()).isEqualTo(2);
    }

    @Test
    void boardPassTroubleRaisesTheImgCutoffByFive() {
        Placement p = place(TROUBLED, "{id: a, school: unknown-intl, step2: {score: 228}}");
        Evidence raise = fired(p, "Board-pass trouble tightens the Step 2 cutoff");
        assertThat(raise.getHeuristic()).isEqualTo("S1");
        assertThat(raise.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(raise.getValues()).isEqualTo("cutoff 225 + 5 = 230");
        Evidence gate = fired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(gate.getValues()).contains("Step 2 228 < 230").contains("raised to 230 after board-pass trouble").contains("2 short");
        assertThat(gate.getMargins()).containsExactly(Margin.numeric("Step 2", 228, 230, "Step 2 228 is 2 below the raised cutoff 230"));
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void withoutBoardPassTroubleTheSameScorePasses() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 228}}");
        notFired(p, "Board-pass trouble tightens the Step 2 cutoff");
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        // past the screen; whether the maybe pile reaches a borderline file is the invitation sort's business (B2)
        assertThat(p.stage()).isNotEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void boardPassTroubleDoesNotTightenTheBarForAUsGraduate() {
        Placement p = place(TROUBLED, "{id: a, school: us-md, step2: {score: 240}}");
        notFired(p, "Board-pass trouble tightens the Step 2 cutoff");
        // a US graduate is read against the general 230, not the raised IMG cutoff
        assertThat(fired(p, "Step 2 margin over the bar counts a little").getValues()).isEqualTo("Step 2 240 vs 230: margin +10");
    }

    @Test
    void everyFourPointsOverTheBarAddAPoint() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 245}}");
        Evidence e = fired(p, "Step 2 margin over the bar counts a little");
        assertThat(e.getHeuristic()).isEqualTo("S1");
        assertThat(e.getEffect()).isEqualTo(Effect.POINTS);
        assertThat(e.getPoints()).isEqualTo(5);
        assertThat(e.getValues()).isEqualTo("Step 2 245 vs 225: margin +20");
        assertThat(e.getMargins()).as("a score over the bar held nothing back").isEmpty();
    }

    @Test
    void theScoreMarginIsCappedAtSixPoints() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 270}}");
        assertThat(fired(p, "Step 2 margin over the bar counts a little").getPoints()).isEqualTo(6);
    }

    @Test
    void aScoreFarBelowTheBarCostsAtMostFivePoints() {
        Placement p = place(PROGRAM, "{id: a, school: us-md, step2: {score: 205}}");
        Evidence e = fired(p, "Step 2 margin over the bar counts a little");
        assertThat(e.getPoints()).isEqualTo(-5);
        assertThat(e.getValues()).isEqualTo("Step 2 205 vs 230: margin -25");
    }

    @ParameterizedTest(name = "{0}: Step 2 {1} against the cutoff 225")
    @CsvSource({"aMarginUnderFourPointsCountsForNothing, 228", "aFilteredFileGetsNoMarginLine, 200"})
    void noMarginLineWithoutAMarginWorthAPoint(String proves, int score) {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: " + score + "}}");
        notFired(p, "Step 2 margin over the bar counts a little");
    }

    // ---- S2: graduation recency

    @Test
    void graduatingLongerAgoThanTheProgramAllowsFiltersTheFileOut() {
        Placement p = place(RECENT_ONLY, "{id: a, school: unknown-intl, graduationYear: 2018, step2: {score: 240}}");
        Evidence e = fired(p, "Graduated too long ago for the program");
        assertThat(e.getHeuristic()).isEqualTo("S2");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).isEqualTo("graduated 2018, 8 years > limit 5");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("years since graduation", 8, 5,
                "graduated 8 years ago, 3 over the 5-year limit (hands-on US work with a strong letter would waive it)"));
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void graduatingExactlyAtTheLimitIsNotFilteredOut() {
        Placement p = place(RECENT_ONLY, "{id: a, school: unknown-intl, graduationYear: 2021, step2: {score: 240}}");
        notFired(p, "Graduated too long ago for the program");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aStrongRecentUsStoryOutweighsAnOldGraduation() {
        Placement p = place(RECENT_ONLY, "{id: a, school: unknown-intl, graduationYear: 2018, step2: {score: 240},"
                + " usce: [{kind: inpatient, site: Mercy Hospital, weeks: 8, letter: strong}]}");
        Evidence e = fired(p, "A strong recent US story outweighs an old graduation");
        assertThat(e.getHeuristic()).isEqualTo("S2");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("8 years > limit 5; inpatient at Mercy Hospital with a strong letter");
        notFired(p, "Graduated too long ago for the program");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aRecentRotationWithOnlyADecentLetterDoesNotRescueAnOldGraduation() {
        Placement p = place(RECENT_ONLY, "{id: a, school: unknown-intl, graduationYear: 2018, step2: {score: 240},"
                + " usce: [{kind: inpatient, site: Mercy Hospital, weeks: 8, letter: decent}]}");
        notFired(p, "A strong recent US story outweighs an old graduation");
        fired(p, "Graduated too long ago for the program");
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    // ---- S3: visa screen

    @Test
    void aProgramThatSponsorsNoVisaFiltersOutAJ1Applicant() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, visa: j1}");
        Evidence e = fired(p, "The program cannot sponsor this visa");
        assertThat(e.getHeuristic()).isEqualTo("S3");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).isEqualTo("needs J-1; sponsors no visas");
        assertThat(e.getMargins()).containsExactly(Margin.of("this program does not sponsor the J-1 this applicant needs"));
        assertThat(e.getMargins().get(0).isNumeric()).isFalse();
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void aProgramThatSponsorsOnlyAnotherVisaTypeNamesWhatItSponsors() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225, sponsors: [h1b]}}",
                "{id: a, school: unknown-intl, step2: {score: 240}, visa: j1}");
        assertThat(fired(p, "The program cannot sponsor this visa").getValues()).isEqualTo("needs J-1; sponsors [H-1B]");
    }

    @Test
    void aProgramThatSponsorsTheVisaTypeDoesNotFilterOnIt() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1]}}",
                "{id: a, school: unknown-intl, step2: {score: 240}, visa: j1}");
        notFired(p, "The program cannot sponsor this visa");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    // ---- S4: exam attempts

    @Test
    void aSecondStep2AttemptIsFilteredOutWhereFirstAttemptPassesAreRequired() {
        Placement p = place(FIRST_ATTEMPT_ONLY, "{id: a, school: unknown-intl, step2: {score: 240, attempts: 2}}");
        Evidence e = fired(p, "A failed attempt is filtered out where first-attempt passes are required");
        assertThat(e.getHeuristic()).isEqualTo("S4");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).isEqualTo("Step 2 attempts 2");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("Step 2 attempts", 2, 1,
                "2 Step 2 attempts where only a first-attempt pass is accepted"));
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void aFirstAttemptPassIsNotFilteredOutThere() {
        Placement p = place(FIRST_ATTEMPT_ONLY, "{id: a, school: unknown-intl, step2: {score: 240, attempts: 1}}");
        notFired(p, "A failed attempt is filtered out where first-attempt passes are required");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void elsewhereAFailedAttemptCostsTwelvePoints() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240, attempts: 2}}");
        Evidence e = fired(p, "A failed attempt weighs heavily");
        assertThat(e.getHeuristic()).isEqualTo("S4");
        assertThat(e.getPoints()).isEqualTo(-12);
        assertThat(e.getValues()).isEqualTo("Step 2 attempts 2");
        notFired(p, "A failed attempt is filtered out where first-attempt passes are required");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aFirstAttemptPassCostsNothing() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240, attempts: 1}}");
        notFired(p, "A failed attempt weighs heavily");
    }

    // ---- S5: US graduates first

    @Test
    void aUsGraduateIsReviewedFirstWithoutTheImgFilters() {
        Placement p = place(PROGRAM, "{id: a, school: us-md, step2: {score: 220}}");
        Evidence e = fired(p, "US graduates are reviewed first");
        assertThat(e.getHeuristic()).isEqualTo("S5");
        assertThat(e.getEffect()).isEqualTo(Effect.ORDER);
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getSignal()).isEqualTo(Signal.US_GRADUATE);
        assertThat(e.getValues()).isEqualTo("State MD School (us-md)");
        // 220 is under the IMG cutoff of 225, but the cutoff is for IMGs only.
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void anImgIsNotReviewedFirst() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}}");
        notFired(p, "US graduates are reviewed first");
    }

    // ---- S6: the bare minimum

    @Test
    void aDesperateProgramAsksOnlyForAPassingStep2() {
        Placement p = place(DESPERATE, "{id: a, school: unknown-intl, graduationYear: 2010, step2: {score: 216, attempts: 3}}");
        Evidence e = fired(p, "A desperate program screens only on the bare minimum");
        assertThat(e.getHeuristic()).isEqualTo("S6");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("Step 2 216 >= passing 214; attempts 3");
        notFired(p, "Graduated too long ago for the program");
        notFired(p, "A failed attempt is filtered out where first-attempt passes are required");
        notFired(p, "A failed attempt weighs heavily");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aScoreUnderThePassingMarkIsNotTheBareMinimum() {
        Placement p = place(DESPERATE, "{id: a, school: unknown-intl, step2: {score: 213}}");
        notFired(p, "A desperate program screens only on the bare minimum");
    }

    @Test
    void evenADesperateProgramFiltersOutAFileWithoutAPassingStep2() {
        Placement p = place(DESPERATE, "{id: a, school: unknown-intl, step2: {score: 210}}");
        Evidence e = fired(p, "Below the bare minimum even a desperate program says no");
        assertThat(e.getHeuristic()).isEqualTo("S6");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).isEqualTo("Step 2 210 < passing 214");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("Step 2", 210, 214, "Step 2 210 is 4 below the passing mark 214"));
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void aDesperateProgramTakesAFileAtExactlyThePassingMark() {
        Placement p = place(DESPERATE, "{id: a, school: unknown-intl, step2: {score: 214}}");
        notFired(p, "Below the bare minimum even a desperate program says no");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }
    // ---- S2: gap years

    @Test
    void gapYearsWithNothingRecentCountAgainstTheFile() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, gapYears: 3}");
        Evidence e = fired(p, "Gap years with no recent clinical story");
        assertThat(e.getHeuristic()).isEqualTo("S2");
        assertThat(e.getPoints()).isEqualTo(-4);
        assertThat(e.getValues()).isEqualTo("3 gap years, no recent inpatient or sub-I with a strong letter: -4");
        notFired(place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, gapYears: 1}"), "Gap years with no recent clinical story");
        notFired(p, "Gap years bridged by recent US work");
    }

    @Test
    void recentHandsOnUsWorkBridgesTheGap() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, gapYears: 3,"
                + " usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: strong}]}");
        assertThat(fired(p, "Gap years bridged by recent US work").getValues()).isEqualTo("3 gap years; a recent inpatient or sub-I rotation with a strong letter");
        notFired(p, "Gap years with no recent clinical story");
    }
}
