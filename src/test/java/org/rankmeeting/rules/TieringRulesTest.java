package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.TierLadder;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;
import static org.rankmeeting.engine.RuleFixture.placeAll;

/**
 * T: the rank meeting (T1 the tier ladder, T2 alumni colour the file, T3 late saves when the list is thin,
 * T4 a desperate program's single band, T5 will they come). T3 happens in a later pass of the meeting,
 * once the committee sees how long its list is, so its tests look at the program's whole list.
 */
class TieringRulesTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}}";
    private static final String APPLICANT = "{id: a, school: unknown-intl, step2: {score: 240}}";

    // ---- T1: the ladder

    @Test
    void anInterviewedFileStartsInTheMiddleOfTheLadder() {
        Placement p = place(PROGRAM, APPLICANT);
        Evidence e = fired(p, "An interviewed file starts in the middle of the ladder");
        assertThat(e.getHeuristic()).isEqualTo("T1");
        assertThat(e.getPoints()).isEqualTo(20);
        assertThat(e.getValues()).startsWith("base 20");
        // margin +3, no USCE -3, no visa issues +3, the unknown school magnifies the -3 flaw by -1: 22, the mid tier
        assertThat(p.score()).isEqualTo(22);
        assertThat(p.tier()).isEqualTo(Tier.MID);
    }

    @Test
    void theLadderSaysHowFarAnInterviewedFileIsFromTheNextTier() {
        Placement p = place(PROGRAM, APPLICANT);
        assertThat(p.nearMisses()).containsExactly(new NearMiss("T1", TierLadder.LADDER_RULE,
                Margin.numeric("score", 22, 30, "score 22 is 8 short of upper-mid (30)")));
    }

    @Test
    void theLadderMeasuresANotRankedFileAgainstMidLow() {
        assertThat(TierLadder.toNextTier(7)).isEqualTo(Margin.numeric("score", 7, 10, "score 7 is 3 short of mid-low (10)"));
        assertThat(TierLadder.toNextTier(-4).gap()).isEqualTo(14);
        assertThat(TierLadder.toNextTier(39).phrase()).isEqualTo("score 39 is 1 short of rank to match (40)");
    }

    @Test
    void atTheTopOfTheLadderNothingIsShort() {
        assertThat(TierLadder.toNextTier(40)).isNull();
        assertThat(TierLadder.nextTier(Tier.RANK_TO_MATCH)).isNull();
        assertThat(TierLadder.nextTier(Tier.MID)).isEqualTo(Tier.UPPER_MID);
    }

    @Test
    void aFileThatWasNeverInterviewedHasNoLadderNearMiss() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 215}}");
        assertThat(p.nearMisses()).extracting(NearMiss::heuristic).containsExactly("S1");
    }

    @Test
    void aScreenedOutFileHasNoPlaceOnTheLadder() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 215}}");
        notFired(p, "An interviewed file starts in the middle of the ladder");
        assertThat(p.tier()).isNull();
    }

    @Test
    void aFileThatWasNotInvitedHasNoPlaceOnTheLadder() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, interviews: {slots: 10, applications: 400}}", APPLICANT);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        notFired(p, "An interviewed file starts in the middle of the ladder");
    }

    // ---- T2: alumni input colours the file

    private static final String ALUMNI = "{id: p, screens: {imgStep2Cutoff: 225}, imgHistory: strong,"
            + " people: [{id: r2, name: Dr. Lim, role: resident, record: proven}]}";

    @Test
    void alumniPraiseLiftsTheFileNoMoreThanOneTier() {
        // top vouch +11, proven voice +5, relationship built +4: +20 of alumni input
        Placement p = place(ALUMNI, "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: r2, relationship: built, said: top}]}");
        Evidence e = fired(p, "Alumni input colours the file, it does not replace it");
        assertThat(e.getHeuristic()).isEqualTo("T2");
        assertThat(e.getPoints()).isEqualTo(-10);
        assertThat(e.getValues()).isEqualTo("alumni input +20 capped at +10");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("alumni points", 20, 10,
                "alumni praise worth +20 counts only +10 (one tier); 10 points of it are left out"));
        Placement without = place(ALUMNI, APPLICANT);
        assertThat(p.score()).isEqualTo(without.score() + 10);
        assertThat(p.tier().ordinal()).isEqualTo(without.tier().ordinal() + 1);
    }

    @Test
    void alumniDoubtsCostNoMoreThanATierOfPoints() {
        // doubts -13, proven voice -6: -19 of alumni input; the points are capped (the rank spot is a separate matter)
        Placement p = place(ALUMNI, "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: r2, said: doubts}]}");
        Evidence e = fired(p, "Alumni input colours the file, it does not replace it");
        assertThat(e.getPoints()).isEqualTo(9);
        assertThat(e.getValues()).isEqualTo("alumni input -19 capped at -10");
        assertThat(e.getMargins()).as("a cap that softens a blow held nothing back").isEmpty();
        Placement without = place(ALUMNI, APPLICANT);
        assertThat(p.score()).isEqualTo(without.score() - 10);
    }

    // ---- A2 against T2: doubts from someone here close the rank spot

    private static final String STRONG_FILE = "{id: a, school: unknown-intl, step2: {score: 250},"
            + " usce: [{kind: sub-i, site: Mercy, weeks: 4, letter: strong}], interview: {communication: strong}";

    @Test
    void doubtsFromOneOfOursCostAStrongFileItsRankSpot() {
        Placement p = place(ALUMNI, STRONG_FILE + ", contacts: [{person: r2, said: doubts}]}");
        Evidence e = fired(p, "Doubts from one of ours cost the rank spot");
        assertThat(e.getHeuristic()).isEqualTo("A2, T2");
        assertThat(e.getEffect()).isEqualTo(Effect.BAND);
        assertThat(e.getTier()).isEqualTo(Tier.NOT_RANKED);
        assertThat(e.getSubject()).isEqualTo("r2");
        // margin +6, sub-I +5, great communicator +5, no visa issues +3, base 20; alumni -19 capped at -10: 29
        assertThat(e.getValues()).isEqualTo("Dr. Lim (resident): doubts; on points alone 29 (mid)");
        assertThat(e.getMargins()).containsExactly(
                Margin.of("Dr. Lim doubts they would keep up: no score wins the rank spot back (on points alone 29, mid)"));
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
        assertThat(p.tier()).isEqualTo(Tier.NOT_RANKED);
        assertThat(p.isRanked()).isFalse();
        // the band, not the score, set the tier: the ladder adds no "short of the next tier" line
        assertThat(p.nearMisses()).extracting(NearMiss::heuristic).containsExactly("A2, T2");
    }

    @Test
    void withoutDoubtsTheSameStrongFileIsRanked() {
        Placement p = place(ALUMNI, STRONG_FILE + "}");
        notFired(p, "Doubts from one of ours cost the rank spot");
        assertThat(p.score()).isEqualTo(39);
        assertThat(p.tier()).isEqualTo(Tier.UPPER_MID);
    }

    @Test
    void aSolidVouchDoesNotCostTheRankSpot() {
        Placement p = place(ALUMNI, STRONG_FILE + ", contacts: [{person: r2, said: solid}]}");
        notFired(p, "Doubts from one of ours cost the rank spot");
        assertThat(p.isRanked()).isTrue();
    }

    @Test
    void aUsGraduatesFileIsColouredNotClosedByDoubts() {
        // alumni input weighs 10% for a US graduate (A4): the doubt costs a point, not the rank spot
        Placement p = place(ALUMNI, "{id: a, school: us-md, step2: {score: 250}, contacts: [{person: r2, said: doubts}]}");
        notFired(p, "Doubts from one of ours cost the rank spot");
        assertThat(p.isRanked()).isTrue();
    }

    @Test
    void aDesperateProgramRanksADoubtedFileInItsOneBand() {
        Placement p = place("{id: p, category: desperate, people: [{id: r2, name: Dr. Lim, role: resident, record: proven}]}",
                STRONG_FILE + ", contacts: [{person: r2, said: doubts}]}");
        notFired(p, "Doubts from one of ours cost the rank spot");
        assertThat(p.tier()).isEqualTo(Tier.MID);
    }

    @Test
    void doubtsAboutAFileThatWasNeverInterviewedChangeNothing() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, people: [{id: r2, name: Dr. Lim, role: resident}]}",
                "{id: a, school: unknown-intl, step2: {score: 215}, contacts: [{person: r2, said: doubts}]}");
        notFired(p, "Doubts from one of ours cost the rank spot");
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    @Test
    void alumniInputWithinOneTierIsLeftAsItIs() {
        // a solid vouch +5 and the proven voice's half again +2: +7, under a tier
        Placement p = place(ALUMNI, "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: r2, said: solid}]}");
        notFired(p, "Alumni input colours the file, it does not replace it");
    }

    // ---- T3: late saves

    private static final String ADVOCATE = "{id: f1, name: Dr. Mensah, role: faculty}";

    private static String programWantingList(int alreadyRanked, int target) {
        return "{id: p, screens: {imgStep2Cutoff: 225}, people: [" + ADVOCATE + "], rankList: {alreadyRanked: " + alreadyRanked
                + ", target: " + target + "}}";
    }

    private static final String SAVED = "{id: s, name: Sana, school: unknown-intl, step2: {score: 232},"
            + " lateAdvocacy: [{person: f1, says: she carried the heaviest service month without a complaint}]}";

    @Test
    void whenTheListLooksThinALateWordFromFacultyLiftsTheFileFarUp() {
        List<Placement> list = placeAll(programWantingList(2, 10), List.of(
                "{id: b1, name: Ben, school: unknown-intl, step2: {score: 250}}",
                "{id: b2, name: Cleo, school: unknown-intl, step2: {score: 248}}",
                "{id: b3, name: Dev, school: unknown-intl, step2: {score: 246}}",
                SAVED));
        Placement saved = list.stream().filter(p -> p.applicantId().equals("s")).findFirst().orElseThrow();
        Evidence e = fired(saved, "Late save when the list looks thin");
        assertThat(e.getHeuristic()).isEqualTo("T3");
        assertThat(e.getEffect()).isEqualTo(Effect.POINTS);
        assertThat(e.getPoints()).isEqualTo(10);
        assertThat(e.getValues()).isEqualTo("6 ranked of the 10 the program wants; late word from Dr. Mensah (faculty)");
        assertThat(e.getSentence()).contains("she carried the heaviest service month without a complaint");
        assertThat(saved.trail()).anySatisfy(x -> {
            assertThat(x.getRule()).isEqualTo("Late save when the list looks thin");
            assertThat(x.getEffect()).isEqualTo(Effect.ORDER);
            assertThat(x.getPoints()).isEqualTo(25);
        });
        // from the bottom of the four to the top of the list, a tier higher than without the word
        assertThat(list.get(0).applicantId()).isEqualTo("s");
        assertThat(saved.tier()).isEqualTo(Tier.UPPER_MID);
    }

    @Test
    void whenTheListIsLongEnoughALateWordChangesNothing() {
        // 9 already ranked + this file = 10 of the 10 wanted: not thin
        Placement p = place(programWantingList(9, 10), SAVED);
        notFired(p, "Late save when the list looks thin");
        assertThat(p.tier()).isEqualTo(Tier.MID);
    }

    @Test
    void oneFileShortOfTheTargetIsAThinList() {
        Placement p = place(programWantingList(8, 10), SAVED);
        assertThat(fired(p, "Late save when the list looks thin").getValues()).startsWith("9 ranked of the 10");
    }

    @Test
    void aThinListDoesNotSaveAFileThatWasNeverInterviewed() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, people: [" + ADVOCATE + "], interviews: {slots: 10, applications: 400},"
                + " rankList: {alreadyRanked: 0, target: 10}}", SAVED);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        notFired(p, "Late save when the list looks thin");
    }

    // ---- T4: a desperate program

    @Test
    void aDesperateProgramPutsEveryoneAboveTheMinimumInOneBand() {
        List<Placement> list = placeAll("{id: p, category: desperate, screens: {imgStep2Cutoff: 225}}", List.of(
                "{id: strong, school: us-md, step2: {score: 265}, interview: {communication: strong}}",
                "{id: weak, school: unknown-intl, step2: {score: 216}, interview: {communication: concern}}"));
        assertThat(list).allSatisfy(p -> {
            Evidence e = fired(p, "A desperate program barely differentiates");
            assertThat(e.getHeuristic()).isEqualTo("T4");
            assertThat(e.getEffect()).isEqualTo(Effect.BAND);
            assertThat(e.getTier()).isEqualTo(Tier.MID);
            assertThat(e.getValues()).isEqualTo("desperate program: one band");
            assertThat(p.tier()).isEqualTo(Tier.MID);
        });
        // the points still differ; only the band is shared
        assertThat(list.get(0).score()).isGreaterThan(list.get(1).score() + 20);
    }

    @Test
    void aProgramThatIsNotDesperateDifferentiates() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, interview: {communication: concern}}");
        notFired(p, "A desperate program barely differentiates");
        assertThat(p.tier()).isEqualTo(Tier.NOT_RANKED);
    }

    @Test
    void aDesperateProgramDoesNotBandAFileBelowTheBareMinimum() {
        Placement p = place("{id: p, category: desperate}", "{id: a, school: unknown-intl, step2: {score: 205}}");
        notFired(p, "A desperate program barely differentiates");
        assertThat(p.stage()).isEqualTo(Stage.SCREENED_OUT);
    }

    // ---- T5: will they come?

    @Test
    void anApplicantWithLocalTiesWillActuallyCome() {
        Placement p = place("{id: p, name: Riverside Medicine, screens: {imgStep2Cutoff: 225}}",
                "{id: a, school: unknown-intl, step2: {score: 240}, localTies: [p]}");
        Evidence e = fired(p, "Local ties: they will actually come");
        assertThat(e.getHeuristic()).isEqualTo("T5");
        assertThat(e.getEffect()).isEqualTo(Effect.ORDER);
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getValues()).isEqualTo("local ties to Riverside Medicine");
        assertThat(p.orderKey()).isEqualTo(p.score() + 4);
    }

    @Test
    void anApplicantWithoutLocalTiesGetsNoLocalPreference() {
        Placement p = place(PROGRAM, APPLICANT);
        notFired(p, "Local ties: they will actually come");
    }

    @Test
    void anApplicantWhoRotatedHereIsLikelyToCome() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, usce: [{kind: observership, site: p}]}");
        Evidence e = fired(p, "A connection to the program: they will actually come");
        assertThat(e.getHeuristic()).isEqualTo("T5");
        assertThat(e.getEffect()).isEqualTo(Effect.ORDER);
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getValues()).isEqualTo("rotation here or a relationship with someone here");
    }

    @Test
    void aRelationshipWithSomeoneHereAlsoMakesThemLikelyToCome() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, people: [{id: r1, name: Dr. Osei, role: resident}]}",
                "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: r1, relationship: built}]}");
        fired(p, "A connection to the program: they will actually come");
    }

    @Test
    void aRotationElsewhereIsNoConnectionToThisProgram() {
        Placement p = place(PROGRAM, "{id: a, school: unknown-intl, step2: {score: 240}, usce: [{kind: observership, site: Mercy}]}");
        notFired(p, "A connection to the program: they will actually come");
    }
}
