package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.fired;
import static org.rankmeeting.engine.RuleFixture.notFired;
import static org.rankmeeting.engine.RuleFixture.place;

/**
 * B: the invitation sort (B1 known quantity, B2 probably safe and whether the maybe pile is reached,
 * B3 high risk). Every reviewed file lands in exactly one bucket.
 */
class InvitationRulesTest {

    private static String program(String extra) {
        return "{id: p, screens: {imgStep2Cutoff: 225}" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static final String APPLICANT = "{id: a, school: unknown-intl, step2: {score: 240}}";

    // ---- B1: known quantity

    @Test
    void aFileFromASchoolWeTrustIsFastTracked() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}], interviews: {slots: 10, applications: 400}"), APPLICANT);
        Evidence e = fired(p, "Known quantity: fast-tracked");
        assertThat(e.getHeuristic()).isEqualTo("B1");
        assertThat(e.getEffect()).isEqualTo(Effect.BUCKET);
        assertThat(e.getBucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(e.getValues()).isEqualTo("because: We know these people");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        // invited without debate, even with too few slots to reach the maybe pile
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aTrustedWritersLetterAlsoMakesAKnownQuantity() {
        Placement p = place(program("letterWriters: {trusted: [us-attending]}"),
                "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-attending, strength: strong}]}");
        assertThat(fired(p, "Known quantity: fast-tracked").getValues()).isEqualTo("because: A letter from a writer we trust");
    }

    @Test
    void aFileNobodyHereKnowsIsNotAKnownQuantity() {
        Placement p = place(program(""), APPLICANT);
        notFired(p, "Known quantity: fast-tracked");
    }

    @Test
    void aRegionHoldStillStopsAFileFromASchoolWeTrust() {
        // K7 wins over B1: only a respected alum lifts the region hold (A6), so the file is not sorted as a known
        // quantity (which would promise an interview); it waits in the maybe pile, not invited
        Placement p = place(program("history: [{school: pak, outcome: solid}], avoidingRegions: [south-asia]"),
                "{id: a, school: pak, step2: {score: 240}}");
        fired(p, "We know these people");
        fired(p, "Region avoided this cycle");
        notFired(p, "Known quantity: fast-tracked");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aKnownQuantityIsNotStoppedByTheVolumeOfTheMaybePile() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}], interviews: {slots: 10, applications: 1000}"), APPLICANT);
        fired(p, "Known quantity: fast-tracked");
        notFired(p, "The maybe pile is not reached this year");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    /** Every combination of a trust signal and a hold: the bucket and the stage never disagree. */
    @Test
    void aKnownQuantityIsAlwaysInterviewedAndAHighRiskFileNeverIs() {
        List<String> programs = List.of(
                program(""),
                program("imgHistory: rare"),
                program("imgHistory: strong, interviews: {slots: 10, applications: 1000}"),
                program("interviews: {slots: 10, applications: 1000}"),
                program("avoidingRegions: [neutral-region]"),
                program("category: desperate"),
                program("category: desperate, history: [{school: unknown-intl, outcome: weak}]"));
        List<String> extras = List.of(
                "",
                ", history: [{school: unknown-intl, outcome: solid}]",
                ", history: [{school: unknown-intl, outcome: weak}]",
                ", letterWriters: {trusted: [us-chair]}",
                ", letterWriters: {redFlag: [us-chair]}",
                ", people: [{id: f1, name: Dr. Adeyemi, role: faculty, school: unknown-intl, since: 2020}]",
                ", history: [{school: unknown-intl, outcome: weak}], people: [{id: f1, name: Dr. Mensah, role: faculty}]");
        List<String> applicants = List.of(
                "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-chair, strength: strong, style: detailed}]}",
                "{id: a, school: unknown-intl, step2: {score: 250}, contacts: [{person: f1, said: top}]}",
                "{id: a, school: unknown-intl, step2: {score: 232}}");
        int checked = 0;
        for (String program : programs) {
            for (String extra : extras) {
                String merged = program.substring(0, program.length() - 1) + extra + "}";
                if (merged.contains("history:") && merged.indexOf("history:") != merged.lastIndexOf("history:")) {
                    continue;
                }
                for (String applicant : applicants) {
                    if (applicant.contains("f1") && !merged.contains("id: f1")) {
                        continue;
                    }
                    Placement p = place(merged, applicant);
                    String where = merged + " / " + applicant;
                    if (p.bucket() == Bucket.KNOWN_QUANTITY) {
                        assertThat(p.stage()).as(where).isEqualTo(Stage.INTERVIEWED);
                    }
                    if (p.bucket() == Bucket.HIGH_RISK) {
                        assertThat(p.stage()).as(where).isEqualTo(Stage.NOT_INVITED);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void aScreenedOutFileIsNotSortedIntoABucket() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}]"), "{id: a, school: unknown-intl, step2: {score: 215}}");
        notFired(p, "Known quantity: fast-tracked");
        assertThat(p.bucket()).isNull();
    }

    // ---- B3: high risk

    private static final String RED_FLAG_LETTER = "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-chair, strength: good}]}";

    @Test
    void anUnknownSchoolWithAWeakLetterIsQuietlyScreenedOut() {
        Placement p = place(program("letterWriters: {redFlag: [us-chair]}"), RED_FLAG_LETTER);
        Evidence e = fired(p, "High risk: unknown school with weak letters or visa concerns");
        assertThat(e.getHeuristic()).isEqualTo("B3");
        assertThat(e.getValues()).isEqualTo("unknown school + A letter from a red-flag writer");
        assertThat(p.bucket()).isEqualTo(Bucket.HIGH_RISK);
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        assertThat(p.trail()).anySatisfy(x -> {
            assertThat(x.getHeuristic()).isEqualTo("B3");
            assertThat(x.getEffect()).isEqualTo(Effect.HOLD);
            assertThat(x.getValues()).isEqualTo("high-risk bucket");
            assertThat(x.getMargins()).containsExactly(Margin.of("a school nobody here knows, together with a red flag (A letter from a"
                    + " red-flag writer); someone here who knows the school or the country would take the file out of this pile"));
        });
    }

    @Test
    void anUnknownSchoolWithAVisaConcernIsQuietlyScreenedOut() {
        Placement p = place("{id: p, screens: {imgStep2Cutoff: 225, sponsors: [h1b]}}", "{id: a, school: unknown-intl, step2: {score: 235}, visa: h1b}");
        assertThat(fired(p, "High risk: unknown school with weak letters or visa concerns").getValues())
                .isEqualTo("unknown school + H-1B with average scores is too risky");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aFacultyMemberWhoKnowsTheCountryTakesTheFileOutOfTheHighRiskPile() {
        Placement p = place(program("letterWriters: {redFlag: [us-chair]}, familiarCountries: [{country: Nigeria}]"), RED_FLAG_LETTER);
        notFired(p, "High risk: unknown school with weak letters or visa concerns");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void aSchoolWeHaveSeenIsNotHighRiskForOneWeakLetter() {
        Placement p = place(program("letterWriters: {redFlag: [us-chair]}, history: [{school: unknown-intl, outcome: average}]"), RED_FLAG_LETTER);
        notFired(p, "High risk: unknown school with weak letters or visa concerns");
    }

    @Test
    void aDesperateProgramDoesNotSetAsideTheHighRiskPile() {
        Placement p = place(program("category: desperate, letterWriters: {redFlag: [us-chair]}"), RED_FLAG_LETTER);
        notFired(p, "High risk: unknown school with weak letters or visa concerns");
    }

    @Test
    void aFileFromASchoolThatBurnedUsSitsInTheHighRiskPile() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak}]"), APPLICANT);
        Evidence e = fired(p, "High risk: a school that burned us");
        assertThat(e.getHeuristic()).isEqualTo("B3");
        assertThat(e.getBucket()).isEqualTo(Bucket.HIGH_RISK);
        assertThat(e.getValues()).isEqualTo("burned school");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aDesperateProgramDoesNotPutAFileFromABurnedSchoolInTheHighRiskPile() {
        // there is no burned-school hold at a desperate program, so a high-risk label would contradict the interview
        Placement p = place(program("category: desperate, history: [{school: unknown-intl, outcome: weak}]"), APPLICANT);
        notFired(p, "High risk: a school that burned us");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aTrustedWritersLetterTakesAFileFromABurnedSchoolOutOfTheHighRiskPile() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: weak}], letterWriters: {trusted: [us-attending]}"),
                "{id: a, school: unknown-intl, step2: {score: 240}, letters: [{writer: us-attending, strength: strong}]}");
        notFired(p, "High risk: a school that burned us");
        assertThat(p.bucket()).isEqualTo(Bucket.KNOWN_QUANTITY);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    // ---- B2: probably safe, and whether the maybe pile is reached

    @Test
    void aNeutralFileWithoutRedFlagsGoesToTheMaybePile() {
        Placement p = place(program("interviews: {slots: 50, applications: 400}"), APPLICANT);
        Evidence e = fired(p, "Probably safe: the maybe pile");
        assertThat(e.getHeuristic()).isEqualTo("B2");
        assertThat(e.getBucket()).isEqualTo(Bucket.PROBABLY_SAFE);
        assertThat(e.getValues()).isEqualTo("50 interview slots for 400 applications");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
    }

    @Test
    void aKnownQuantityIsNotInTheMaybePile() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}]"), APPLICANT);
        notFired(p, "Probably safe: the maybe pile");
    }

    @Test
    void withSlotsUnderTenPercentOfApplicationsTheMaybePileIsNotReached() {
        Placement p = place(program("interviews: {slots: 30, applications: 400}"), APPLICANT);
        Evidence e = fired(p, "The maybe pile is not reached this year");
        assertThat(e.getHeuristic()).isEqualTo("B2");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).isEqualTo("30 slots / 400 applications = 8% < 10%");
        assertThat(e.getMargins()).containsExactly(
                Margin.numeric("interview slots per 100 applications", 8, 10,
                        "interview slots for 8% of applications; the maybe pile is reached from 10%"),
                Margin.numeric("Step 2", 240, 245, "Step 2 240 is 5 below 245, the score read from the top of the pile"));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
        notFired(p, "The maybe pile gets interviews this year");
    }

    @Test
    void aStrongScoreIsReadFromTheTopOfTheMaybePileInABusyYear() {
        Placement p = place(program("interviews: {slots: 30, applications: 400}"), "{id: a, school: unknown-intl, step2: {score: 245}}");
        notFired(p, "The maybe pile is not reached this year");
        Evidence e = fired(p, "A strong score is read from the top of the maybe pile");
        assertThat(e.getHeuristic()).isEqualTo("B2");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("30 slots / 400 applications = 8% < 10%, but Step 2 245 is 20 over the bar 225 (20 needed)");
        notFired(p, "The maybe pile gets interviews this year");
        assertThat(p.bucket()).isEqualTo(Bucket.PROBABLY_SAFE);
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aScoreNineteenOverTheBarWaitsInABusyYear() {
        Placement p = place(program("interviews: {slots: 30, applications: 400}"), "{id: a, school: unknown-intl, step2: {score: 244}}");
        notFired(p, "A strong score is read from the top of the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void inAQuietYearAStrongScoreNeedsNoSpecialReading() {
        Placement p = place(program("interviews: {slots: 50, applications: 400}"), "{id: a, school: unknown-intl, step2: {score: 260}}");
        notFired(p, "A strong score is read from the top of the maybe pile");
        fired(p, "The maybe pile gets interviews this year");
    }

    @Test
    void aStrongScoreIsReadFromTheTopEvenUnderFivePercentAtAStrongImgProgram() {
        Placement p = place(program("imgHistory: strong, interviews: {slots: 16, applications: 400}"), "{id: a, school: unknown-intl, step2: {score: 250}}");
        notFired(p, "A program with a strong IMG history takes chances on the maybe pile");
        assertThat(fired(p, "A strong score is read from the top of the maybe pile").getValues()).startsWith("16 slots / 400 applications = 4% < 5%");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aStrongScoreDoesNotLiftAnotherHold() {
        // the region hold is not about volume: the top of the pile does not help
        Placement p = place(program("avoidingRegions: [neutral-region], interviews: {slots: 30, applications: 400}"),
                "{id: a, school: unknown-intl, step2: {score: 250}}");
        notFired(p, "A strong score is read from the top of the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void withSlotsForTenPercentOfApplicationsTheMaybePileIsReached() {
        Placement p = place(program("interviews: {slots: 40, applications: 400}"), APPLICANT);
        notFired(p, "The maybe pile is not reached this year");
        Evidence e = fired(p, "The maybe pile gets interviews this year");
        assertThat(e.getHeuristic()).isEqualTo("B2");
        assertThat(e.getEffect()).isEqualTo(Effect.NOTE);
        assertThat(e.getValues()).isEqualTo("40 slots / 400 applications = 10%");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aUsGraduatesMaybePileIsReachedWhateverTheVolume() {
        Placement p = place(program("interviews: {slots: 10, applications: 400}"), "{id: a, school: us-md, step2: {score: 240}}");
        notFired(p, "The maybe pile is not reached this year");
        assertThat(fired(p, "The maybe pile gets interviews this year").getValues()).isEqualTo("US graduate, reviewed first");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aProgramWithAStrongImgHistoryStillReachesTheMaybePileAtSevenPercent() {
        Placement p = place(program("imgHistory: strong, interviews: {slots: 28, applications: 400}"), APPLICANT);
        notFired(p, "The maybe pile is not reached this year");
        notFired(p, "A program with a strong IMG history takes chances on the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void evenAProgramWithAStrongImgHistoryCannotReachTheMaybePileUnderFivePercent() {
        Placement p = place(program("imgHistory: strong, interviews: {slots: 16, applications: 400}"), APPLICANT);
        Evidence e = fired(p, "A program with a strong IMG history takes chances on the maybe pile");
        assertThat(e.getHeuristic()).isEqualTo("B2, A5");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).isEqualTo("16 slots / 400 applications = 4% < 5%");
        assertThat(e.getMargins()).extracting(Margin::measure, Margin::value, Margin::threshold, Margin::gap).containsExactly(
                org.assertj.core.groups.Tuple.tuple("interview slots per 100 applications", 4, 5, 1),
                org.assertj.core.groups.Tuple.tuple("Step 2", 240, 245, 5));
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aProgramWithAStrongImgHistoryReachesTheMaybePileAtFivePercent() {
        Placement p = place(program("imgHistory: strong, interviews: {slots: 20, applications: 400}"), APPLICANT);
        notFired(p, "A program with a strong IMG history takes chances on the maybe pile");
        fired(p, "The maybe pile gets interviews this year");
    }

    @Test
    void aHeldFileInTheMaybePileGetsNoInterview() {
        Placement p = place(program("avoidingRegions: [neutral-region]"), APPLICANT);
        fired(p, "Probably safe: the maybe pile");
        notFired(p, "The maybe pile gets interviews this year");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }
}
