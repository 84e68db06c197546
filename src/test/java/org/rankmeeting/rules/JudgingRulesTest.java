package org.rankmeeting.rules;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rankmeeting.judge.Component;
import org.rankmeeting.judge.Finding;
import org.rankmeeting.judge.InterviewReading;
import org.rankmeeting.judge.Judgement;
import org.rankmeeting.scenario.Program.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.judge.JudgeFixture.fired;
import static org.rankmeeting.judge.JudgeFixture.judge;
import static org.rankmeeting.judge.JudgeFixture.notFired;

/**
 * P: judging a program from the applicant's side (rules/judging.drl). P2 components: graduate outcomes 30, board
 * pass rates 25, SOAP and unfilled history 20, leadership 15, visa handling 10; P3 red flags; P4 the interview day;
 * P1 the category. The cycle is 2026.
 */
class JudgingRulesTest {

    /** Every signal healthy. */
    private static final String STRONG = "{boardPassRates: {2023: 96, 2024: 94, 2025: 97}, unfilledYears: [], soapYears: [],"
            + " pdStartYears: [2008, 2014], graduates: {fellowships: [cardiology at Henry Ford, GI at Wayne State],"
            + " jobs: [hospitalist at Beaumont]}, visaPaperwork: on-time, roster: {nonUsPercent: 60, turnover: low},"
            + " website: current, interviewDay: [protected-teaching, named-fellowships]}";

    /** Every signal a warning. */
    private static final String WEAK = "{boardPassRates: {2023: 81, 2024: 80, 2025: 82}, unfilledYears: [2023, 2024, 2025],"
            + " soapYears: [2023, 2024, 2025], pdStartYears: [2019, 2021, 2024], graduates: {fellowships: [], jobs: []},"
            + " visaPaperwork: always-late, roster: {nonUsPercent: 96, turnover: high}, website: outdated,"
            + " interviewDay: [coverage, hours, hard-work, like-a-family]}";

    private static void scores(Finding line, Component component, int points) {
        assertThat(line.getComponent()).isEqualTo(component);
        assertThat(line.getPoints()).isEqualTo(points);
    }

    // ---- graduate outcomes (30) --------------------------------------------------------------------------------

    @Nested
    class GraduateOutcomes {

        @Test
        void twoNamedFellowshipsEarnTheFullThirty() {
            Judgement j = judge("{graduates: {fellowships: [cardiology at Henry Ford, GI at Wayne State], jobs: [hospitalist at Beaumont]}}");
            Finding f = fired(j, "Graduates go on to named fellowships");
            assertThat(f.getHeuristic()).isEqualTo("P2");
            scores(f, Component.GRADUATE_OUTCOMES, 30);
            assertThat(f.isRedFlag()).isFalse();
            assertThat(f.getValues()).isEqualTo("2 fellowships named: cardiology at Henry Ford; GI at Wayne State; "
                    + "1 job(s): hospitalist at Beaumont");
            notFired(j, "One graduate fellowship on record");
        }

        @Test
        void oneFellowshipIsAStartNotATrackRecord() {
            Judgement j = judge("{graduates: {fellowships: [nephrology at Detroit Medical Center]}}");
            Finding f = fired(j, "One graduate fellowship on record");
            scores(f, Component.GRADUATE_OUTCOMES, 20);
            assertThat(f.getValues()).isEqualTo("1 fellowship named: nephrology at Detroit Medical Center");
            notFired(j, "Graduates go on to named fellowships");
            notFired(j, "Graduates traced to hospital jobs only");
        }

        @Test
        void jobsWithoutFellowshipsScoreTwelve() {
            Judgement j = judge("{graduates: {jobs: [hospitalist at Beaumont, staff physician at a county clinic]}}");
            Finding f = fired(j, "Graduates traced to hospital jobs only");
            scores(f, Component.GRADUATE_OUTCOMES, 12);
            assertThat(f.getValues()).isEqualTo("no fellowships; 2 job(s): hospitalist at Beaumont; staff physician at a county clinic");
            notFired(j, "No visible graduate outcomes");
        }

        @Test
        void nothingVisibleIsARedFlag() {
            Judgement j = judge("{graduates: {fellowships: [], jobs: []}}");
            Finding f = fired(j, "No visible graduate outcomes");
            assertThat(f.getHeuristic()).isEqualTo("P2, P3");
            scores(f, Component.GRADUATE_OUTCOMES, 0);
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("graduates looked up: no fellowships, no jobs");
            assertThat(j.redFlags()).containsExactly(f);
            notFired(j, "Graduate outcomes not recorded");
        }

