package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.Signal;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * A: the alumni network (A1 do we know this school, A2 personal vouch, A3 voucher credibility,
 * A4 uncertainty sets the weight, A5 the program's IMG history, A6 rescue, A7 relationships,
 * A8 the tiebreaker). The A4 and A5 rules only insert a weight and a use; they show in the values
 * of the alumni lines that read them ("raw +12 x weight 90% x use 50%"), which is where these tests read them.
 */
class AlumniRulesTest {

    /** People at the program. Only s1 and s2 trained at an applicant's school (unknown-intl). */
    private static final String PEOPLE = "people: [{id: r1, name: Dr. Osei, role: resident},"
            + " {id: r2, name: Dr. Lim, role: resident, record: proven},"
            + " {id: r3, name: Dr. Rossi, role: resident, record: praises-everyone},"
            + " {id: f1, name: Dr. Mensah, role: faculty}]";

    private static String program(String extra) {
        return "{id: p, screens: {imgStep2Cutoff: 225}, " + PEOPLE + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A program with a strong IMG history: positive alumni input counts in full. */
    private static final String STRONG = program("imgHistory: strong");
    private static final String MIXED = program("imgHistory: mixed");

    private static String applicant(String school, int step2, String contacts) {
        return "{id: a, school: " + school + ", step2: {score: " + step2 + "}, contacts: [" + contacts + "]}";
    }

    private static String vouchedTopBy(String person) {
        return applicant("unknown-intl", 240, "{person: " + person + ", said: top}");
    }

    // ---- A4: how much alumni input weighs (read through the A2 line)

    @Test
    void forAnUnknownSchoolAlumniInputWeighsNinety() {
        Evidence e = fired(place(STRONG, vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).isEqualTo("Dr. Osei (resident): top; raw +12 x weight 90% (unknown school)");
        assertThat(e.getPoints()).isEqualTo(11);
    }

    @Test
    void anUnknownSchoolWeighsNinetyEvenInALargePool() {
        Evidence e = fired(place(program("imgHistory: strong, interviews: {slots: 300, applications: 1500}"), vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 90% (unknown school)");
    }

    @Test
    void aSchoolMadeFamiliarByAFacultyMemberIsNoLongerWeighedAsUnknown() {
        Evidence e = fired(place(program("imgHistory: strong, familiarCountries: [{country: Nigeria}]"), vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 60%");
    }

    @Test
    void inALargePoolAlumniInputWeighsEighty() {
        Evidence e = fired(place(program("imgHistory: strong, history: [{school: unknown-intl, outcome: average}],"
                + " interviews: {slots: 300, applications: 1200}"), vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 80% (large pool of 1200 applications)");
        assertThat(e.getPoints()).isEqualTo(10);
    }

    @Test
    void withBorderlineScoresAlumniInputWeighsSeventy() {
        Evidence e = fired(place(program("imgHistory: strong, history: [{school: unknown-intl, outcome: average}]"),
                applicant("unknown-intl", 228, "{person: r1, said: top}")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 70% (borderline Step 2 228)");
        assertThat(e.getPoints()).isEqualTo(8);
    }

    @Test
    void fiveOverTheBarIsNoLongerBorderline() {
        Evidence e = fired(place(program("imgHistory: strong, history: [{school: unknown-intl, outcome: average}]"),
                applicant("unknown-intl", 230, "{person: r1, said: top}")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).doesNotContain("borderline").contains("x weight 60%");
    }

    @Test
    void forASchoolWeKnowAndTrustAlumniInputWeighsForty() {
        Evidence e = fired(place(program("imgHistory: strong, history: [{school: unknown-intl, outcome: solid}]"), vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 40% (a school we know and trust)");
        assertThat(e.getPoints()).isEqualTo(5);
    }

    @Test
    void aKnownStrongSchoolWeighsFortyEvenInALargePoolAndWithABorderlineScore() {
        // A4, least known first: what the committee knows about the school dominates the size of the pool, so the
        // same vouch lifts a file from an unknown school (90) more than one from a school it trusts (40)
        String program = program("imgHistory: strong, history: [{school: unknown-intl, outcome: solid}],"
                + " interviews: {slots: 300, applications: 1500}");
        Evidence known = fired(place(program, applicant("unknown-intl", 228, "{person: r1, said: top}")), "Vouch: top-ten-percent kind of person");
        assertThat(known.getValues()).contains("x weight 40% (a school we know and trust)");
        Evidence unknown = fired(place(program("imgHistory: strong, interviews: {slots: 300, applications: 1500}"),
                applicant("unknown-intl", 228, "{person: r1, said: top}")), "Vouch: top-ten-percent kind of person");
        assertThat(unknown.getValues()).contains("x weight 90% (unknown school)");
        assertThat(unknown.getPoints()).isGreaterThan(known.getPoints());
    }

    @Test
    void forAUsGraduateAlumniInputWeighsTen() {
        Evidence e = fired(place(STRONG, applicant("us-md", 240, "{person: r1, said: top}")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 10% (US graduate)");
        assertThat(e.getPoints()).isEqualTo(1);
    }

    @Test
    void forASchoolWeHaveSeenWithOrdinaryScoresAlumniInputWeighsSixty() {
        Evidence e = fired(place(program("imgHistory: strong, history: [{school: unknown-intl, outcome: average}]"), vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person");
        assertThat(e.getValues()).contains("x weight 60% (a school we have seen, ordinary scores)");
        assertThat(e.getPoints()).isEqualTo(7);
    }

    // ---- A5: the program's IMG history sets how alumni input is used

    @Test
    void aProgramWithAStrongImgHistoryCountsPositiveAlumniInputInFull() {
        Placement p = place(STRONG, vouchedTopBy("r1"));
        assertThat(fired(p, "Vouch: top-ten-percent kind of person").getValues()).doesNotContain("x use");
        notFired(p, "Mixed IMG history: alumni used selectively");
    }

    @Test
    void aMixedImgHistoryProgramHalvesPositiveAlumniInput() {
        Placement p = place(MIXED, vouchedTopBy("r1"));
        Evidence note = fired(p, "Mixed IMG history: alumni used selectively");
        assertThat(note.getHeuristic()).isEqualTo("A5");
        assertThat(note.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(note.getValues()).isEqualTo("mixed IMG history: positive alumni input counts half");
        Evidence vouch = fired(p, "Vouch: top-ten-percent kind of person");
        assertThat(vouch.getValues()).contains("raw +12 x weight 90% x use 50%");
        assertThat(vouch.getPoints()).isEqualTo(5);
        assertThat(fired(place(STRONG, vouchedTopBy("r1")), "Vouch: top-ten-percent kind of person").getPoints()).isEqualTo(11);
    }

    @Test
    void aMixedImgHistoryProgramDoesNotSoftenAWarning() {
        Evidence e = fired(place(MIXED, applicant("unknown-intl", 240, "{person: r1, said: doubts}")), "Vouch: not sure they would keep up");
        assertThat(e.getValues()).isEqualTo("Dr. Osei (resident): doubts; raw -14 x weight 90%");
        assertThat(e.getPoints()).isEqualTo(-13);
    }

    @Test
    void aUsGraduateIsNotSubjectToTheImgHistoryPolicy() {
        Placement p = place(MIXED, applicant("us-md", 240, "{person: r1, said: top}"));
        notFired(p, "Mixed IMG history: alumni used selectively");
        assertThat(fired(p, "Vouch: top-ten-percent kind of person").getValues()).doesNotContain("x use");
    }

    @Test
    void aRareImgTakerCountsATopVouchInFullAndOpensTheDoor() {
        Placement p = place(program("imgHistory: rare"), vouchedTopBy("r1"));
        assertThat(fired(p, "Vouch: top-ten-percent kind of person").getValues()).doesNotContain("x use");
        notFired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aRareImgTakerDoesNotInterviewAnImgWithoutAStrongVouchOrExceptionalNumbers() {
        Placement p = place(program("imgHistory: rare"), applicant("unknown-intl", 240, ""));
        Evidence e = fired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(e.getHeuristic()).isEqualTo("A5");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).isEqualTo("rare IMG taker; Step 2 240 is less than 20 over 225; no top vouch from anyone here");
        assertThat(e.getMargins()).containsExactly(
                Margin.numeric("Step 2", 240, 245, "Step 2 240 is 5 below 245, the exceptional mark at a program that rarely takes an IMG"),
                Margin.of("no top-ten-percent vouch from anyone at this program"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        assertThat(p.nearMisses()).extracting(n -> n.margin().phrase()).contains("no top-ten-percent vouch from anyone at this program");
    }

    @Test
    void aRareImgTakerInterviewsAKnownQuantity() {
        // the one IMG a rare taker takes is the one it already knows: a school its history vouches for
        Placement p = place(program("imgHistory: rare, history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: strong}]"),
                applicant("unknown-intl", 240, ""));
        notFired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aRareImgTakerInterviewsTheStudentOfAWriterItTrusts() {
        Placement p = place(program("imgHistory: rare, letterWriters: {trusted: [us-chair]}"),
                "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-chair, strength: strong, style: detailed}]}");
        notFired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aRareImgTakerInterviewsAnImgTwentyOverTheBar() {
        Placement p = place(program("imgHistory: rare"), applicant("unknown-intl", 245, ""));
        notFired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aSolidRatherThanTopVouchDoesNotOpenARareTakersDoor() {
        Placement p = place(program("imgHistory: rare"), applicant("unknown-intl", 240, "{person: r1, said: solid}"));
        fired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
    }

    @Test
    void onceBurnedAProgramLetsNoFriendlyWordLiftABorderlineFile() {
        Placement p = place(program("imgHistory: once-burned"), applicant("unknown-intl", 228, "{person: r1, said: top}"));
        Evidence note = fired(p, "Once burned: alumni input cannot rescue a borderline file");
        assertThat(note.getHeuristic()).isEqualTo("A5");
        assertThat(note.getValues()).isEqualTo("once-burned program; Step 2 228 within 5 of 225: positive alumni input counts 0");
        assertThat(note.getMargins()).containsExactly(Margin.numeric("Step 2", 228, 230,
                "Step 2 228 is 2 below 230, where a friendly word from our people would count again"));
        Evidence vouch = fired(p, "Vouch: top-ten-percent kind of person");
        assertThat(vouch.getValues()).contains("x use 0%");
        assertThat(vouch.getPoints()).isZero();
    }

    @Test
    void onceBurnedAProgramStillCountsHalfOfAFriendlyWordForAFileClearOfTheBar() {
        // "Once burned: alumni input counts half" only inserts the use; it shows in the vouch line.
        Placement p = place(program("imgHistory: once-burned"), applicant("unknown-intl", 240, "{person: r1, said: top}"));
        notFired(p, "Once burned: alumni input cannot rescue a borderline file");
        Evidence vouch = fired(p, "Vouch: top-ten-percent kind of person");
        assertThat(vouch.getValues()).contains("x weight 90% x use 50%");
        assertThat(vouch.getPoints()).isEqualTo(5);
    }

    // ---- A1: do we know this school?

    /** Dr. Eze, a resident here from the applicant's school: the history lists them (people and history agree). */
    private static final String SCHOOL_PEOPLE = "{id: p, screens: {imgStep2Cutoff: 225}, imgHistory: strong,"
            + " history: [{school: unknown-intl, year: 2024, outcome: average}],"
            + " people: [{id: s1, name: Dr. Eze, role: resident, school: unknown-intl";

    @Test
    void ourResidentFromTheSchoolSaysItIsSolid() {
        Placement p = place(SCHOOL_PEOPLE + ", viewOfSchool: solid}]}", applicant("unknown-intl", 240, ""));
        Evidence e = fired(p, "Our people from that school vouch for it");
        assertThat(e.getHeuristic()).isEqualTo("A1");
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getSubject()).isEqualTo("s1");
        assertThat(e.getValues()).isEqualTo("Dr. Eze (resident) from Faraway Medical College; raw +6 x weight 60% (a school we have seen, ordinary scores)");
    }

    @Test
    void oneWarningFromSomeoneElseFromTheSchoolOutweighsTheGoodWord() {
        Placement p = place(SCHOOL_PEOPLE + ", viewOfSchool: solid}, {id: s2, name: Dr. Nwosu, role: graduate, school: unknown-intl, viewOfSchool: weak}]}",
                applicant("unknown-intl", 240, ""));
        notFired(p, "Our people from that school vouch for it");
        fired(p, "Our people from that school warn us about it");
    }

    @Test
    void someoneFromTheSchoolWhoStatedNoViewSaysNothingAboutIt() {
        // A1 asks; it does not assume the answer. Not even for a school that burned the program.
        Placement p = place(SCHOOL_PEOPLE + "}]}", applicant("unknown-intl", 240, ""));
        notFired(p, "Our people from that school vouch for it");
        notFired(p, "Our people from that school warn us about it");
        Placement burned = place(SCHOOL_PEOPLE.replace("outcome: average", "outcome: weak") + "}]}",
                applicant("unknown-intl", 240, ""));
        fired(burned, "We got burned by this school");
        notFired(burned, "Our people from that school vouch for it");
    }

    @Test
    void nobodyHereFromTheSchoolMeansNobodyToAsk() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, ""));
        notFired(p, "Our people from that school vouch for it");
    }

    @Test
    void ourResidentFromTheSchoolWarnsThatItLeavesGraduatesUnderprepared() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, imgHistory: strong, history: [{school: unknown-intl, outcome: average}],"
                + " people: [{id: s2, name: Dr. Nwosu, role: graduate, school: unknown-intl, viewOfSchool: weak}]}", applicant("unknown-intl", 240, ""));
        Evidence e = fired(p, "Our people from that school warn us about it");
        assertThat(e.getHeuristic()).isEqualTo("A1");
        assertThat(e.getPoints()).isEqualTo(-4);
        assertThat(e.getValues()).isEqualTo("Dr. Nwosu (graduate) from Faraway Medical College; raw -6 x weight 60%");
    }

    @Test
    void aMixedViewOfTheSchoolIsNoWarning() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225}, imgHistory: strong, history: [{school: unknown-intl, outcome: average}],"
                + " people: [{id: s2, name: Dr. Nwosu, role: graduate, school: unknown-intl, viewOfSchool: mixed}]}", applicant("unknown-intl", 240, ""));
        notFired(p, "Our people from that school warn us about it");
        notFired(p, "Our people from that school vouch for it");
    }

    // ---- A2: personal vouch

    @Test
    void aTopTenPercentVouchIsAGreenLight() {
        Placement p = place(STRONG, vouchedTopBy("r1"));
        Evidence e = fired(p, "Vouch: top-ten-percent kind of person");
        assertThat(e.getHeuristic()).isEqualTo("A2");
        assertThat(e.getSubject()).isEqualTo("r1");
        Placement without = place(STRONG, applicant("unknown-intl", 240, ""));
        assertThat(p.tier().ordinal()).isEqualTo(without.tier().ordinal() + 1);
    }

    @Test
    void aSolidVouchIsNotATopVouch() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, said: solid}"));
        notFired(p, "Vouch: top-ten-percent kind of person");
    }

    @Test
    void aSolidNotASuperstarVouchIsAModestLift() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, said: solid}"));
        Evidence e = fired(p, "Vouch: solid, not a superstar");
        assertThat(e.getHeuristic()).isEqualTo("A2");
        assertThat(e.getPoints()).isEqualTo(5);
        assertThat(e.getValues()).isEqualTo("Dr. Osei (resident): solid; raw +5 x weight 90%");
        Placement without = place(STRONG, applicant("unknown-intl", 240, ""));
        assertThat(p.tier()).isEqualTo(without.tier());
    }

    @Test
    void someoneWhoKnowsTheApplicantButGivesNoVerdictAddsNoVouch() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: met}"));
        notFired(p, "Vouch: solid, not a superstar");
        notFired(p, "Vouch: top-ten-percent kind of person");
        notFired(p, "Vouch: not sure they would keep up");
    }

    @Test
    void doubtsWhetherTheyWouldKeepUpCostTheRankSpot() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, said: doubts}"));
        Evidence e = fired(p, "Vouch: not sure they would keep up");
        assertThat(e.getHeuristic()).isEqualTo("A2");
        assertThat(e.getPoints()).isEqualTo(-13);
        assertThat(e.getValues()).isEqualTo("Dr. Osei (resident): doubts; raw -14 x weight 90%");
        Placement without = place(STRONG, applicant("unknown-intl", 240, ""));
        assertThat(without.isRanked()).isTrue();
        // the points are capped at a tier (T2), but the rank spot is gone (tiering.drl)
        assertThat(p.score()).isEqualTo(without.score() - 10);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
        assertThat(p.tier()).isEqualTo(Tier.NOT_RANKED);
    }

    @Test
    void aSolidVouchIsNoDoubt() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, said: solid}"));
        notFired(p, "Vouch: not sure they would keep up");
    }

    @Test
    void aVouchDoesNotReachAFileThatWasScreenedOut() {
        Placement p = place(STRONG, applicant("unknown-intl", 215, "{person: r1, said: top}"));
        notFired(p, "Vouch: top-ten-percent kind of person");
    }

    // ---- A3: voucher credibility

    @Test
    void aVoiceWithAProvenRecordCountsHalfAgain() {
        Placement p = place(STRONG, vouchedTopBy("r2"));
        Evidence e = fired(p, "A proven voice carries more weight");
        assertThat(e.getHeuristic()).isEqualTo("A3");
        assertThat(e.getPoints()).isEqualTo(5);
        assertThat(e.getValues()).isEqualTo("Dr. Lim has a proven record: half again of +11");
        assertThat(e.getSubject()).isEqualTo("r2");
    }

    @Test
    void aProvenVoicesDoubtsAlsoCountHalfAgain() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r2, said: doubts}"));
        assertThat(fired(p, "A proven voice carries more weight").getPoints()).isEqualTo(-6);
    }

    @Test
    void anUntestedVoiceGetsNoExtraWeight() {
        Placement p = place(STRONG, vouchedTopBy("r1"));
        notFired(p, "A proven voice carries more weight");
    }

    @Test
    void aVoiceThatPraisesEveryoneIsDiscounted() {
        Placement p = place(STRONG, vouchedTopBy("r3"));
        Evidence e = fired(p, "A voice that praises everyone is discounted");
        assertThat(e.getHeuristic()).isEqualTo("A3");
        assertThat(e.getPoints()).isEqualTo(-7);
        assertThat(e.getValues()).isEqualTo("Dr. Rossi praises everyone: -7 of +11");
    }

    @Test
    void anUntestedVoiceIsNotDiscounted() {
        Placement p = place(STRONG, vouchedTopBy("r1"));
        notFired(p, "A voice that praises everyone is discounted");
    }

    @Test
    void aVoiceThatPraisesEveryoneIsStillHeardWhenTheyHaveDoubts() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r3, said: doubts}"));
        notFired(p, "A voice that praises everyone is discounted");
    }

