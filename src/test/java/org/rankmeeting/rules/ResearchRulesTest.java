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

/**
 * R: research (R1 at a community program only a recognised PI's strong letter counts,
 * R2 at an academic program sustained research with a recognised US PI helps).
 * The PI {@code us-pi} is recognised because the program trusts them.
 */
class ResearchRulesTest {

    private static final String COMMUNITY = "{id: p, setting: community, screens: {imgStep2Cutoff: 225}, letterWriters: {trusted: [us-pi]}}";
    private static final String ACADEMIC = "{id: p, setting: academic, screens: {imgStep2Cutoff: 225}, letterWriters: {trusted: [us-pi]}}";

    private static String applicant(String research, String letters) {
        return "{id: a, school: unknown-intl, step2: {score: 240}, research: [" + research + "], letters: [" + letters + "]}";
    }

    // ---- R1: community programs

    @Test
    void postersChangeNothingAtACommunityProgram() {
        Placement p = place(COMMUNITY, applicant("{kind: poster, months: 2}, {kind: project, months: 4, pi: us-pi}", ""));
        Evidence e = fired(p, "Posters change nothing at a community program");
        assertThat(e.getHeuristic()).isEqualTo("R1");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("2 research item(s) without a recognised PI's strong letter");
        notFired(p, "Research helps a community file only through a recognised PI's strong letter");
    }

    @Test
    void anAcademicProgramDoesNotApplyTheCommunityReading() {
        Placement p = place(ACADEMIC, applicant("{kind: poster, months: 2}", ""));
        notFired(p, "Posters change nothing at a community program");
    }

    @Test
    void researchVouchedForByARecognisedPiHelpsACommunityFile() {
        Placement p = place(COMMUNITY, applicant("{kind: project, months: 6, pi: us-pi}", "{writer: us-pi, strength: strong, style: detailed}"));
        Evidence e = fired(p, "Research helps a community file only through a recognised PI's strong letter");
        assertThat(e.getHeuristic()).isEqualTo("R1");
        assertThat(e.getPoints()).isEqualTo(3);
        assertThat(e.getValues()).isEqualTo("Dr. PI (recognised) wrote a strong letter; 6 months");
        notFired(p, "Posters change nothing at a community program");
    }

    @Test
    void aRecognisedPisMerelyGoodLetterDoesNotMakeTheResearchCount() {
        Placement p = place(COMMUNITY, applicant("{kind: project, months: 6, pi: us-pi}", "{writer: us-pi, strength: good, style: detailed}"));
        notFired(p, "Research helps a community file only through a recognised PI's strong letter");
        fired(p, "Posters change nothing at a community program");
    }

    @Test
    void aStrongLetterFromAPiWeDoNotRecogniseDoesNotMakeTheResearchCount() {
        Placement p = place("{id: p, setting: community, screens: {imgStep2Cutoff: 225}}",
                applicant("{kind: project, months: 6, pi: us-pi}", "{writer: us-pi, strength: strong, style: detailed}"));
        notFired(p, "Research helps a community file only through a recognised PI's strong letter");
    }

    // ---- R2: academic programs

    @Test
    void sustainedResearchWithARecognisedUsPiHelpsAtAnAcademicProgram() {
        Placement p = place(ACADEMIC, applicant("{kind: sustained, months: 18, pi: us-pi}", ""));
        Evidence e = fired(p, "Sustained research with a recognised US PI");
        assertThat(e.getHeuristic()).isEqualTo("R2, B1");
        assertThat(e.getPoints()).isEqualTo(6);
        assertThat(e.getValues()).isEqualTo("18 months with Dr. PI (US, recognised)");
        notFired(p, "Short research is fluff even at an academic program");
    }

    @Test
    void aResearchYearWithARecognisedPiGetsTheFileInTheDoorAtABusyAcademicProgram() {
        // R2 before the interview: the research is what fast-tracks an IMG at an academic program, so a file the
        // maybe pile would not reach (3% interview slots) is a known quantity and invited; no letter from the PI
        String busy = "{id: p, setting: academic, imgHistory: mixed, screens: {imgStep2Cutoff: 225},"
                + " letterWriters: {trusted: [us-pi]}, interviews: {slots: 30, applications: 1000}}";
        Placement with = place(busy, applicant("{kind: sustained, months: 18, pi: us-pi}", ""));
        assertThat(fired(with, "Known quantity: fast-tracked").getValues()).isEqualTo("because: Sustained research with a recognised US PI");
        assertThat(with.stage()).isEqualTo(Stage.INTERVIEWED);
        Placement without = place(busy, applicant("{kind: poster, months: 2}", ""));
        notFired(without, "Known quantity: fast-tracked");
        fired(without, "The slots do not reach the file in the maybe pile");
        assertThat(without.stage()).isEqualTo(Stage.NOT_INVITED);
        // the same research at a community program does not fast-track (R1)
        notFired(place(busy.replace("academic", "community"), applicant("{kind: sustained, months: 18, pi: us-pi}", "")),
                "Known quantity: fast-tracked");
    }

    @Test
    void underAYearIsNotSustainedResearch() {
        Placement p = place(ACADEMIC, applicant("{kind: sustained, months: 10, pi: us-pi}", ""));
        notFired(p, "Sustained research with a recognised US PI");
    }

    @Test
    void sustainedResearchWithAHomeCountryPiDoesNotCount() {
        Placement p = place("{id: p, setting: academic, screens: {imgStep2Cutoff: 225}, letterWriters: {trusted: [home-prof]}}",
                applicant("{kind: sustained, months: 18, pi: home-prof}", ""));
        notFired(p, "Sustained research with a recognised US PI");
    }

    @Test
    void aCommunityProgramDoesNotRewardSustainedResearchWithoutTheLetter() {
        Placement p = place(COMMUNITY, applicant("{kind: sustained, months: 18, pi: us-pi}", ""));
        notFired(p, "Sustained research with a recognised US PI");
    }

    @Test
    void shortResearchIsFluffEvenAtAnAcademicProgram() {
        Placement p = place(ACADEMIC, applicant("{kind: poster, months: 3}, {kind: sustained, months: 10, pi: us-pi}", ""));
        Evidence e = fired(p, "Short research is fluff even at an academic program");
        assertThat(e.getHeuristic()).isEqualTo("R2");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("2 research item(s): short, abroad or with a PI we do not know");
    }

    @Test
    void onePieceOfSustainedResearchMeansThePostersAreNotCalledFluff() {
        Placement p = place(ACADEMIC, applicant("{kind: poster, months: 3}, {kind: sustained, months: 18, pi: us-pi}", ""));
        notFired(p, "Short research is fluff even at an academic program");
        fired(p, "Sustained research with a recognised US PI");
    }

    @Test
    void noResearchIsNotFluff() {
        Placement p = place(ACADEMIC, applicant("", ""));
        notFired(p, "Short research is fluff even at an academic program");
    }
}
