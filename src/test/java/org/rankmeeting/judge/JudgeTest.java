package org.rankmeeting.judge;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Program.Category;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rankmeeting.judge.JudgeFixture.judge;
import static org.rankmeeting.judge.JudgeFixture.judgeAll;

/** The Java API around the judging rules: what a judgement holds, its order, and broken judging rule sets. */
class JudgeTest {

    private static final String MIXED = "{boardPassRates: {2024: 88, 2025: 89}, soapYears: [2024, 2025], pdStartYears: [2016],"
            + " graduates: {jobs: [hospitalist at Mercy]}, visaPaperwork: sometimes-late, website: outdated,"
            + " interviewDay: [hours, protected-teaching, named-fellowships]}";

    @Test
    void theScoreIsTheSumOfTheComponentsAndTheLinesReadInOrder() {
        Judgement j = judge(MIXED);

        assertThat(j.programId()).isEqualTo("p");
        assertThat(j.programName()).isEqualTo("Program P");
        assertThat(j.components()).containsExactly(
                java.util.Map.entry(Component.GRADUATE_OUTCOMES, 12), java.util.Map.entry(Component.BOARD_PASS_RATES, 12),
                java.util.Map.entry(Component.FILL_HISTORY, 4), java.util.Map.entry(Component.LEADERSHIP, 15),
                java.util.Map.entry(Component.VISA_HANDLING, 5));
        assertThat(j.score()).isEqualTo(48);
        assertThat(j.score(Component.LEADERSHIP)).isEqualTo(15);
        assertThat(j.neutral()).isEmpty();
        assertThat(j.interviewDay()).isEqualTo(InterviewReading.TRAINING_PROGRAM);
        assertThat(j.redFlags()).extracting(Finding::getRule)
                .containsExactly("Unfilled or SOAP two years running", "An outdated residency website");
        assertThat(j.warningSigns()).isEqualTo(2);
        assertThat(j.category()).isEqualTo(Category.DEPENDENT);
        assertThat(j.categoryLine().getValues()).isEqualTo("score 48/100 (under 70); 2 warning signs; every component backed by data");

        // the five components heaviest first, then the other red flags, the interview day, the category
        assertThat(j.lines()).extracting(Finding::getRule).containsExactly(
                "Graduates traced to hospital jobs only",
                "Board pass rate 85-89%",
                "Unfilled or SOAP two years running",
                "A long-serving program director",
                "Visa paperwork sometimes late",
                "An outdated residency website",
                "The interview day sounded like a training program",
                "Neither strong nor alarming: dependent but stable");
        assertThat(j.lines().get(2).line()).isEqualTo("[P2, P3] Unfilled or SOAP two years running | SOAP and unfilled history "
                + "4/20, red flag | Two bad Matches in a row; for a specialty that is not competitive, that is already a warning. "
                + "(SOAP 2024, 2025: 2 years running (cycles 2022-2026))");
    }

    @Test
    void aProgramWithoutSignalsIsJudgedNeutralAndSaysSo() {
        Judgement j = judgeAll(List.of("{id: quiet, category: strategic}")).get(0);

        assertThat(j.category()).isEqualTo(Category.DEPENDENT);
        assertThat(j.score()).isEqualTo(15 + 12 + 10 + 7 + 5);
        assertThat(j.neutral()).containsExactly(Component.values());
        assertThat(j.redFlags()).isEmpty();
        assertThat(j.lines()).filteredOn(Finding::isScored).allSatisfy(l -> assertThat(l.getValues()).contains(": scored neutral, "));
        assertThat(j.declaredCategory()).as("what the profile says, kept for comparison").isEqualTo(Category.STRATEGIC);
        assertThat(j.agreesWithDeclared()).isFalse();
    }