    // ---- A6: rescue

    private static final String AVOIDING = program("imgHistory: strong, avoidingRegions: [south-asia]");

    @Test
    void aRespectedAlumsTopVouchRescuesAFileFromTheAvoidedRegion() {
        Placement p = place(AVOIDING, applicant("pak", 240, "{person: f1, said: top}"));
        Evidence e = fired(p, "A respected alum rescues the file from the avoided region");
        assertThat(e.getHeuristic()).isEqualTo("A6, K7");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getSignal()).isEqualTo(Signal.RESCUE);
        assertThat(e.getValues()).isEqualTo("Dr. Mensah (faculty, untested) vouches top; region south-asia hold lifted");
        notFired(p, "Region avoided this cycle");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aResidentWithAProvenRecordIsRespectedEnoughToRescue() {
        Placement p = place(AVOIDING, applicant("pak", 240, "{person: r2, said: top}"));
        assertThat(fired(p, "A respected alum rescues the file from the avoided region").getValues())
                .startsWith("Dr. Lim (resident, proven) vouches top");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aResidentWithAnUntestedRecordCannotRescueAFileFromTheAvoidedRegion() {
        Placement p = place(AVOIDING, applicant("pak", 240, "{person: r1, said: top}"));
        notFired(p, "A respected alum rescues the file from the avoided region");
        fired(p, "Region avoided this cycle");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aRespectedAlumsSolidVouchIsNotEnoughToRescue() {
        Placement p = place(AVOIDING, applicant("pak", 240, "{person: f1, said: solid}"));
        notFired(p, "A respected alum rescues the file from the avoided region");
    }

    private static final String BURNED = program("imgHistory: strong, history: [{school: unknown-intl, outcome: weak, note: professionalism}]");

    @Test
    void aRespectedAlumStakingTheirNameRescuesAFileFromTheBurnedSchool() {
        Placement p = place(BURNED, vouchedTopBy("r2"));
        Evidence e = fired(p, "A respected alum rescues the file from the burned school");
        assertThat(e.getHeuristic()).isEqualTo("A6, K4");
        assertThat(e.getSignal()).isEqualTo(Signal.RESCUE);
        assertThat(e.getValues()).isEqualTo("Dr. Lim (resident, proven) vouches top; burned-school hold lifted");
        notFired(p, "Burned school: quietly not interviewed");
        notFired(p, "High risk: a school that burned us");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void anUntestedResidentCannotRescueAFileFromTheBurnedSchool() {
        Placement p = place(BURNED, vouchedTopBy("r1"));
        notFired(p, "A respected alum rescues the file from the burned school");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    // ---- A7: relationships

    @Test
    void aRelationshipBuiltAheadOfTheSeasonBringsAnUnpromptedWord() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: built}"));
        Evidence e = fired(p, "A relationship built ahead of the season");
        assertThat(e.getHeuristic()).isEqualTo("A7");
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getValues()).isEqualTo("Dr. Osei: relationship built before the season; raw +4 x weight 90%");
    }

    @Test
    void havingMetAnAlumOnceIsNotARelationship() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: met}"));
        notFired(p, "A relationship built ahead of the season");
    }

    @Test
    void anAlumWithDoubtsDoesNotCallTheApplicantLegit() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: built, said: doubts}"));
        notFired(p, "A relationship built ahead of the season");
    }

    @Test
    void mentioningTheAlumNaturallyAtInterviewReinforcesTheConnection() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: met, mentionedAtInterview: true}"));
        Evidence e = fired(p, "The applicant mentioned our alum at interview");
        assertThat(e.getHeuristic()).isEqualTo("A7");
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getValues()).isEqualTo("mentioned Dr. Osei at interview; raw +2 x weight 90%");
    }

    @Test
    void nameDroppingAnAlumTheApplicantNeverMetDoesNotCount() {
        Placement p = place(STRONG, applicant("unknown-intl", 240, "{person: r1, relationship: none, mentionedAtInterview: true}"));
        notFired(p, "The applicant mentioned our alum at interview");
    }

    @Test
    void aFileThatWasNeverInterviewedCannotHaveMentionedAnyoneAtInterview() {
        // the maybe pile is not reached (20 slots for 400 applications): no interview, so nothing said at one
        Placement p = place(program("interviews: {slots: 20, applications: 400}"),
                applicant("unknown-intl", 240, "{person: r1, relationship: met, mentionedAtInterview: true}"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        notFired(p, "The applicant mentioned our alum at interview");
    }

    // ---- A8: the tiebreaker

    @Test
    void amongSimilarScoresTheSchoolWeKnowRanksHigherInTheTier() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}]"), applicant("unknown-intl", 240, ""));
        Evidence e = fired(p, "Among similar scores, the school we know ranks higher");
        assertThat(e.getHeuristic()).isEqualTo("A8");
        assertThat(e.getEffect()).isEqualTo(Effect.ORDER);
        assertThat(e.getPoints()).isEqualTo(3);
        assertThat(e.getValues()).isEqualTo("known school: +3 places within the tier");
        assertThat(p.orderKey()).isEqualTo(p.score() + 3);
    }

    @Test
    void aSchoolWeHaveOnlySeenAverageResidentsFromBreaksNoTies() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: average}]"), applicant("unknown-intl", 240, ""));
        notFired(p, "Among similar scores, the school we know ranks higher");
    }
}
