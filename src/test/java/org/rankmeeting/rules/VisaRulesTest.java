package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.Signal;
import org.rankmeeting.scenario.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;
import static org.rankmeeting.engine.RuleFixture.placeAll;

/**
 * V: visas (V1 the sponsorship budget, V2 J-1 only after an H-1B denial, V3 H-1B with average scores,
 * V4 no visa issues). V1 is decided while the committee walks down its list, so its tests place
 * several applicants at once.
 */
class VisaRulesTest {

    /** Two J-1 slots this cycle, one already promised; the applicants' school has sent solid residents. */
    private static final String J1_BUDGET = "{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1]},"
            + " visas: {j1: {budget: 2, committed: 1}}, history: [{school: pak, outcome: solid}]}";
    private static final String SPONSORS_BOTH = "{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1, h1b]}}";
    private static final String AFTER_DENIAL = "{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1, h1b]}, h1bDenialLastCycle: true}";

    private static final String AMINA = "{id: a1, name: Amina, school: pak, step2: {score: 250}, visa: j1}";
    private static final String BILAL = "{id: a2, name: Bilal, school: pak, step2: {score: 240}, visa: j1}";

    // ---- V1: the budget

    @Test
    void whenTheLastJ1SlotIsTakenTheNextJ1FileDownTheListMovesDownATier() {
        List<Placement> list = placeAll(J1_BUDGET, List.of(BILAL, AMINA));
        Placement first = list.get(0);
        Placement second = list.get(1);
        assertThat(first.applicantName()).isEqualTo("Amina");
        assertThat(second.applicantName()).isEqualTo("Bilal");

        notFired(first, "The visa budget for this type is spent");
        Evidence e = fired(second, "The visa budget for this type is spent");
        assertThat(e.getHeuristic()).isEqualTo("V1");
        assertThat(e.getPoints()).isEqualTo(-10);
        assertThat(e.getSignal()).as("a budget spent after interviews must not turn the file into a high-risk invitation").isNull();
        assertThat(e.getValues()).isEqualTo("J-1 budget 2 of 2 used (1 committed before the meeting; taken by files ranked above: Amina)");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("J-1 seats left", 0, 1,
                "J-1 budget 2 of 2 used; this file needed one more seat"));
        assertThat(second.nearMisses()).extracting(n -> n.heuristic() + ": " + n.margin().phrase())
                .contains("V1: J-1 budget 2 of 2 used; this file needed one more seat");

        // Bilal alone would have had the slot: the spent budget costs exactly one tier.
        Placement alone = place(J1_BUDGET, BILAL);
        notFired(alone, "The visa budget for this type is spent");
        assertThat(second.score()).isEqualTo(alone.score() - 10);
        assertThat(second.tier().ordinal()).isEqualTo(alone.tier().ordinal() - 1);
    }

    @Test
    void aBudgetSpentBeforeTheMeetingCountsAgainstEveryJ1File() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1]}, visas: {j1: {budget: 2, committed: 2}}}", BILAL);
        Evidence e = fired(p, "The visa budget for this type is spent");
        assertThat(e.getValues()).isEqualTo("J-1 budget 2 of 2 used (2 committed before the meeting)");
    }

    @Test
    void aJ1FileWithASlotLeftIsNotMarkedDown() {
        Placement p = place(J1_BUDGET, BILAL);
        notFired(p, "The visa budget for this type is spent");
    }

    @Test
    void aFileThatNeedsNoVisaDoesNotUseTheBudget() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225, sponsors: [j1]}, visas: {j1: {budget: 2, committed: 2}}}",
                "{id: a, school: pak, step2: {score: 240}, visa: green-card}");
        notFired(p, "The visa budget for this type is spent");
    }

    // ---- V2: after an H-1B denial

    @Test
    void afterAnH1bDenialTheProgramTakesJ1Only() {
        Placement p = place(AFTER_DENIAL, "{id: a, school: pak, step2: {score: 250}, visa: h1b}");
        Evidence e = fired(p, "After an H-1B denial, J-1 only");
        assertThat(e.getHeuristic()).isEqualTo("V2");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).isEqualTo("needs H-1B; H-1B denial last cycle");
        assertThat(e.getMargins()).containsExactly(Margin.of("needs an H-1B, and after last cycle's denial only J-1 files are taken"));
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void afterAnH1bDenialAJ1ApplicantIsStillConsidered() {
        Placement p = place(AFTER_DENIAL, "{id: a, school: pak, step2: {score: 250}, visa: j1}");
        notFired(p, "After an H-1B denial, J-1 only");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void withoutALastCycleDenialAnH1bApplicantIsNotFilteredOut() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 250}, visa: h1b}");
        notFired(p, "After an H-1B denial, J-1 only");
    }

    // ---- V3: too risky

    @Test
    void anH1bWithAverageScoresIsTooRisky() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 235}, visa: h1b}");
        Evidence e = fired(p, "H-1B with average scores is too risky");
        assertThat(e.getHeuristic()).isEqualTo("V3");
        assertThat(e.getPoints()).isEqualTo(-6);
        assertThat(e.getSignal()).isEqualTo(Signal.VISA_CONCERN);
        assertThat(e.getValues()).isEqualTo("H-1B; Step 2 235 less than 15 over 225");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("Step 2", 235, 240,
                "Step 2 235 is 5 below 240, where an H-1B stops looking risky"));
    }

    @Test
    void anH1bFifteenOverTheBarIsWorthThePaperwork() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 240}, visa: h1b}");
        notFired(p, "H-1B with average scores is too risky");
    }

    @Test
    void aJ1WithTheSameScoresIsNotTooRisky() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 235}, visa: j1}");
        notFired(p, "H-1B with average scores is too risky");
    }

    // ---- V4: no visa issues

    @Test
    void anImgWithAGreenCardHasNoVisaIssues() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 240}, visa: green-card}");
        Evidence e = fired(p, "No visa issues");
        assertThat(e.getHeuristic()).isEqualTo("V4");
        assertThat(e.getPoints()).isEqualTo(3);
        assertThat(e.getValues()).isEqualTo("green card");
    }

    @Test
    void anImgWhoNeedsAJ1HasAVisaToArrange() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: pak, step2: {score: 240}, visa: j1}");
        notFired(p, "No visa issues");
    }

    @Test
    void aUsGraduateGetsNoVisaCreditSinceItOnlyDistinguishesImgs() {
        Placement p = place(SPONSORS_BOTH, "{id: a, school: us-md, step2: {score: 240}, visa: citizen}");
        notFired(p, "No visa issues");
    }
}
