package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/** I: the interview (I1 communication concerns, I2 a great communicator); only interviewed files have one. */
class InterviewRulesTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}}";

    private static String applicant(String communication) {
        return "{id: a, school: unknown-intl, step2: {score: 240}, interview: {communication: " + communication + "}}";
    }

    @Test
    void beingHardToUnderstandOnInterviewDayDropsTheFileOffTheList() {
        Placement p = place(PROGRAM, applicant("concern"));
        Evidence e = fired(p, "Hard to understand on interview day");
        assertThat(e.getHeuristic()).isEqualTo("I1");
        assertThat(e.getPoints()).isEqualTo(-15);
        assertThat(e.getValues()).isEqualTo("interview communication: concern");
        Placement adequate = place(PROGRAM, applicant("adequate"));
        assertThat(adequate.tier()).isEqualTo(Tier.MID);
        assertThat(p.score()).isEqualTo(adequate.score() - 15);
        assertThat(p.tier()).isEqualTo(Tier.NOT_RANKED);
    }

    @Test
    void safeCommunicationWithAnAccentIsNoConcern() {
        Placement p = place(PROGRAM, applicant("adequate"));
        notFired(p, "Hard to understand on interview day");
    }

    @Test
    void aFileThatWasScreenedOutHasNoInterviewToJudge() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 215}, interview: {communication: concern}}");
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
        notFired(p, "Hard to understand on interview day");
    }

    @Test
    void aGreatCommunicatorMovesUp() {
        Placement p = place(PROGRAM, applicant("strong"));
        Evidence e = fired(p, "A great communicator");
        assertThat(e.getHeuristic()).isEqualTo("I2");
        assertThat(e.getPoints()).isEqualTo(5);
        assertThat(e.getValues()).isEqualTo("interview communication: strong");
        assertThat(p.score()).isEqualTo(place(PROGRAM, applicant("adequate")).score() + 5);
    }

    @Test
    void anAdequateCommunicatorGetsNoLift() {
        Placement p = place(PROGRAM, applicant("adequate"));
        notFired(p, "A great communicator");
    }

    @Test
    void aFileThatWasNotInvitedHasNoInterviewToPraise() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, interviews: {slots: 10, applications: 400}}", applicant("strong"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        notFired(p, "A great communicator");
    }
}