        @Test
        void jobsAloneAreNotTheRedFlag() {
            notFired(judge("{graduates: {jobs: [hospitalist at Beaumont]}}"), "No visible graduate outcomes");
        }

        @Test
        void outcomesNobodyLookedUpScoreNeutral() {
            Judgement j = judge("{website: current}");
            Finding f = fired(j, "Graduate outcomes not recorded");
            scores(f, Component.GRADUATE_OUTCOMES, 15);
            assertThat(f.isNeutral()).isTrue();
            assertThat(f.isRedFlag()).as("not knowing is not a red flag").isFalse();
            assertThat(f.getValues()).isEqualTo("no data on graduates: scored neutral, 15 of 30");
            notFired(j, "No visible graduate outcomes");
        }

        @Test
        void outcomesLookedUpAreNotNeutral() {
            notFired(judge("{graduates: {fellowships: [], jobs: []}}"), "Graduate outcomes not recorded");
        }
    }

    // ---- board pass rates (25) ---------------------------------------------------------------------------------

    @Nested
    class BoardPassRates {

        @Test
        void ninetyFivePercentOrBetterEarnsTheFullTwentyFive() {
            Judgement j = judge("{boardPassRates: {2024: 95, 2025: 96}}");
            Finding f = fired(j, "Board pass rate 95% or better");
            scores(f, Component.BOARD_PASS_RATES, 25);
            assertThat(f.getValues()).isEqualTo("board pass rate 95.5% average over 2024, 2025, at or above 95%: 2024 95%, 2025 96%");
            notFired(j, "Healthy board pass rate, 90-94%");
        }

        @Test
        void onlyTheThreeMostRecentYearsCount() {
            Judgement j = judge("{boardPassRates: {2019: 60, 2023: 96, 2024: 95, 2025: 97}}");
            assertThat(fired(j, "Board pass rate 95% or better").getValues()).contains("96% average over 2023-2025");
            notFired(j, "Board pass rate under 85% over several years");
        }

        @Test
        void ninetyToNinetyFourIsHealthy() {
            Judgement j = judge("{boardPassRates: {2023: 92, 2024: 90, 2025: 93}}");
            Finding f = fired(j, "Healthy board pass rate, 90-94%");
            scores(f, Component.BOARD_PASS_RATES, 20);
            assertThat(f.getValues()).isEqualTo("board pass rate 91.7% average over 2023-2025, in the healthy 90-95% band: "
                    + "2023 92%, 2024 90%, 2025 93%");
            notFired(j, "Board pass rate 95% or better");
            notFired(j, "Board pass rate 85-89%");
        }

        @Test
        void eightyFiveToEightyNineIsPassableButBelowHealthy() {
            Judgement j = judge("{boardPassRates: {2024: 86, 2025: 89}}");
            Finding f = fired(j, "Board pass rate 85-89%");
            scores(f, Component.BOARD_PASS_RATES, 12);
            assertThat(f.isRedFlag()).isFalse();
            assertThat(f.getValues()).isEqualTo("board pass rate 87.5% average over 2024, 2025, under the healthy 90%: 2024 86%, 2025 89%");
            notFired(j, "Healthy board pass rate, 90-94%");
            notFired(j, "Board pass rate under 85% over several years");
        }

        @Test
        void underEightyFiveOverSeveralYearsIsARedFlag() {
            Judgement j = judge("{boardPassRates: {2023: 82, 2024: 80, 2025: 81}}");
            Finding f = fired(j, "Board pass rate under 85% over several years");
            assertThat(f.getHeuristic()).isEqualTo("P2, P3");
            scores(f, Component.BOARD_PASS_RATES, 0);
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("board pass rate 81% average over 2023-2025, under the 85% line: "
                    + "2023 82%, 2024 80%, 2025 81%");
            notFired(j, "A single year of board passes under 85%");
        }

        @Test
        void oneYearUnderEightyFiveIsNotYetAPattern() {
            Judgement j = judge("{boardPassRates: {2025: 80}}");
            Finding f = fired(j, "A single year of board passes under 85%");
            scores(f, Component.BOARD_PASS_RATES, 6);
            assertThat(f.isRedFlag()).isFalse();
            assertThat(f.getValues()).isEqualTo("board pass rate 2025 80%, under the 85% line; one year only");
            notFired(j, "Board pass rate under 85% over several years");
        }

