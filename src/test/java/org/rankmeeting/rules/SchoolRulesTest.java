package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.Signal;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * K: what the program's own history says about the applicant's school and region
 * (K1 standing from history, K2 halo, K3 benefit of the doubt, K4 burned school, K5 unknown school,
 * K6 region reputation, K7 avoided region, K8 informal familiarity, K9 grade calibration).
 */
class SchoolRulesTest {

    private static String program(String extra) {
        return "{id: p, screens: {imgStep2Cutoff: 225}" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static final String PLAIN = program("");
    private static final String APPLICANT = "{id: a, school: unknown-intl, step2: {score: 240}}";

    // ---- K1: standing from history

    @Test
    void mostlyGoodResidentsFromASchoolMakeItTrusted() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: strong}, {school: unknown-intl, outcome: solid}]"), APPLICANT);
        Evidence e = fired(p, "We know these people");
        assertThat(e.getHeuristic()).isEqualTo("K1");
        assertThat(e.getPoints()).isEqualTo(6);
        assertThat(e.getSignal()).isEqualTo(Signal.TRUSTED_SCHOOL);
        assertThat(e.getValues()).isEqualTo("2 resident(s) from Faraway Medical College: 1 strong, 1 solid, 0 average, 0 weak");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
    }

    @Test
    void oneWeakResidentCountsAsMuchAsTwoGoodOnes() {
        // 2 good, 1 weak: the weak one is remembered twice as strongly, so the school is not trusted but burned.
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: solid},"
                + " {school: unknown-intl, outcome: weak}]"), APPLICANT);
        notFired(p, "We know these people");
        fired(p, "We got burned by this school");
    }

    @Test
    void aWeakResidentFromASchoolBurnsIt() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak, note: failed Step 3}]"), APPLICANT);
        Evidence e = fired(p, "We got burned by this school");
        assertThat(e.getHeuristic()).isEqualTo("K1");
        assertThat(e.getPoints()).isEqualTo(-10);
        assertThat(e.getSignal()).isEqualTo(Signal.BURNED_SCHOOL);
        assertThat(e.getValues()).contains("1 weak (failed Step 3)");
        assertThat(p.bucket()).isEqualTo(Bucket.HIGH_RISK);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void threeGoodResidentsOutweighOneWeakOne() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: solid},"
                + " {school: unknown-intl, outcome: strong}, {school: unknown-intl, outcome: weak}]"), APPLICANT);
        notFired(p, "We got burned by this school");
        fired(p, "We know these people");
    }

    @Test
    void onlyAverageResidentsLeaveTheSchoolKnownButNotTrusted() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: average}]"), APPLICANT);
        Evidence e = fired(p, "A school we have seen but have no strong view of");
        assertThat(e.getHeuristic()).isEqualTo("K1");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getSignal()).isEqualTo(Signal.KNOWN_SCHOOL);
        assertThat(e.getValues()).isEqualTo("1 resident(s) from Faraway Medical College: 0 strong, 0 solid, 1 average, 0 weak");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void twoTopResidentsAndOneAverageOneMakeASchoolWeKnow() {
        // article 000's pattern check: two top residents and one average one from a school make it a school to trust
        Placement p = place(program("history: [{school: unknown-intl, outcome: strong}, {school: unknown-intl, outcome: strong},"
                + " {school: unknown-intl, outcome: average}]"), APPLICANT);
        fired(p, "We know these people");
        notFired(p, "A school we have seen but have no strong view of");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
    }

    @Test
    void oneSolidResidentAmongFourAverageOnesIsNotTrust() {
        // average residents count against trust: 1 good does not outnumber 4 average
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: average},"
                + " {school: unknown-intl, outcome: average}, {school: unknown-intl, outcome: average}, {school: unknown-intl, outcome: average}]"),
                APPLICANT);
        notFired(p, "We know these people");
        notFired(p, "We got burned by this school");
        Evidence e = fired(p, "A school we have seen but have no strong view of");
        assertThat(e.getSignal()).isEqualTo(Signal.KNOWN_SCHOOL);
        assertThat(e.getMargins()).containsExactly(Margin.numeric("good residents from the school", 1, 5,
                "1 good of 5 resident(s) from the school; trust needs 5 good ones (more than the average ones plus twice the weak ones)"));
        assertThat(e.getMargins().get(0).gap()).isEqualTo(4);
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void asManyAverageResidentsAsGoodOnesIsNotYetTrust() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: average}, {school: unknown-intl, outcome: solid}]"), APPLICANT);
        notFired(p, "We know these people");
        fired(p, "A school we have seen but have no strong view of");
    }

    @Test
    void goodResidentsOutnumberingAverageAndTwiceTheWeakOnesAreTrust() {
        // 3 good against 1 average + 2 x 0 weak: trusted
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: solid},"
                + " {school: unknown-intl, outcome: strong}, {school: unknown-intl, outcome: average}]"), APPLICANT);
        fired(p, "We know these people");
    }

    @Test
    void aWeakResidentAlsoWeighsAgainstTrustWithoutBurningTheSchool() {
        // 3 good, 1 average, 1 weak: not burned (3 > 2 x 1), not trusted (3 is not more than 1 + 2 x 1)
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}, {school: unknown-intl, outcome: solid},"
                + " {school: unknown-intl, outcome: strong}, {school: unknown-intl, outcome: average}, {school: unknown-intl, outcome: weak}]"),
                APPLICANT);
        notFired(p, "We know these people");
        notFired(p, "We got burned by this school");
        assertThat(fired(p, "A school we have seen but have no strong view of").getMargins().get(0).threshold()).isEqualTo(4);
    }

    @Test
    void aSchoolWithNoResidentsHereIsUnknown() {
        Placement p = place(PLAIN, APPLICANT);
        Evidence e = fired(p, "A school we have never taken from");
        assertThat(e.getHeuristic()).isEqualTo("K1");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getSignal()).isEqualTo(Signal.UNKNOWN_SCHOOL);
        assertThat(e.getValues()).isEqualTo("0 residents from Faraway Medical College");
    }

    @Test
    void oneResidentFromTheSchoolMakesItNoLongerUnknown() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: average}]"), APPLICANT);
        notFired(p, "A school we have never taken from");
    }

    @Test
    void aUsGraduatesSchoolIsNotJudgedByImgHistory() {
        Placement p = place(PLAIN, "{id: a, school: us-md, step2: {score: 240}}");
        notFired(p, "A school we have never taken from");
    }

    // ---- K2: halo

    @Test
    void anAlumWhoBecameFacultyLendsTheSchoolAHalo() {
        Placement p = place(program("people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2019}]"), APPLICANT);
        Evidence e = fired(p, "An alum who rose to a leadership role lends the school a halo");
        assertThat(e.getHeuristic()).isEqualTo("K2");
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getSignal()).isEqualTo(Signal.HALO);
        assertThat(e.getSubject()).isEqualTo("f1");
        assertThat(e.getValues()).isEqualTo("Dr. Adeyemi, faculty for 7 years, trained at Faraway Medical College");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
    }

    @Test
    void aHaloFadesAfterADecade() {
        Placement p = place(program("people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2014}]"), APPLICANT);
        notFired(p, "An alum who rose to a leadership role lends the school a halo");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void aResidentFromTheSchoolIsNoHalo() {
        Placement p = place(program("history: [{school: unknown-intl, year: 2024, outcome: average}],"
                + " people: [{id: r1, name: Dr. Bello, role: resident, school: unknown-intl, since: 2024}]"), APPLICANT);
        notFired(p, "An alum who rose to a leadership role lends the school a halo");
    }

    @Test
    void aHaloDoesNotCoverASchoolThatBurnedUs() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak}],"
                + " people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2019}]"), APPLICANT);
        notFired(p, "An alum who rose to a leadership role lends the school a halo");
    }

    // ---- K3: benefit of the doubt

    @Test
    void aTrustedSchoolGetsTheBenefitOfTheDoubtOnAScoreCloseToTheBar() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}]"), "{id: a, school: unknown-intl, step2: {score: 230}}");
        Evidence e = fired(p, "Trusted school: benefit of the doubt on metrics");
        assertThat(e.getHeuristic()).isEqualTo("K3");
        assertThat(e.getPoints()).isEqualTo(3);
        assertThat(e.getValues()).isEqualTo("Step 2 230 within 10 of the bar 225");
    }

    @Test
    void aScoreTenOverTheBarNeedsNoBenefitOfTheDoubt() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}]"), "{id: a, school: unknown-intl, step2: {score: 235}}");
        notFired(p, "Trusted school: benefit of the doubt on metrics");
    }

    @Test
    void aHaloAlsoEarnsTheBenefitOfTheDoubt() {
        Placement p = place(program("people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2019}]"),
                "{id: a, school: unknown-intl, step2: {score: 230}}");
        fired(p, "Trusted school: benefit of the doubt on metrics");
    }

    @Test
    void anUnknownSchoolGetsNoBenefitOfTheDoubt() {
        Placement p = place(PLAIN, "{id: a, school: unknown-intl, step2: {score: 230}}");
        notFired(p, "Trusted school: benefit of the doubt on metrics");
    }

    // ---- K4: burned school

    @Test
    void aFileFromABurnedSchoolIsQuietlyNotInterviewed() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak, note: unprepared}]"), APPLICANT);
        Evidence e = fired(p, "Burned school: quietly not interviewed");
        assertThat(e.getHeuristic()).isEqualTo("K4");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).contains("1 weak (unprepared)");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("good residents from the school", 0, 3,
                "0 good against 1 weak resident(s) from the school, a weak one remembered twice: it takes 3 good ones,"
                        + " or a very trusted voice here, to reopen it"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        assertThat(p.nearMisses()).extracting(n -> n.heuristic() + " " + n.margin().gap()).containsExactly("K4 3");
    }

    @Test
    void aRespectedAlumsTopVouchLiftsTheBurnedSchoolHold() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak}], people: [{id: f1, name: Dr. Mensah, role: faculty}]"),
                "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: f1, said: top}]}");
        notFired(p, "Burned school: quietly not interviewed");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aTrustedWritersLetterLiftsTheBurnedSchoolHold() {
        // K4: "unless someone very trusted intervenes"; the rule names a trusted writer as such a someone.
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak}], letterWriters: {trusted: [us-chair]}"),
                "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-chair, strength: strong, style: detailed}]}");
        notFired(p, "Burned school: quietly not interviewed");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    // ---- K5: unknown school magnifies

    private static final String FLAWED = "{id: a, school: unknown-intl, step2: {score: 229, attempts: 2}}";

    @Test
    void anUnknownSchoolMagnifiesTheFlawsInTheFile() {
        // the flaws: failed attempt -12, no USCE -3 = -15, counted half again: -7
        // (margin +1 and no visa issues +3 count as they are and do not offset the flaws first)
        Placement p = place(PLAIN, FLAWED);
        Evidence e = fired(p, "Unknown school: every other part of the file weighs more");
        assertThat(e.getHeuristic()).isEqualTo("K5");
        assertThat(e.getPoints()).isEqualTo(-7);
        assertThat(e.getValues()).isEqualTo("flaws in score, letters, USCE and visa -15 from 2 item(s), counted half again: -7");
        assertThat(p.tier()).isEqualTo(Tier.NOT_RANKED);
    }

    @Test
    void anUnknownSchoolDoesNotMagnifyAGoodRecord() {
        // margin +6, USCE +4, no visa issues +3, and no flaw: nothing to magnify
        Placement p = place(PLAIN, "{id: a, school: unknown-intl, step2: {score: 250}, usce: [{kind: inpatient, site: Mercy, weeks: 8, letter: decent}]}");
        notFired(p, "Unknown school: every other part of the file weighs more");
        assertThat(p.score()).isEqualTo(20 + 6 + 4 + 3);
    }

    @Test
    void aStrongFileFromAnUnknownSchoolNoLongerOutscoresTheSameFileFromASchoolWeHaveSeen() {
        String strong = "{id: a, school: unknown-intl, step2: {score: 250}, usce: [{kind: inpatient, site: Mercy, weeks: 8, letter: decent}]}";
        Placement unknown = place(PLAIN, strong);
        Placement seen = place(program("history: [{school: unknown-intl, outcome: average}]"), strong);
        assertThat(unknown.score()).isLessThanOrEqualTo(seen.score());
    }

    @Test
    void theGoodPartsOfAFileDoNotCancelAFlawBeforeItIsMagnified() {
        // margin +3 and no visa issues +3 would have netted the -3 for no USCE to +3; the flaw alone is magnified
        Placement p = place(PLAIN, "{id: a, school: unknown-intl, step2: {score: 240}}");
        Evidence e = fired(p, "Unknown school: every other part of the file weighs more");
        assertThat(e.getPoints()).isEqualTo(-1);
        assertThat(e.getValues()).isEqualTo("flaws in score, letters, USCE and visa -3 from 1 item(s), counted half again: -1");
    }

    @Test
    void aFacultyMemberWhoKnowsTheCountryStopsTheMagnification() {
        Placement p = place(program("familiarCountries: [{country: Nigeria, via: Dr. Mensah did an elective in Lagos}]"), FLAWED);
        notFired(p, "Unknown school: every other part of the file weighs more");
        fired(p, "A faculty member knows the country");
        // the same file without the half-again penalty (and with +2 for the familiarity) is still ranked
        assertThat(p.tier()).isEqualTo(Tier.MID_LOW);
    }

    @Test
    void aHaloStopsTheMagnification() {
        Placement p = place(program("people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2020}]"), FLAWED);
        notFired(p, "Unknown school: every other part of the file weighs more");
        fired(p, "An alum who rose to a leadership role lends the school a halo");
        fired(p, "No resident from the school, but one of our faculty trained there");
    }

    // ---- K1 and the program's people agree

    @Test
    void aFacultyMemberWhoTrainedThereMeansTheSchoolIsNotABlank() {
        // never "we have never taken anyone from this school" next to "we asked Dr. X, who trained there"
        Placement p = place(program("people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2005}]"), FLAWED);
        Evidence e = fired(p, "No resident from the school, but one of our faculty trained there");
        assertThat(e.getHeuristic()).isEqualTo("K1, K8");
        assertThat(e.getSignal()).isEqualTo(Signal.FAMILIAR);
        assertThat(e.getValues()).isEqualTo("0 residents from Faraway Medical College; Dr. Adeyemi (faculty) trained there");
        notFired(p, "A school we have never taken from");
        notFired(p, "Unknown school: every other part of the file weighs more");
        notFired(place(PLAIN, FLAWED), "No resident from the school, but one of our faculty trained there");
    }

    @Test
    void aResidentFromTheSchoolWithNoHistoryFromThereIsRejected() {
        assertThatThrownBy(() -> place(program("people: [{id: r1, name: Dr. Bello, role: resident, school: unknown-intl}]"), APPLICANT))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("programs[0].people[0].school: Dr. Bello (resident) trained at 'unknown-intl', so the program"
                        + " has taken a resident from that school, but its history lists nobody from there: add"
                        + " {school: unknown-intl, outcome: strong|solid|average|weak} to programs[0].history, or correct the school");
    }

    @Test
    void aKnownSchoolIsNotMagnified() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: average}]"), FLAWED);
        notFired(p, "Unknown school: every other part of the file weighs more");
    }

    @Test
    void aSingleOnePointFlawIsTooSmallToMagnify() {
        // a home-country generic letter -1 is the only flaw; a sub-I with a strong letter +4 means USCE is no flaw
        Placement p = place(PLAIN, "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: home-prof, style: generic},"
                + " {writer: us-attending, strength: good, style: detailed}],"
                + " usce: [{kind: sub-i, site: Mercy, weeks: 4, letter: strong}]}");
        fired(p, "A short generic letter hurts");
        notFired(p, "Unknown school: every other part of the file weighs more");
    }

    // ---- K6: region reputation

    @Test
    void aBattleTestedRegionEarnsCreditForResilience() {
        Placement p = place(PLAIN, "{id: a, school: pak, step2: {score: 240}}");
        Evidence e = fired(p, "Battle-tested region earns credit for resilience");
        assertThat(e.getHeuristic()).isEqualTo("K6");
        assertThat(e.getPoints()).isEqualTo(3);
        assertThat(e.getValues()).isEqualTo("Pakistan, region south-asia read as battle-tested");
    }

    @Test
    void aNeutralRegionEarnsNoResilienceCredit() {
        Placement p = place(PLAIN, APPLICANT);
        notFired(p, "Battle-tested region earns credit for resilience");
    }

    @Test
    void anExamOrientedRegionWithoutSolidUsWorkLosesCredit() {
        Placement p = place(PLAIN, "{id: a, school: rom, step2: {score: 240}, usce: [{kind: inpatient, site: Mercy, weeks: 4}]}");
        Evidence e = fired(p, "Exam-oriented region needs strong US clinical experience");
        assertThat(e.getHeuristic()).isEqualTo("K6");
        assertThat(e.getPoints()).isEqualTo(-4);
        assertThat(e.getValues()).isEqualTo("region east-europe read as exam-oriented; no US rotation worth 70 or more on the ladder");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("best USCE ladder value", 45, 70,
                "best US rotation worth 45 on the ladder, 25 short of the 70 that shows hands-on work"));
    }

    @Test
    void withNoUsRotationAtAllAnExamOrientedRegionIsSeventyShort() {
        Placement p = place(PLAIN, "{id: a, school: rom, step2: {score: 240}}");
        Evidence e = fired(p, "Exam-oriented region needs strong US clinical experience");
        assertThat(e.getMargins()).extracting(Margin::value, Margin::gap).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 70));
    }

    @Test
    void anInpatientMonthWithADecentLetterIsTheUsWorkAnExamOrientedRegionNeeds() {
        Placement p = place(PLAIN, "{id: a, school: rom, step2: {score: 240}, usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: decent}]}");
        notFired(p, "Exam-oriented region needs strong US clinical experience");
    }

    @Test
    void aCaribbeanSchoolIsJudgedOnlyByOurHistoryWithIt() {
        Placement p = place(PLAIN, "{id: a, school: carib, step2: {score: 240}}");
        Evidence e = fired(p, "A Caribbean school is judged only by our history with it");
        assertThat(e.getHeuristic()).isEqualTo("K6");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).startsWith("Island Medical University: 0 resident(s) from Island Medical University");
        notFired(p, "Battle-tested region earns credit for resilience");
        notFired(p, "Exam-oriented region needs strong US clinical experience");
    }

    @Test
    void anInternationalSchoolIsNotReadAsCaribbean() {
        Placement p = place(PLAIN, APPLICANT);
        notFired(p, "A Caribbean school is judged only by our history with it");
    }

    // ---- K7: avoided region

    private static final String AVOIDING = program("avoidingRegions: [south-asia],"
            + " people: [{id: f1, name: Dr. Mensah, role: faculty}, {id: r1, name: Dr. Bello, role: resident}]");

    @Test
    void aRegionThatBurnedUsIsAvoidedThisCycle() {
        Placement p = place(AVOIDING, "{id: a, school: pak, step2: {score: 250}}");
        Evidence e = fired(p, "Region avoided this cycle");
        assertThat(e.getHeuristic()).isEqualTo("K7");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).isEqualTo("region south-asia is on this cycle's avoid list");
        assertThat(e.getMargins()).containsExactly(
                Margin.of("region south-asia is avoided this cycle; only a respected alum's top vouch lifts that for one applicant"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void anotherRegionIsNotAvoided() {
        Placement p = place(AVOIDING, "{id: a, school: rom, step2: {score: 250}}");
        notFired(p, "Region avoided this cycle");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aRespectedAlumsTopVouchLiftsTheRegionHold() {
        Placement p = place(AVOIDING, "{id: a, school: pak, step2: {score: 250}, contacts: [{person: f1, said: top}]}");
        notFired(p, "Region avoided this cycle");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aResidentWithAnUntestedRecordCannotLiftTheRegionHold() {
        Placement p = place(AVOIDING, "{id: a, school: pak, step2: {score: 250}, contacts: [{person: r1, said: top}]}");
        fired(p, "Region avoided this cycle");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    // ---- K8: informal familiarity

    @Test
    void aFacultyMemberWhoWorkedInTheCountryMakesItsSchoolsLessUnknown() {
        Placement p = place(program("familiarCountries: [{country: Nigeria, via: Dr. Mensah did an elective in Lagos}]"), APPLICANT);
        Evidence e = fired(p, "A faculty member knows the country");
        assertThat(e.getHeuristic()).isEqualTo("K8");
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getSignal()).isEqualTo(Signal.FAMILIAR);
        assertThat(e.getValues()).isEqualTo("Nigeria: Dr. Mensah did an elective in Lagos");
    }

    @Test
    void familiarityWithAnotherCountryDoesNotHelp() {
        Placement p = place(program("familiarCountries: [{country: Ghana, via: Dr. Mensah did an elective in Accra}]"), APPLICANT);
        notFired(p, "A faculty member knows the country");
    }

    @Test
    void familiarityAddsNothingForASchoolWeAlreadyKnow() {
        Placement p = place(program("familiarCountries: [{country: Nigeria}], history: [{school: unknown-intl, outcome: average}]"), APPLICANT);
        notFired(p, "A faculty member knows the country");
    }

    // ---- K9: grade calibration

    private static final String WITH_ALUM = program("history: [{school: unknown-intl, outcome: average}],"
            + " people: [{id: r1, name: Dr. Bello, role: resident, school: unknown-intl}]");

    @Test
    void anAlumReadsATranscriptPercentageAsTopTenthAtTheirSchool() {
        Placement p = place(WITH_ALUM, "{id: a, school: unknown-intl, step2: {score: 240}, transcript: {percent: 82}}");
        Evidence e = fired(p, "An alum translates the transcript: top tenth at their school");
        assertThat(e.getHeuristic()).isEqualTo("K9");
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getSubject()).isEqualTo("r1");
        assertThat(e.getValues()).isEqualTo("82% >= 80% (top 10% there, per Dr. Bello)");
        notFired(p, "An alum translates the transcript: close to the top");
    }

    @Test
    void aPercentageJustUnderTheTopTenthMarkIsNotTopTenth() {
        Placement p = place(WITH_ALUM, "{id: a, school: unknown-intl, step2: {score: 240}, transcript: {percent: 79}}");
        notFired(p, "An alum translates the transcript: top tenth at their school");
    }

    @Test
    void anAlumReadsAPercentageWithinFiveOfTheMarkAsCloseToTheTop() {
        Placement p = place(WITH_ALUM, "{id: a, school: unknown-intl, step2: {score: 240}, transcript: {percent: 77}}");
        Evidence e = fired(p, "An alum translates the transcript: close to the top");
        assertThat(e.getHeuristic()).isEqualTo("K9");
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getValues()).isEqualTo("77% within 5 of the top-10% mark 80% (per Dr. Bello)");
    }

    @Test
    void aPercentageMoreThanFiveUnderTheMarkGetsNoTranslation() {
        Placement p = place(WITH_ALUM, "{id: a, school: unknown-intl, step2: {score: 240}, transcript: {percent: 74}}");
        notFired(p, "An alum translates the transcript: close to the top");
        notFired(p, "An alum translates the transcript: top tenth at their school");
    }

    @Test
    void withoutAnAlumFromTheSchoolNobodyTranslatesTheTranscript() {
        Placement p = place(PLAIN, "{id: a, school: unknown-intl, step2: {score: 240}, transcript: {percent: 82}}");
        notFired(p, "An alum translates the transcript: top tenth at their school");
    }
}