    @Test
    void everyProgramIsJudgedInTheScenarioOrderAndBestFirstSortsByCategoryThenScore() {
        List<Judgement> all = judgeAll(List.of(
                "{id: middling, signals: " + MIXED + "}",
                "{id: bare}",
                "{id: solid, category: strategic, signals: {graduates: {fellowships: [GI, cardiology]}, boardPassRates: {2025: 96},"
                        + " soapYears: [], pdStartYears: [2012], visaPaperwork: on-time}}",
                "{id: failing, signals: {boardPassRates: {2024: 70, 2025: 75}, soapYears: [2023, 2024, 2025]}}"));

        assertThat(all).extracting(Judgement::programId).containsExactly("middling", "bare", "solid", "failing");
        assertThat(all).extracting(Judgement::category)
                .containsExactly(Category.DEPENDENT, Category.DEPENDENT, Category.STRATEGIC, Category.DESPERATE);
        assertThat(all.get(2).agreesWithDeclared()).isTrue();
        assertThat(all.stream().sorted(Judgement.BEST_FIRST).map(Judgement::programId))
                .containsExactly("solid", "bare", "middling", "failing");
    }

    @Test
    void judgingOneProgramGivesTheSameAsJudgingAll() {
        String yaml = """
                cycle: 2026
                schools: [{id: s}]
                applicants: [{id: a, school: s, step2: {score: 240}}]
                programs:
                  - {id: one, signals: {website: outdated}}
                  - {id: two, signals: {visaPaperwork: always-late}}
                """;
        World world = new World(ScenarioReader.parse("t.yaml", yaml, ScenarioReader.Format.YAML).scenario());
        Judgement two = JudgeFixture.JUDGE.judge(world, world.program("two"));
        assertThat(two.programId()).isEqualTo("two");
        assertThat(two.lines()).extracting(Finding::line)
                .isEqualTo(JudgeFixture.JUDGE.judgeAll(world).get(1).lines().stream().map(Finding::line).toList());
    }

    @Test
    void aRuleSetWithoutJudgingRulesIsBadInput() {
        RuleBase meetingOnly = RuleBase.build(List.of(new RuleBase.RuleSource("only.drl", """
                package t;
                import org.rankmeeting.engine.Case;
                rule "Nothing to see"
                    @heuristic("S1")
                when
                    Case()
                then
                end
                """)), "a test folder");
        World world = new World(ScenarioReader.parse("t.yaml", "schools: [{id: s}]\nprograms: [{id: p}]\n"
                + "applicants: [{id: a, school: s, step2: {score: 240}}]\n", ScenarioReader.Format.YAML).scenario());
        assertThatThrownBy(() -> new Judge(meetingOnly).judgeAll(world))
                .isInstanceOf(BadInputException.class)
                .hasMessage("a test folder: no judging rules (heuristics P1-P4) in this rule set; the bundled rules/judging.drl has them");
    }

    @Test
    void judgingRulesThatScoreAComponentTwiceAreReportedByRule() throws IOException {
        String judging = Files.readString(Path.of("rules/judging.drl"));
        String extra = """

                rule "A second opinion on visas"
                    @heuristic("P2")
                    salience 82
                when
                    $f : ProgramFile( visaPaperwork == VisaPaperwork.ON_TIME )
                then
                    insert(Finding.score(drools, $f, Component.VISA_HANDLING, 10, "Again.", ""));
                end
                """;
        RuleBase twice = RuleBase.build(List.of(new RuleBase.RuleSource("judging.drl", judging + extra)), "edited rules");
        World world = new World(ScenarioReader.parse("t.yaml", "cycle: 2026\nschools: [{id: s}]\n"
                + "programs: [{id: p, signals: {visaPaperwork: on-time}}]\n"
                + "applicants: [{id: a, school: s, step2: {score: 240}}]\n", ScenarioReader.Format.YAML).scenario());
        assertThatThrownBy(() -> new Judge(twice).judgeAll(world))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("edited rules: the judging rules left program 'p' incompletely judged: visa handling "
                        + "was scored 2 times (by ")
                .hasMessageContaining("'Visa paperwork started on time'")
                .hasMessageContaining("'A second opinion on visas'")
                .hasMessageEndingWith("; every component needs exactly one score");
    }
}
