package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.Signal;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * L: letters (L1 the writer trust list, L2 writer standing, L3 comparative letters, L4 weak letters,
 * L5 home-country letters, L6 nobody knows this person).
 * Applicants come from {@code rom} (a school with no history here) unless a test needs otherwise.
 */
class LettersRulesTest {

    private static String program(String extra) {
        return "{id: p, screens: {imgStep2Cutoff: 225}" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static String applicant(String letters) {
        return "{id: a, school: rom, step2: {score: 240}, letters: [" + letters + "]}";
    }

    private static final String LISTS = program("letterWriters: {trusted: [us-attending], ignored: [us-apd], redFlag: [us-chair]}");

    // ---- L1: the trust list

    @Test
    void aTrustedWritersLetterFastTracksTheFile() {
        Placement p = place(LISTS, applicant("{writer: us-attending, strength: strong, style: detailed}"));
        Evidence e = fired(p, "A letter from a writer we trust");
        assertThat(e.getHeuristic()).isEqualTo("L1");
        assertThat(e.getPoints()).isEqualTo(6);
        assertThat(e.getSignal()).isEqualTo(Signal.TRUSTED_WRITER);
        assertThat(e.getSubject()).isEqualTo("us-attending");
        assertThat(e.getValues()).isEqualTo("Dr. Attending is on our trusted list; letter strong");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
    }

    @Test
    void aLukewarmLetterFromATrustedWriterDoesNotFastTrack() {
        Placement p = place(LISTS, applicant("{writer: us-attending, strength: lukewarm, style: detailed}"));
        notFired(p, "A letter from a writer we trust");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void anIgnoredWritersLetterCountsForNothing() {
        Placement p = place(LISTS, applicant("{writer: us-apd, strength: strong, style: comparative}"));
        Evidence e = fired(p, "A letter from a writer we ignore");
        assertThat(e.getHeuristic()).isEqualTo("L1");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getPoints()).isZero();
        assertThat(e.getValues()).isEqualTo("Dr. APD is on our ignore list");
        // even a strong comparative letter from this writer leaves the file where it would be without it
        notFired(p, "A detailed comparative US letter");
        Placement without = place(LISTS, applicant(""));
        assertThat(p.score()).isEqualTo(without.score());
    }

    @Test
    void anUnlistedWritersLetterIsNotIgnored() {
        Placement p = place(program(""), applicant("{writer: us-apd, strength: strong, style: comparative}"));
        notFired(p, "A letter from a writer we ignore");
        fired(p, "A detailed comparative US letter");
    }

    @Test
    void aRedFlagWritersLetterCountsAgainstTheFile() {
        Placement p = place(LISTS, applicant("{writer: us-chair, strength: strong, style: detailed}"));
        Evidence e = fired(p, "A letter from a red-flag writer");
        assertThat(e.getHeuristic()).isEqualTo("L1");
        assertThat(e.getPoints()).isEqualTo(-6);
        assertThat(e.getSignal()).isEqualTo(Signal.WEAK_LETTERS);
        assertThat(e.getValues()).isEqualTo("Dr. Chair is on our red-flag list");
        // with a school we do not know, that is the high-risk pile (B3)
        assertThat(p.bucket()).isEqualTo(Bucket.HIGH_RISK);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void theSameWriterOffTheRedFlagListIsNoWarning() {
        Placement p = place(program("letterWriters: {trusted: [us-attending], ignored: [us-apd]}"),
                applicant("{writer: us-chair, strength: strong, style: detailed}"));
        notFired(p, "A letter from a red-flag writer");
    }

    // ---- L2: writer standing

    private static final String SENT_SOLID = program("history: [{school: us-md, outcome: solid, recommendedBy: us-chair}]");

    @Test
    void aChairWhoSentUsSolidResidentsMakesTheApplicantAKnownQuantity() {
        Placement p = place(SENT_SOLID, applicant("{writer: us-chair, strength: good, style: detailed}"));
        Evidence e = fired(p, "That writer's student");
        assertThat(e.getHeuristic()).isEqualTo("L2");
        assertThat(e.getPoints()).isEqualTo(5);
        assertThat(e.getSignal()).isEqualTo(Signal.TRUSTED_WRITER);
        assertThat(e.getValues()).isEqualTo("Dr. Chair (chair, US) recommended residents who did well here");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(fired(p, "Known quantity: fast-tracked").getValues()).isEqualTo("because: That writer's student");
    }

    @Test
    void aChairWhoseResidentTurnedOutWeakGivesNoStanding() {
        Placement p = place(program("history: [{school: us-md, outcome: weak, recommendedBy: us-chair}]"),
                applicant("{writer: us-chair, strength: good, style: detailed}"));
        notFired(p, "That writer's student");
    }

    @Test
    void anAttendingIsNotAChairOrApdEvenIfTheirResidentsDidWell() {
        Placement p = place(program("history: [{school: us-md, outcome: solid, recommendedBy: us-attending}]"),
                applicant("{writer: us-attending, strength: good, style: detailed}"));
        notFired(p, "That writer's student");
    }

    // ---- L3: comparative letters

    @Test
    void aStrongComparativeUsLetterOutweighsAPoliteSummary() {
        Placement p = place(program(""), applicant("{writer: us-attending, strength: strong, style: comparative}"));
        Evidence e = fired(p, "A detailed comparative US letter");
        assertThat(e.getHeuristic()).isEqualTo("L3");
        assertThat(e.getPoints()).isEqualTo(4);
        assertThat(e.getValues()).isEqualTo("Dr. Attending: strong, comparative, US");
    }

    @Test
    void aDetailedButNotComparativeLetterGetsNoComparativeCredit() {
        Placement p = place(program(""), applicant("{writer: us-attending, strength: strong, style: detailed}"));
        notFired(p, "A detailed comparative US letter");
    }

    @Test
    void aRedFlagWritersComparativeLetterGetsNoComparativeCredit() {
        Placement p = place(LISTS, applicant("{writer: us-chair, strength: strong, style: comparative}"));
        notFired(p, "A detailed comparative US letter");
    }

    // ---- L5: home-country letters

    @Test
    void aStrongHomeCountryLetterFromAWriterWeDoNotKnowCountsHalf() {
        Placement p = place(program(""), applicant("{writer: home-prof, strength: strong, style: comparative}"));
        Evidence e = fired(p, "Home-country letters weigh half");
        assertThat(e.getHeuristic()).isEqualTo("L5, L3");
        assertThat(e.getPoints()).isEqualTo(2);
        assertThat(e.getValues()).isEqualTo("Prof. Home: strong, comparative, home country, unknown to us: +4 halved");
        notFired(p, "A detailed comparative US letter");
    }

    @Test
    void aHomeCountryWriterWeTrustIsNotHalved() {
        Placement p = place(program("letterWriters: {trusted: [home-prof]}"), applicant("{writer: home-prof, strength: strong, style: comparative}"));
        notFired(p, "Home-country letters weigh half");
    }

    @Test
    void aKnownHomeCountryWriterCountsInFull() {
        Placement p = place(program("letterWriters: {trusted: [home-prof]}"), applicant("{writer: home-prof, strength: good, style: detailed}"));
        Evidence e = fired(p, "A known home-country writer counts in full");
        assertThat(e.getHeuristic()).isEqualTo("L5");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("Prof. Home (home country) is on our trusted list");
        fired(p, "A letter from a writer we trust");
    }

    @Test
    void aTrustedUsWriterIsNotAHomeCountryWriter() {
        Placement p = place(program("letterWriters: {trusted: [us-attending]}"), applicant("{writer: us-attending, strength: good, style: detailed}"));
        notFired(p, "A known home-country writer counts in full");
    }

    @Test
    void aKnownHomeCountryWritersComparativeLetterWeighsLikeTheSameLetterFromAUsWriterWeTrust() {
        String program = program("letterWriters: {trusted: [home-prof, us-attending]}");
        Placement home = place(program, applicant("{writer: home-prof, strength: strong, style: comparative}"));
        Placement us = place(program, applicant("{writer: us-attending, strength: strong, style: comparative}"));
        assertThat(fired(home, "A detailed comparative US letter").getValues())
                .isEqualTo("Prof. Home: strong, comparative, home country, known to us");
        assertThat(home.score()).isEqualTo(us.score());
        assertThat(home.tier()).isEqualTo(us.tier());
    }

    // ---- L4: weak letters

    @Test
    void aShortGenericUsLetterHurts() {
        Placement p = place(program(""), applicant("{writer: us-attending, strength: good, style: generic}, {writer: us-apd, strength: good, style: detailed}"));
        Evidence e = fired(p, "A short generic letter hurts");
        assertThat(e.getHeuristic()).isEqualTo("L4");
        assertThat(e.getPoints()).isEqualTo(-2);
        assertThat(e.getValues()).isEqualTo("Dr. Attending: generic");
    }

    @Test
    void aGenericHomeCountryLetterHurtsHalfAsMuch() {
        Placement p = place(program(""), applicant("{writer: home-prof, strength: good, style: generic}, {writer: us-apd, strength: good, style: detailed}"));
        Evidence e = fired(p, "A short generic letter hurts");
        assertThat(e.getPoints()).isEqualTo(-1);
        assertThat(e.getValues()).isEqualTo("Prof. Home: generic, home country (half)");
    }

    @Test
    void aDetailedLetterIsNotGeneric() {
        Placement p = place(program(""), applicant("{writer: us-attending, strength: good, style: detailed}"));
        notFired(p, "A short generic letter hurts");
    }

    private static final String APD_HERE = program("people: [{id: us-apd, name: Dr. APD, role: apd}]");

    @Test
    void aLukewarmLetterFromOneOfOurOwnHurtsMoreThanNoLetter() {
        Placement p = place(APD_HERE, applicant("{writer: us-apd, strength: lukewarm, style: detailed}"));
        Evidence e = fired(p, "A lukewarm letter from one of our own hurts more than none");
        assertThat(e.getHeuristic()).isEqualTo("L4");
        assertThat(e.getPoints()).isEqualTo(-6);
        assertThat(e.getSignal()).isEqualTo(Signal.WEAK_LETTERS);
        assertThat(e.getValues()).isEqualTo("Dr. APD is at this program; letter lukewarm, detailed");
        Placement noLetter = place(APD_HERE, applicant(""));
        assertThat(p.score()).isLessThan(noLetter.score());
    }

    @Test
    void aGenericLetterFromOneOfOurOwnIsReadTheSameWay() {
        Placement p = place(APD_HERE, applicant("{writer: us-apd, strength: good, style: generic}, {writer: us-attending, strength: good, style: detailed}"));
        assertThat(fired(p, "A lukewarm letter from one of our own hurts more than none").getValues()).contains("letter good, generic");
        notFired(p, "A short generic letter hurts");
    }

    @Test
    void aGoodDetailedLetterFromOneOfOurOwnIsNoWarning() {
        Placement p = place(APD_HERE, applicant("{writer: us-apd, strength: good, style: detailed}"));
        notFired(p, "A lukewarm letter from one of our own hurts more than none");
    }

    @Test
    void aLukewarmLetterFromSomeoneElsewhereIsNotReadAsAWarning() {
        Placement p = place(program(""), applicant("{writer: us-apd, strength: lukewarm, style: detailed}"));
        notFired(p, "A lukewarm letter from one of our own hurts more than none");
    }

    // ---- L6: nobody knows this person

    @Test
    void whenEveryLetterIsGenericNobodyReallyKnowsTheApplicant() {
        Placement p = place(program(""), applicant("{writer: us-attending, style: generic}, {writer: home-prof, style: generic}"));
        Evidence e = fired(p, "Nobody really knows this person");
        assertThat(e.getHeuristic()).isEqualTo("L6");
        assertThat(e.getPoints()).isEqualTo(-10);
        assertThat(e.getSignal()).isEqualTo(Signal.WEAK_LETTERS);
        assertThat(e.getValues()).isEqualTo("2 letter(s), all generic");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("detailed or comparative letters", 0, 1,
                "2 letter(s), every one short and generic: a single detailed letter would lift this"));
    }

    @Test
    void oneDetailedLetterMeansSomebodyKnowsThem() {
        Placement p = place(program(""), applicant("{writer: us-attending, style: generic}, {writer: home-prof, style: detailed}"));
        notFired(p, "Nobody really knows this person");
    }

    @Test
    void aFileWithNoLettersIsNotJudgedAllGeneric() {
        Placement p = place(program(""), applicant(""));
        notFired(p, "Nobody really knows this person");
    }
}
