package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * U: US clinical experience (U1 the ladder of perceived value, U2 seen here, U3 tourism).
 * The five ladder rules only insert a value per rotation; the value of the best rotation shows in the
 * "best US rotation" line as "ladder value N/100", which is where these tests read it.
 */
class UsceRulesTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}, alumniSites: [General Hospital]}";
    private static final String PROGRAM_WITH_TRUSTED = "{id: p, screens: {imgStep2Cutoff: 225}, letterWriters: {trusted: [us-apd]}}";
    private static final String KNOWS_CHAIR = "{id: p, screens: {imgStep2Cutoff: 225}, letterWriters: {trusted: [us-chair]}}";

    private static String applicant(String usce) {
        return "{id: a, school: unknown-intl, step2: {score: 240}, usce: [" + usce + "]}";
    }

    private static Evidence best(String program, String usce) {
        return fired(place(program, applicant(usce)), "The best US rotation sets the USCE credit");
    }

    // ---- U1: the ladder, read through the best-rotation line

    @Test
    void theLadderSpansAlmostTwoTiersFromTourismToFastTracked() {
        // U1: shadowing (5) reads as tourism, a sub-I with a strong letter from a writer we know (95) is fast-tracked;
        // today's credit spans more than a tier (it was 8 points), and the pile reads the same ladder at the door
        Placement shadow = place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240}, usce: [{kind: shadowing, site: Mercy}]}");
        Placement subI = place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240},"
                + " usce: [{kind: sub-i, site: Mercy, weeks: 4, letter: strong, writer: us-apd}]}");
        int low = fired(shadow, "The best US rotation sets the USCE credit").getPoints();
        int high = fired(subI, "The best US rotation sets the USCE credit").getPoints();
        assertThat(high - low).as("more than one tier").isGreaterThan(10);
        assertThat(low).isEqualTo(-2);
        assertThat(high).isEqualTo(10);
        assertThat(fired(shadow, "The best US rotation sets the USCE credit").getSentence()).startsWith("Tourism");
        // the sub-I's letter is a letter from that writer: the trusted writer fast-tracks the file (B1)
        assertThat(fired(subI, "Known quantity: fast-tracked").getValues()).isEqualTo("because: A letter from a writer we trust");
        notFired(shadow, "Known quantity: fast-tracked");
    }

    @Test
    void aRotationThatEndsWithALetterIsALetterFromThatWriterCountedOnce() {
        String rotation = "usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: strong, writer: us-apd}]";
        Placement once = place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240}, " + rotation + "}");
        assertThat(once.trail().stream().filter(e -> e.getRule().equals("A letter from a writer we trust")).count()).isEqualTo(1);
        // entered in both places: still one letter, read with the strength and style given under letters
        Placement both = place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240}, " + rotation
                + ", letters: [{writer: us-apd, strength: good, style: comparative}]}");
        List<Evidence> trusted = both.trail().stream().filter(e -> e.getRule().equals("A letter from a writer we trust")).toList();
        assertThat(trusted).hasSize(1);
        assertThat(trusted.get(0).getValues()).isEqualTo("Dr. APD is on our trusted list; letter good");
        // a rotation with no letter is no letter
        notFired(place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240},"
                + " usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: none, writer: us-apd}]}"), "A letter from a writer we trust");
    }

    @Test
    void aGenericRotationLetterFromAnUnnamedAttendingIsAGenericLetter() {
        Placement p = place(PROGRAM_WITH_TRUSTED, "{id: a, school: unknown-intl, step2: {score: 240},"
                + " usce: [{kind: clinic, site: Mercy, weeks: 4, letter: generic}]}");
        assertThat(fired(p, "A short generic letter hurts").getValues()).isEqualTo("the supervising attending at Mercy: generic");
        fired(p, "Nobody really knows this person");
    }

    @Test
    void shadowingIsWorthFiveOnTheLadderAndCostsTwoPoints() {
        Evidence e = best(PROGRAM, "{kind: shadowing, site: Mercy, weeks: 2}");
        assertThat(e.getHeuristic()).isEqualTo("U1");
        assertThat(e.getValues()).isEqualTo("shadowing only at Mercy: ladder value 5/100");
        assertThat(e.getPoints()).isEqualTo(-2);
    }

    /** Each rung of the ladder above shadowing: the rotation, the program reading it, its value line and its credit. */
    static Stream<Arguments> rungs() {
        return Stream.of(
                rung("anObservershipWithoutALetterIsWorthFifteen", PROGRAM, "{kind: observership, site: Mercy, weeks: 4}",
                        "observership, no letter at Mercy: ladder value 15/100", -1),
                rung("anObservershipWithALetterIsWorthTwenty", PROGRAM, "{kind: observership, site: Mercy, weeks: 4, letter: generic}",
                        "observership with a letter at Mercy: ladder value 20/100", null),
                rung("clinicWorkWithAGenericLetterIsWorthThirtyAndNetsNothing", PROGRAM, "{kind: clinic, site: Mercy, weeks: 4, letter: generic}",
                        "clinic with a letter at Mercy: ladder value 30/100", 0),
                rung("clinicWorkWithoutALetterIsWorthTwenty", PROGRAM, "{kind: clinic, site: Mercy, weeks: 4}",
                        "clinic, no letter at Mercy: ladder value 20/100", null),
                rung("anInpatientRotationWithADecentLetterIsWorthSeventy", PROGRAM, "{kind: inpatient, site: Mercy, weeks: 4, letter: decent}",
                        "inpatient with duties and a decent letter at Mercy: ladder value 70/100", 4),
                rung("anInpatientRotationWithOnlyAGenericLetterIsWorthFortyFive", PROGRAM, "{kind: inpatient, site: Mercy, weeks: 4, letter: generic}",
                        "inpatient, weak or no letter at Mercy: ladder value 45/100", 1),
                rung("aSubInternshipWithAStrongLetterFromAWriterWeKnowIsWorthNinetyFive", KNOWS_CHAIR,
                        "{kind: sub-i, site: Mercy, weeks: 4, letter: strong, writer: us-chair}",
                        "sub-I with a strong letter from a writer we know at Mercy: ladder value 95/100", 10),
                rung("aSubInternshipWithAStrongLetterFromAWriterWeDoNotKnowIsWorthSeventyFive", PROGRAM,
                        "{kind: sub-i, site: Mercy, weeks: 4, letter: strong, writer: us-chair}",
                        "sub-I with a strong letter at Mercy: ladder value 75/100", 5),
                rung("aSubInternshipWithoutAStrongLetterIsWorthSixty", KNOWS_CHAIR,
                        "{kind: sub-i, site: Mercy, weeks: 4, letter: decent, writer: us-chair}",
                        "sub-I without a strong letter at Mercy: ladder value 60/100", 3));
    }

    private static Arguments rung(String proves, String program, String rotation, String values, Integer points) {
        return Arguments.of(proves, program, rotation, values, points);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rungs")
    void eachRungOfTheLadderHasItsValueAndCredit(String proves, String program, String rotation, String values, Integer points) {
        Evidence e = best(program, rotation);
        assertThat(e.getValues()).isEqualTo(values);
        if (points != null) {
            assertThat(e.getPoints()).isEqualTo(points);
        }
    }

    @Test
    void onlyTheBestRotationSetsTheCredit() {
        Placement p = place(PROGRAM, applicant("{kind: shadowing, site: Mercy}, {kind: inpatient, site: St Luke, weeks: 4, letter: decent},"
                + " {kind: clinic, site: Mercy, letter: generic}"));
        Evidence e = fired(p, "The best US rotation sets the USCE credit");
        assertThat(e.getValues()).isEqualTo("inpatient with duties and a decent letter at St Luke: ladder value 70/100");
        assertThat(p.trail().stream().filter(x -> x.getRule().equals("The best US rotation sets the USCE credit"))).hasSize(1);
    }

    @Test
    void withoutAnyUsRotationThereIsNoBestRotation() {
        Placement p = place(PROGRAM, applicant(""));
        notFired(p, "The best US rotation sets the USCE credit");
    }

    @Test
    void anImgWithNoUsClinicalExperienceLosesCredit() {
        Placement p = place(PROGRAM, applicant(""));
        Evidence e = fired(p, "No US clinical experience");
        assertThat(e.getHeuristic()).isEqualTo("U1");
        assertThat(e.getPoints()).isEqualTo(-3);
        assertThat(e.getValues()).isEqualTo("0 US rotations");
    }

    @Test
    void evenShadowingIsSomeUsExperience() {
        Placement p = place(PROGRAM, applicant("{kind: shadowing, site: Mercy}"));
        notFired(p, "No US clinical experience");
    }

    @Test
    void aUsGraduateIsNotAskedForUsClinicalExperience() {
        Placement p = place(PROGRAM, "{id: a, school: us-md, step2: {score: 240}}");
        notFired(p, "No US clinical experience");
    }

    // ---- U2: seen here

    @Test
    void aRotationOnOurWardsWithADecentLetterIsAStrongUp() {
        Placement p = place(PROGRAM, applicant("{kind: inpatient, site: p, weeks: 4, letter: decent}"));
        Evidence e = fired(p, "Seen on our wards");
        assertThat(e.getHeuristic()).isEqualTo("U2");
        assertThat(e.getPoints()).isEqualTo(8);
        assertThat(e.getValues()).isEqualTo("inpatient at p (this program), 4 weeks, decent letter");
    }

    @Test
    void aRotationWhereOurAlumniTrainedCountsToo() {
        Placement p = place(PROGRAM, applicant("{kind: sub-i, site: General Hospital, weeks: 4, letter: strong}"));
        Evidence e = fired(p, "Seen on our wards");
        assertThat(e.getValues()).isEqualTo("sub-i at General Hospital (where our alumni trained), 4 weeks, strong letter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "anObservershipHereIsNotBeingSeenAtWork                   | {kind: observership, site: p, weeks: 4, letter: decent}",
            "anInpatientRotationHereWithOnlyAGenericLetterIsNotASeenHereUp | {kind: inpatient, site: p, weeks: 4, letter: generic}",
            "anInpatientRotationElsewhereIsNotSeenHere                | {kind: inpatient, site: Mercy, weeks: 4, letter: decent}"})
    void onlyWorkOnOurWardsOrOurAlumnisWithAGoodLetterIsSeenHere(String proves, String rotation) {
        notFired(place(PROGRAM, applicant(rotation)), "Seen on our wards");
    }

    // ---- U3: tourism

    @Test
    void threeScatteredObservershipsAreTourism() {
        Placement p = place(PROGRAM, applicant("{kind: observership, site: Mercy}, {kind: observership, site: St Luke},"
                + " {kind: shadowing, site: Bayview}"));
        Evidence e = fired(p, "Scattered observerships are tourism");
        assertThat(e.getHeuristic()).isEqualTo("U3");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("3 shadowing/observer stints; 2 add nothing");
        // the extra stints add nothing: the credit is that of one observership
        Placement one = place(PROGRAM, applicant("{kind: observership, site: Mercy}"));
        assertThat(p.score()).isEqualTo(one.score());
    }

    @Test
    void threeIdenticalObservershipsCountAsThree() {
        // Each rotation is a fact of its own in the session (RotationView records, equal by value): three equal
        // stints at one site must stay three, not collapse into one.
        Placement p = place(PROGRAM, applicant("{kind: observership, site: Mercy, weeks: 2}, {kind: observership, site: Mercy, weeks: 2},"
                + " {kind: observership, site: Mercy, weeks: 2}"));
        Evidence e = fired(p, "Scattered observerships are tourism");
        assertThat(e.getValues()).isEqualTo("3 shadowing/observer stints; 2 add nothing");
    }

    @Test
    void twoObservershipsAreNotYetTourism() {
        Placement p = place(PROGRAM, applicant("{kind: observership, site: Mercy}, {kind: observership, site: St Luke}"));
        notFired(p, "Scattered observerships are tourism");
    }
}