        @Test
        void twoYearsUnderEightyFiveAreNoLongerASingleYear() {
            notFired(judge("{boardPassRates: {2024: 80, 2025: 84}}"), "A single year of board passes under 85%");
        }

        @Test
        void noPassRatesScoreNeutral() {
            Judgement j = judge("{boardPassRates: {}}");
            Finding f = fired(j, "Board pass rates not recorded");
            scores(f, Component.BOARD_PASS_RATES, 12);
            assertThat(f.isNeutral()).isTrue();
            assertThat(f.getValues()).isEqualTo("no pass-rate data: scored neutral, 12 of 25");
            notFired(judge("{boardPassRates: {2025: 91}}"), "Board pass rates not recorded");
        }
    }

    // ---- SOAP and unfilled history (20) ------------------------------------------------------------------------

    @Nested
    class FillHistory {

        @Test
        void fiveCleanCyclesEarnTheFullTwenty() {
            Judgement j = judge("{unfilledYears: [], soapYears: [2020]}");
            Finding f = fired(j, "Filled in the Match for five years");
            scores(f, Component.FILL_HISTORY, 20);
            assertThat(f.getValues()).isEqualTo("no unfilled or SOAP year in cycles 2022-2026");
            notFired(j, "One unfilled or SOAP year in five");
        }

        @Test
        void oneOffYearCostsLittle() {
            Judgement j = judge("{soapYears: [2024]}");
            Finding f = fired(j, "One unfilled or SOAP year in five");
            scores(f, Component.FILL_HISTORY, 14);
            assertThat(f.getValues()).isEqualTo("SOAP 2024 (cycles 2022-2026)");
            notFired(j, "Filled in the Match for five years");
        }

        @Test
        void scatteredBadYearsAreAPatternForming() {
            Judgement j = judge("{unfilledYears: [2022, 2024], soapYears: [2026]}");
            Finding f = fired(j, "Scattered unfilled or SOAP years");
            scores(f, Component.FILL_HISTORY, 8);
            assertThat(f.isRedFlag()).isFalse();
            assertThat(f.getValues()).isEqualTo("unfilled 2022, 2024; SOAP 2026 (cycles 2022-2026)");
            notFired(j, "Unfilled or SOAP two years running");
        }

        @Test
        void twoYearsRunningIsAlreadyARedFlag() {
            Judgement j = judge("{unfilledYears: [2024], soapYears: [2025]}");
            Finding f = fired(j, "Unfilled or SOAP two years running");
            assertThat(f.getHeuristic()).isEqualTo("P2, P3");
            scores(f, Component.FILL_HISTORY, 4);
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("unfilled 2024; SOAP 2025: 2 years running (cycles 2022-2026)");
            notFired(j, "Scattered unfilled or SOAP years");
            notFired(j, "Unfilled or SOAP three or more years running");
        }

        @Test
        void threeYearsRunningScoresNothing() {
            Judgement j = judge("{unfilledYears: [2023, 2024, 2025], soapYears: [2023, 2024, 2025]}");
            Finding f = fired(j, "Unfilled or SOAP three or more years running");
            scores(f, Component.FILL_HISTORY, 0);
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("unfilled 2023-2025; SOAP 2023-2025: 3 years running (cycles 2022-2026)");
            notFired(j, "Unfilled or SOAP two years running");
        }

        @Test
        void aRunOutsideTheLastFiveCyclesIsHistory() {
            Judgement j = judge("{soapYears: [2017, 2018, 2019]}");
            notFired(j, "Unfilled or SOAP three or more years running");
            fired(j, "Filled in the Match for five years");
        }

        @Test
        void anUnknownHistoryScoresNeutralButAnEmptyListIsKnown() {
            Finding f = fired(judge("{website: current}"), "SOAP and unfilled history not recorded");
            scores(f, Component.FILL_HISTORY, 10);
            assertThat(f.isNeutral()).isTrue();
            notFired(judge("{unfilledYears: []}"), "SOAP and unfilled history not recorded");
        }
    }

    // ---- leadership stability (15) -----------------------------------------------------------------------------

    @Nested
    class Leadership {

        @Test
        void threeDirectorsInNineYearsIsARedFlag() {
            Judgement j = judge("{pdStartYears: [2019, 2021, 2024]}");
            Finding f = fired(j, "A new program director every few years");
            assertThat(f.getHeuristic()).isEqualTo("P2, P3");
            scores(f, Component.LEADERSHIP, 0);
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("new PD in 2019, 2021, 2024: changes in 2019 and 2021, 2 years apart");
            notFired(j, "A new program director");
        }

