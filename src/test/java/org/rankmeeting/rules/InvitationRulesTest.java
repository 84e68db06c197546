package org.rankmeeting.rules;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        notFired(p, "The slots do not reach the file in the maybe pile");
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

    /** 40 slots for 1,000 applications at a mixed program: a maybe pile of 100 (assumed), 20 slots taken first. */
    private static final String BUSY = program("imgHistory: mixed, interviews: {slots: 40, applications: 1000}");

    @Test
    void theMaybePileIsReadInOrderAndTheSlotsRunOutBeforeAnOrdinaryFile() {
        // Step 2 15 over the bar (+30), no US clinical experience (-10): standing 50, half way down a pile of 100
        Placement p = place(BUSY, APPLICANT);
        Evidence e = fired(p, "The slots do not reach the file in the maybe pile");
        assertThat(e.getHeuristic()).isEqualTo("B2");
        assertThat(e.getEffect()).isEqualTo(Effect.HOLD);
        assertThat(e.getValues()).isEqualTo("estimated about #51 of a maybe pile of 100; the slots reach about #20 (standing 50/100"
                + " from: Step 2 +15 over the bar: +30, no US clinical experience: -10; 40 slots for 1000 applications; 20 taken first"
                + " by files reviewed before the pile (assumed: 50% of the slots); a maybe pile of 100 (assumed: 10% of the applications))");
        assertThat(e.getMargins()).containsExactly(Margin.numeric("place in the maybe pile", 51, 20,
                "estimated about #51 of a maybe pile of 100; the slots reach about #20: 31 places short"));
        notFired(p, "The slots reach the file in the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void whatTheReviewerSeesMovesTheFileUpThePileUntilTheSlotsReachIt() {
        // the same program and volume: Step 2 10 over the bar (+20), a good inpatient month (+13) and a strong
        // detailed US letter (+10) put the file at #28; a sub-I with a strong letter and Step 2 20 over the bar
        // take it near the top, where the slots reach it
        String better = "{id: a, school: unknown-intl, step2: {score: 235}, letters: [{writer: us-attending, strength: strong}],"
                + " usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: decent}]}";
        Placement mid = place(BUSY, better);
        assertThat(fired(mid, "The slots do not reach the file in the maybe pile").getMargins().get(0).value()).isEqualTo(28);
        Placement top = place(BUSY, "{id: a, school: unknown-intl, step2: {score: 245},"
                + " usce: [{kind: sub-i, site: Mercy, weeks: 4, letter: strong}]}");
        Evidence e = fired(top, "The slots reach the file in the maybe pile");
        assertThat(e.getValues()).startsWith("estimated about #16 of a maybe pile of 100; the slots reach about #20 (standing 85/100");
        notFired(top, "The slots do not reach the file in the maybe pile");
        assertThat(top.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void thePoolTheProgramGivesSetsTheLine() {
        // 300 slots, 50 of them taken by the files reviewed first, a maybe pile of 1,900: the slots reach #250
        Placement p = place(program("imgHistory: mixed, interviews: {slots: 300, applications: 4000, knownQuantities: 50, maybePile: 1900}"),
                "{id: a, school: unknown-intl, step2: {score: 240}, usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: decent}]}");
        Evidence e = fired(p, "The slots do not reach the file in the maybe pile");
        assertThat(e.getValues()).startsWith("estimated about #514 of a maybe pile of 1,900; the slots reach about #250 (standing 73/100");
        assertThat(e.getValues()).endsWith("; 300 slots for 4000 applications; 50 taken first by files reviewed before the pile; a maybe pile of 1900)");
        assertThat(e.getMargins().get(0).gap()).isEqualTo(264);
    }

    @Test
    void aProgramWithAStrongImgHistoryReachesDeeperIntoThePile() {
        // the same 40 slots: a quarter (not half) go to the files reviewed first, so the slots reach #30, not #20
        String file = "{id: a, school: unknown-intl, step2: {score: 240}, usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: decent}],"
                + " letters: [{writer: us-attending, strength: good, style: detailed}]}";
        Placement mixed = place(BUSY, file);
        fired(mixed, "The slots do not reach the file in the maybe pile");
        Placement strong = place(program("imgHistory: strong, interviews: {slots: 40, applications: 1000}"), file);
        assertThat(fired(strong, "The slots reach the file in the maybe pile").getValues())
                .startsWith("estimated about #28 of a maybe pile of 100; the slots reach about #30");
    }

    @Test
    void aKnownQuantityIsNeverReadFromTheMaybePile() {
        Placement p = place(program("history: [{school: unknown-intl, outcome: solid}], interviews: {slots: 10, applications: 1000}"), APPLICANT);
        fired(p, "Known quantity: fast-tracked");
        notFired(p, "The slots do not reach the file in the maybe pile");
        notFired(p, "The slots reach the file in the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void aUsGraduateIsReviewedFirstWhateverTheVolume() {
        Placement p = place(program("interviews: {slots: 10, applications: 2000}"), "{id: a, school: us-md, step2: {score: 230}}");
        notFired(p, "The slots do not reach the file in the maybe pile");
        assertThat(fired(p, "The maybe pile gets interviews this year").getValues()).isEqualTo("US graduate, reviewed first");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void withoutAnInterviewVolumeThereIsNoLineToDraw() {
        Placement p = place(program(""), APPLICANT);
        notFired(p, "The slots reach the file in the maybe pile");
        assertThat(fired(p, "The maybe pile gets interviews this year").getValues()).isEqualTo("no interview volume given for the program");
        notFired(place(BUSY, APPLICANT), "The maybe pile gets interviews this year");
    }

    @Test
    void aPoolThatDoesNotFitTheSlotsOrApplicationsIsRejected() {
        assertThatThrownBy(() -> place(program("interviews: {slots: 40, applications: 1000, knownQuantities: 60, maybePile: 1200}"), APPLICANT))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("programs[0].interviews.knownQuantities: expected 0 to 40 (the slots taken before the maybe pile"
                        + " cannot exceed interviews.slots), got 60")
                .hasMessageContaining("programs[0].interviews.maybePile: expected 1 to 1000 (the maybe pile cannot hold more files"
                        + " than interviews.applications), got 1200");
    }

    // ---- A5 and B2: a rare IMG taker's door is its whole policy for IMGs

    private static final String RARE_BUSY = program("imgHistory: rare, interviews: {slots: 20, applications: 2000},"
            + " people: [{id: f1, name: Dr. Mensah, role: faculty}]");

    @Test
    void aStrongVouchOpensARareTakersDoorEvenAtABusyProgram() {
        Placement p = place(RARE_BUSY, "{id: a, school: unknown-intl, step2: {score: 240}, contacts: [{person: f1, said: top}]}");
        Evidence e = fired(p, "Rare IMG taker: the door opens");
        assertThat(e.getHeuristic()).isEqualTo("A5");
        assertThat(e.getValues()).isEqualTo("Dr. Mensah (faculty): top; rare IMG taker, 20 slots for 2000 applications");
        notFired(p, "Rare IMG taker: only a strong vouch or exceptional numbers");
        notFired(p, "The slots do not reach the file in the maybe pile");
        assertThat(p.stage()).isEqualTo(Stage.INTERVIEWED);
    }

    @Test
    void exceptionalNumbersOpenARareTakersDoorAndOrdinaryOnesDoNot() {
        Placement exceptional = place(RARE_BUSY, "{id: a, school: unknown-intl, step2: {score: 246}}");
        assertThat(fired(exceptional, "Rare IMG taker: the door opens").getValues()).isEqualTo("Step 2 246 is 21 over the bar 225 (20 needed at a rare IMG taker)");
        assertThat(exceptional.stage()).isEqualTo(Stage.INTERVIEWED);
        Placement ordinary = place(RARE_BUSY, APPLICANT);
        notFired(ordinary, "Rare IMG taker: the door opens");
        fired(ordinary, "Rare IMG taker: only a strong vouch or exceptional numbers");
        assertThat(ordinary.stage()).isEqualTo(Stage.NOT_INVITED);
    }

    @Test
    void aHeldFileInTheMaybePileGetsNoInterview() {
        Placement p = place(program("avoidingRegions: [neutral-region]"), APPLICANT);
        fired(p, "Probably safe: the maybe pile");
        notFired(p, "The maybe pile gets interviews this year");
        assertThat(p.stage()).isEqualTo(Stage.NOT_INVITED);
    }
}
