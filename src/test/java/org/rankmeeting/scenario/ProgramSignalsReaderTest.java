package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.Program.Signals;
import org.rankmeeting.scenario.ScenarioReader.Format;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reading and checking a program's public signals ({@code programs[].signals}, heuristics P1-P4). */
class ProgramSignalsReaderTest {

    /** Lines 1-6; the signals start on line 7, indented six spaces. */
    private static final String HEAD = """
            cycle: 2025
            schools: [{id: uni-a}]
            applicants: [{id: app-1, school: uni-a, step2: {score: 244}}]
            programs:
              - id: prog-1
                signals:
            """;

    private static final String FULL = HEAD + """
                  boardPassRates: {2025: 97, 2023: 96, 2024: 94}
                  unfilledYears: []
                  soapYears: [2021]
                  pdStartYears: [2008, 2014]
                  graduates:
                    fellowships: ["cardiology, Henry Ford (2024)", "GI, Wayne State (2023)"]
                    jobs: ["hospitalist, Beaumont (2025)"]
                  visaPaperwork: on-time
                  roster: {nonUsPercent: 60, turnover: low}
                  website: current
                  interviewDay: [protected-teaching, named-fellowships, like-a-family]
            """;

    private static Signals signals(String yaml) {
        return ScenarioReader.parse("s.yaml", yaml, Format.YAML).scenario().programs().get(0).signals();
    }

    private static List<String> problems(String yaml) {
        Throwable thrown = catchThrowable(() -> ScenarioReader.parse("s.yaml", yaml, Format.YAML));
        assertThat(thrown).isInstanceOf(BadInputException.class);
        assertThat(thrown.getMessage()).doesNotContain("com.fasterxml", "Exception");
        return ((BadInputException) thrown).problems();
    }

    // ---- valid input -----------------------------------------------------------------------------------------

    @Test
    void everySignalIsRead() {
        Signals s = signals(FULL);

        assertThat(s.boardPassRates()).containsExactly(Map.entry(2023, 96), Map.entry(2024, 94), Map.entry(2025, 97));
        assertThat(s.unfilledYears()).isEmpty();
        assertThat(s.soapYears()).containsExactly(2021);
        assertThat(s.pdStartYears()).containsExactly(2008, 2014);
        assertThat(s.graduates().fellowships()).containsExactly("cardiology, Henry Ford (2024)", "GI, Wayne State (2023)");
        assertThat(s.graduates().jobs()).containsExactly("hospitalist, Beaumont (2025)");
        assertThat(s.visaPaperwork()).isEqualTo(Signals.VisaPaperwork.ON_TIME);
        assertThat(s.roster()).isEqualTo(new Signals.Roster(60, Signals.Roster.Turnover.LOW));
        assertThat(s.website()).isEqualTo(Signals.Website.CURRENT);
        assertThat(s.interviewDay()).containsExactly(Signals.InterviewCue.PROTECTED_TEACHING,
                Signals.InterviewCue.NAMED_FELLOWSHIPS, Signals.InterviewCue.LIKE_A_FAMILY);
    }

    @Test
    void absentSignalsAreNotKnownWhileEmptyListsMeanNone() {
        assertThat(ScenarioReader.parse("s.yaml", HEAD.replace("    signals:\n", ""), Format.YAML)
                .scenario().programs().get(0).signals()).isNull();

        Signals s = signals(HEAD + "      website: outdated\n");
        assertThat(s.unfilledYears()).as("not looked up").isNull();
        assertThat(s.soapYears()).as("not looked up").isNull();
        assertThat(s.graduates()).as("not looked up").isNull();
        assertThat(s.boardPassRates()).isEmpty();
        assertThat(s.pdStartYears()).isEmpty();
        assertThat(s.interviewDay()).isEmpty();

        Signals none = signals(HEAD + "      unfilledYears: []\n      graduates: {fellowships: [], jobs: []}\n");
        assertThat(none.unfilledYears()).as("looked up: none").isEmpty();
        assertThat(none.graduates()).as("looked up: nothing visible").isEqualTo(new Signals.Graduates(List.of(), List.of()));
    }