        @Test
        void twoChangesWithinFiveYearsAreChurn() {
            // P3: a new PD every two or three years; "one change is normal" must not be said of 2021 then 2024
            Judgement j = judge("{pdStartYears: [2015, 2021, 2024]}");
            Finding f = fired(j, "A new program director every few years");
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("new PD in 2015, 2021, 2024: changes in 2021 and 2024, 3 years apart");
            notFired(j, "A new program director");
        }

        @Test
        void changesFiveYearsApartOrLongAgoAreNotChurn() {
            notFired(judge("{pdStartYears: [2011, 2020, 2025]}"), "A new program director every few years");
            assertThat(fired(judge("{pdStartYears: [2011, 2020, 2025]}"), "A new program director").getValues())
                    .isEqualTo("PD since 2025 (1 year)");
            // two quick changes more than ten years ago say little about the program today
            notFired(judge("{pdStartYears: [2010, 2012]}"), "A new program director every few years");
        }

        @Test
        void aLongServingDirectorEarnsTheFullFifteen() {
            Judgement j = judge("{pdStartYears: [2008, 2014]}");
            Finding f = fired(j, "A long-serving program director");
            scores(f, Component.LEADERSHIP, 15);
            assertThat(f.getValues()).isEqualTo("PD since 2014 (12 years)");
            notFired(j, "A program director settling in");
        }

        @Test
        void threeOrFourYearsInPostIsSettlingIn() {
            Judgement j = judge("{pdStartYears: [2022]}");
            Finding f = fired(j, "A program director settling in");
            scores(f, Component.LEADERSHIP, 10);
            assertThat(f.getValues()).isEqualTo("PD since 2022 (4 years)");
            notFired(j, "A long-serving program director");
            notFired(judge("{pdStartYears: [2021]}"), "A program director settling in");
        }

        @Test
        void aNewDirectorAfterAStableSpellScoresSix() {
            Judgement j = judge("{pdStartYears: [2010, 2025]}");
            Finding f = fired(j, "A new program director");
            scores(f, Component.LEADERSHIP, 6);
            assertThat(f.isRedFlag()).isFalse();
            assertThat(f.getValues()).isEqualTo("PD since 2025 (1 year)");
            notFired(j, "A new program director every few years");
            notFired(judge("{pdStartYears: [2023]}"), "A new program director");
        }

        @Test
        void noDirectorHistoryScoresNeutral() {
            Finding f = fired(judge("{website: current}"), "Leadership history not recorded");
            scores(f, Component.LEADERSHIP, 7);
            assertThat(f.isNeutral()).isTrue();
            notFired(judge("{pdStartYears: [2014]}"), "Leadership history not recorded");
        }
    }

    // ---- visa handling (10) ------------------------------------------------------------------------------------

    @Nested
    class VisaHandling {

        @Test
        void paperworkOnTimeEarnsTheFullTen() {
            Judgement j = judge("{visaPaperwork: on-time}");
            Finding f = fired(j, "Visa paperwork started on time");
            scores(f, Component.VISA_HANDLING, 10);
            assertThat(f.getValues()).isEqualTo("visa paperwork: on time");
            notFired(j, "Visa paperwork sometimes late");
        }

        @Test
        void paperworkSometimesLateScoresFive() {
            Judgement j = judge("{visaPaperwork: sometimes-late}");
            scores(fired(j, "Visa paperwork sometimes late"), Component.VISA_HANDLING, 5);
            notFired(j, "Visa paperwork always late");
            notFired(j, "Visa paperwork started on time");
        }

        @Test
        void paperworkAlwaysLateIsARedFlag() {
            Judgement j = judge("{visaPaperwork: always-late}");
            Finding f = fired(j, "Visa paperwork always late");
            assertThat(f.getHeuristic()).isEqualTo("P2, P3");
            scores(f, Component.VISA_HANDLING, 0);
            assertThat(f.isRedFlag()).isTrue();
            notFired(j, "Visa handling not recorded");
        }

        @Test
        void unknownVisaHandlingScoresNeutral() {
            Judgement j = judge("{website: current}");
            Finding f = fired(j, "Visa handling not recorded");
            scores(f, Component.VISA_HANDLING, 5);
            assertThat(f.isNeutral()).isTrue();
            notFired(j, "Visa paperwork always late");
        }
    }

