package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/** S1: the Step 2 screen. */
class ScreeningRulesTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}, interviews: {slots: 50, applications: 400}}";

    @Test
    void anImgBelowTheCutoffIsFilteredOutWithTheShortfallNamed() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 218}}");
        Evidence e = fired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(e.getHeuristic()).isEqualTo("S1");
        assertThat(e.getEffect()).isEqualTo(Effect.GATE);
        assertThat(e.getValues()).contains("Step 2 218 < 225").contains("7 short");
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void anImgAtTheCutoffIsNotFilteredOut() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 225}}");
        notFired(p, "An IMG below the Step 2 cutoff is filtered out");
        assertThat(p.stage()).isNotEqualTo(Stage.SCREENED_OUT);
    }
}