    @Test
    void interviewDayTagsAreForgivingLikeEveryOtherCode() {
        assertThat(signals(HEAD + "      interviewDay: [Like a family, HARD_WORK, protected teaching]\n").interviewDay())
                .containsExactly(Signals.InterviewCue.LIKE_A_FAMILY, Signals.InterviewCue.HARD_WORK,
                        Signals.InterviewCue.PROTECTED_TEACHING);
    }

    @Test
    void theSameSignalsInJsonAreEqualAndTheJsonMapperReadsItsOwnOutputBack() throws JsonProcessingException {
        String json = """
                {"cycle": 2025, "schools": [{"id": "uni-a"}],
                 "applicants": [{"id": "app-1", "school": "uni-a", "step2": {"score": 244}}],
                 "programs": [{"id": "prog-1", "signals": {
                   "boardPassRates": {"2023": 96, "2024": 94, "2025": 97},
                   "unfilledYears": [], "soapYears": [2021], "pdStartYears": [2008, 2014],
                   "graduates": {"fellowships": ["cardiology, Henry Ford (2024)", "GI, Wayne State (2023)"],
                                 "jobs": ["hospitalist, Beaumont (2025)"]},
                   "visaPaperwork": "ON_TIME", "roster": {"nonUsPercent": 60, "turnover": "low"},
                   "website": "current", "interviewDay": ["protected-teaching", "named-fellowships", "like-a-family"]}}]}
                """;
        Signals fromYaml = signals(FULL);
        Signals fromJson = ScenarioReader.parse("s.json", json, Format.JSON).scenario().programs().get(0).signals();
        assertThat(fromJson).isEqualTo(fromYaml);

        String written = ScenarioReader.jsonMapper().writeValueAsString(fromYaml);
        assertThat(written).contains("\"2023\":96").contains("\"visaPaperwork\":\"on-time\"").contains("\"like-a-family\"");
        assertThat(ScenarioReader.jsonMapper().readValue(written, Signals.class)).isEqualTo(fromYaml);
    }

    // ---- unknown fields and values ---------------------------------------------------------------------------

    @Test
    void aMisspeltSignalSuggestsTheField() {
        assertThat(problems(HEAD + "      boardPassRate: {2024: 90}\n")).containsExactly(
                "s.yaml:7:7: programs[0].signals: unknown field 'boardPassRate'; did you mean 'boardPassRates'?");
        assertThat(problems(HEAD + "      graduates: {fellowship: [GI]}\n")).containsExactly(
                "s.yaml:7:19: programs[0].signals.graduates: unknown field 'fellowship'; did you mean 'fellowships'?");
        assertThat(problems(HEAD + "      roster: {nonUsPercentage: 90}\n")).containsExactly(
                "s.yaml:7:16: programs[0].signals.roster: unknown field 'nonUsPercentage'; did you mean 'nonUsPercent'?");
        assertThat(problems(HEAD.replace("    signals:\n", "    signal:\n") + "      website: current\n")).containsExactly(
                "s.yaml:6:5: programs[0]: unknown field 'signal'; did you mean 'signals'?");
    }

    @Test
    void anUnknownFieldWithoutACloseMatchListsTheSignals() {
        assertThat(problems(HEAD + "      reputation: bad\n")).containsExactly(
                "s.yaml:7:7: programs[0].signals: unknown field 'reputation'; expected one of 'boardPassRates', "
                        + "'unfilledYears', 'soapYears', 'pdStartYears', 'graduates', 'visaPaperwork', 'roster', "
                        + "'website', 'interviewDay'");
    }

    @Test
    void unknownCodesListTheAcceptedOnesAndSuggestTheClosest() {
        assertThat(problems(HEAD + "      visaPaperwork: late\n")).containsExactly(
                "s.yaml:7:22: programs[0].signals.visaPaperwork: expected one of 'on-time', 'sometimes-late', "
                        + "'always-late', got 'late'");
        assertThat(problems(HEAD + "      website: outdate\n")).containsExactly(
                "s.yaml:7:16: programs[0].signals.website: expected one of 'current', 'outdated', got 'outdate'; "
                        + "did you mean 'outdated'?");
        assertThat(problems(HEAD + "      roster: {turnover: hihg}\n")).containsExactly(
                "s.yaml:7:26: programs[0].signals.roster.turnover: expected one of 'low', 'moderate', 'high', "
                        + "got 'hihg'; did you mean 'high'?");
        assertThat(problems(HEAD + "      interviewDay: [coverage, protected-teachng]\n")).singleElement().asString()
                .startsWith("s.yaml:7:32: programs[0].signals.interviewDay[1]: expected one of 'coverage', 'hours', ")
                .endsWith("got 'protected-teachng'; did you mean 'protected-teaching'?");
    }