    // ---- red flags outside the components (P3) -----------------------------------------------------------------

    @Nested
    class OtherRedFlags {

        @Test
        void anOutdatedWebsiteIsARedFlag() {
            Judgement j = judge("{website: outdated}");
            Finding f = fired(j, "An outdated residency website");
            assertThat(f.getHeuristic()).isEqualTo("P3");
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getComponent()).as("a flag, not a component score").isNull();
            assertThat(f.getValues()).isEqualTo("website: outdated");
            assertThat(j.score()).as("the flag does not change the score").isEqualTo(49);
        }

        @Test
        void aCurrentWebsiteIsNot() {
            notFired(judge("{website: current}"), "An outdated residency website");
        }

        @Test
        void anAllImgRosterWithHighTurnoverIsARedFlag() {
            Judgement j = judge("{roster: {nonUsPercent: 95, turnover: high}}");
            Finding f = fired(j, "A roster of non-US graduates with high turnover");
            assertThat(f.getHeuristic()).isEqualTo("P3");
            assertThat(f.isRedFlag()).isTrue();
            assertThat(f.getValues()).isEqualTo("roster 95% non-US graduates, turnover high");
        }

        @Test
        void anAllImgRosterThatKeepsItsResidentsIsNot() {
            notFired(judge("{roster: {nonUsPercent: 100, turnover: moderate}}"), "A roster of non-US graduates with high turnover");
        }