    @Test
    void wrongShapesSayWhatWasExpected() {
        assertThat(problems(HEAD + "      pdStartYears: 2019\n")).containsExactly(
                "s.yaml:7:21: programs[0].signals.pdStartYears: expected a list, got 2019");
        assertThat(problems(HEAD + "      boardPassRates: [90, 92]\n")).containsExactly(
                "s.yaml:7:23: programs[0].signals.boardPassRates: expected a map, got a list");
        assertThat(problems(HEAD + "      boardPassRates: {last year: 90}\n")).containsExactly(
                "s.yaml:7:24: programs[0].signals.boardPassRates: expected a whole number, got 'last year'");
        assertThat(problems(HEAD + "      boardPassRates: {2024: 91.5}\n")).containsExactly(
                "s.yaml:7:30: programs[0].signals.boardPassRates.2024: expected a whole number, got 91.5");
    }

    // ---- ranges and repeats ----------------------------------------------------------------------------------

    @Test
    void passRatesArePercentagesForYearsUpToTheCycle() {
        assertThat(problems(HEAD + "      boardPassRates: {2023: 101, 2024: -1, 2026: 90, 1949: 80}\n")).containsExactly(
                "s.yaml:7:30: programs[0].signals.boardPassRates.2023: expected a pass rate from 0 to 100 (percent), got 101",
                "s.yaml:7:41: programs[0].signals.boardPassRates.2024: expected a pass rate from 0 to 100 (percent), got -1",
                "s.yaml:7:45: programs[0].signals.boardPassRates.2026: expected a year from 1950 to 2025 "
                        + "(the scenario's cycle) as the key, got 2026",
                "s.yaml:7:55: programs[0].signals.boardPassRates.1949: expected a year from 1950 to 2025 "
                        + "(the scenario's cycle) as the key, got 1949");
    }

    @Test
    void yearListsHoldYearsUpToTheCycleEachOnce() {
        assertThat(problems(HEAD + """
                      unfilledYears: [2024, 2026]
                      soapYears: [2023, 2023]
                      pdStartYears: [1949, 2020]
                """)).containsExactly(
                "s.yaml:7:29: programs[0].signals.unfilledYears[1]: expected a year from 1950 to 2025 (the scenario's cycle), got 2026",
                "s.yaml:8:25: programs[0].signals.soapYears[1]: year 2023 is already listed (soapYears[0])",
                "s.yaml:9:22: programs[0].signals.pdStartYears[0]: expected a year from 1950 to 2025 (the scenario's cycle), got 1949");
    }

    @Test
    void rosterShareIsAPercentage() {
        assertThat(problems(HEAD + "      roster: {nonUsPercent: 120, turnover: high}\n")).containsExactly(
                "s.yaml:7:30: programs[0].signals.roster.nonUsPercent: expected a percentage from 0 to 100, got 120");
    }

    @Test
    void graduateOutcomesAreWordsNotBlanks() {
        assertThat(problems(HEAD + "      graduates: {fellowships: [GI, \" \"], jobs: [\"\"]}\n")).containsExactly(
                "s.yaml:7:37: programs[0].signals.graduates.fellowships[1]: expected a fellowship described in words, got ' '",
                "s.yaml:7:50: programs[0].signals.graduates.jobs[0]: expected a job described in words, got ''");
    }

    @Test
    void anInterviewDayTagIsListedOnce() {
        assertThat(problems(HEAD + "      interviewDay: [coverage, hours, Coverage]\n")).containsExactly(
                "s.yaml:7:39: programs[0].signals.interviewDay[2]: 'coverage' is already listed (interviewDay[0])");
    }
}