        @Test
        void highTurnoverInAMixedRosterIsNot() {
            notFired(judge("{roster: {nonUsPercent: 80, turnover: high}}"), "A roster of non-US graduates with high turnover");
        }
    }

    // ---- the interview day (P4) --------------------------------------------------------------------------------

    @Nested
    class InterviewDay {

        @Test
        void talkOfCoverageAndHoursReadsAsAServiceProgram() {
            Judgement j = judge("{interviewDay: [coverage, hours, like-a-family, protected-teaching]}");
            Finding f = fired(j, "The interview day sounded like a service program");
            assertThat(f.getHeuristic()).isEqualTo("P4");
            assertThat(f.getReading()).isEqualTo(InterviewReading.SERVICE_PROGRAM);
            assertThat(f.isWarning()).isTrue();
            assertThat(f.getValues()).isEqualTo("service talk: coverage, hours, we are like a family; "
                    + "training talk: protected teaching time");
            assertThat(j.interviewDay()).isEqualTo(InterviewReading.SERVICE_PROGRAM);
            notFired(j, "The interview day sounded like a training program");
        }

        @Test
        void protectedTeachingAndNamedFellowshipsReadAsATrainingProgram() {
            Judgement j = judge("{interviewDay: [protected-teaching, named-fellowships, like-a-family]}");
            Finding f = fired(j, "The interview day sounded like a training program");
            assertThat(f.getReading()).isEqualTo(InterviewReading.TRAINING_PROGRAM);
            assertThat(f.isWarning()).isFalse();
            assertThat(f.getValues()).isEqualTo("training talk: protected teaching time, graduates' fellowships named; "
                    + "service talk: we are like a family");
            notFired(j, "The interview day sounded like a service program");
        }

        @Test
        void asMuchOfOneAsOfTheOtherIsMixed() {
            Judgement j = judge("{interviewDay: [very-busy, quality-talk]}");
            Finding f = fired(j, "The interview day gave mixed signals");
            assertThat(f.getReading()).isEqualTo(InterviewReading.MIXED);
            notFired(judge("{interviewDay: [very-independent]}"), "The interview day gave mixed signals");
        }

        @Test
        void noInterviewDayNotesSaySo() {
            Judgement j = judge("{website: current}");
            Finding f = fired(j, "No interview-day notes");
            assertThat(f.getReading()).isEqualTo(InterviewReading.NO_NOTES);
            assertThat(j.interviewDay()).isEqualTo(InterviewReading.NO_NOTES);
            notFired(judge("{interviewDay: [hours]}"), "No interview-day notes");
        }
    }

    // ---- the category (P1) -------------------------------------------------------------------------------------

    @Nested
    class Categories {

        @Test
        void aStrongRecordWithNoWarningSignsIsStrategic() {
            Judgement j = judge(STRONG);
            Finding f = fired(j, "A strong record and no warning signs: strategically IMG-friendly");
            assertThat(f.getHeuristic()).isEqualTo("P1");
            assertThat(f.getCategory()).isEqualTo(Category.STRATEGIC);
            assertThat(f.getValues()).isEqualTo("score 100/100 (70 or more); no warning signs; every component backed by data");
            assertThat(j.category()).isEqualTo(Category.STRATEGIC);
            assertThat(j.score()).isEqualTo(100);
            notFired(j, "Neither strong nor alarming: dependent but stable");
            notFired(j, "A weak record or many warning signs: desperate for bodies");
        }

        @Test
        void oneRedFlagKeepsAStrongProgramFromStrategic() {
            Judgement j = judge(STRONG.replace("website: current", "website: outdated"));
            notFired(j, "A strong record and no warning signs: strategically IMG-friendly");
            Finding f = fired(j, "Neither strong nor alarming: dependent but stable");
            assertThat(f.getValues()).isEqualTo("score 100/100; 1 warning sign; every component backed by data");
        }

        @Test
        void aServiceSoundingInterviewDayKeepsAStrongProgramFromStrategic() {
            Judgement j = judge(STRONG.replace("interviewDay: [protected-teaching, named-fellowships]", "interviewDay: [coverage, hours]"));
            assertThat(j.redFlags()).isEmpty();
            assertThat(j.category()).isEqualTo(Category.DEPENDENT);
            notFired(j, "A strong record and no warning signs: strategically IMG-friendly");
        }

        @Test
        void strategicNeedsDataBehindAtLeastThreeComponents() {
            Judgement enough = judge("{graduates: {fellowships: [GI, cardiology]}, boardPassRates: {2025: 97}, soapYears: []}");
            assertThat(enough.neutral()).containsExactly(Component.LEADERSHIP, Component.VISA_HANDLING);
            fired(enough, "A strong record and no warning signs: strategically IMG-friendly");

            Judgement tooLittle = judge("{graduates: {fellowships: [GI, cardiology]}, boardPassRates: {2025: 97}}");
            assertThat(tooLittle.score()).isEqualTo(77);
            notFired(tooLittle, "A strong record and no warning signs: strategically IMG-friendly");
            assertThat(fired(tooLittle, "Neither strong nor alarming: dependent but stable").getValues())
                    .isEqualTo("score 77/100; no warning signs; 3 of 5 components without data");
        }

        @Test
        void aProgramNobodyLookedIntoIsDependent() {
            Judgement j = judge("{website: current}");
            Finding f = fired(j, "Neither strong nor alarming: dependent but stable");
            assertThat(f.getCategory()).isEqualTo(Category.DEPENDENT);
            assertThat(f.getValues()).isEqualTo("score 49/100 (under 70); no warning signs; 5 of 5 components without data");
            assertThat(j.score()).isEqualTo(49);
        }

        @Test
        void aWeakRecordIsDesperate() {
            Judgement j = judge(WEAK);
            Finding f = fired(j, "A weak record or many warning signs: desperate for bodies");
            assertThat(f.getCategory()).isEqualTo(Category.DESPERATE);
            assertThat(f.getValues()).isEqualTo("score 0/100 (under 40); 8 warning signs (3 or more)");
            assertThat(j.redFlags()).hasSize(7);
            assertThat(j.warningSigns()).isEqualTo(8);
            notFired(j, "Neither strong nor alarming: dependent but stable");
        }

        @Test
        void threeWarningSignsMakeAnAdequateRecordDesperate() {
            Judgement j = judge("{graduates: {fellowships: [GI]}, boardPassRates: {2025: 92}, soapYears: [2024],"
                    + " pdStartYears: [2023], visaPaperwork: sometimes-late, website: outdated,"
                    + " roster: {nonUsPercent: 98, turnover: high}, interviewDay: [coverage, like-a-family]}");
            assertThat(j.score()).isEqualTo(20 + 20 + 14 + 10 + 5);
            assertThat(fired(j, "A weak record or many warning signs: desperate for bodies").getValues())
                    .isEqualTo("score 69/100; 3 warning signs (3 or more)");
        }

        @Test
        void twoWarningSignsOnAnAdequateRecordAreNotDesperate() {
            Judgement j = judge("{graduates: {fellowships: [GI]}, boardPassRates: {2025: 92}, soapYears: [2024],"
                    + " pdStartYears: [2023], visaPaperwork: sometimes-late, website: outdated,"
                    + " roster: {nonUsPercent: 98, turnover: high}}");
            notFired(j, "A weak record or many warning signs: desperate for bodies");
            assertThat(j.category()).isEqualTo(Category.DEPENDENT);
        }
    }
}
