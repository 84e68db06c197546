package org.rankmeeting.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.output.Format;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answers an applicant gets are consistent, complete and do what they say (issue 7, on scenarios of its own). */
class CounterfactualAnswersTest {

    private static final Engine ENGINE = new Engine(RuleBase.load(Path.of("rules")));
    private static final String DIR = "src/test/resources/counterfactual/";

    private static World world(String file) {
        return new World(ScenarioReader.read(Path.of(DIR + file)).scenario());
    }

    private static Counterfactual.Outcome search(World w, String applicant, String program, Tier target) {
        return new Counterfactual(ENGINE).search(w, applicant, program, target, 3);
    }

    @Test
    void aFileAlreadyAtTheGoalGetsNoAnswersRatherThanZeroLiftOnes() {
        World w = world("at-the-top.yaml");
        Counterfactual.Outcome o = search(w, "zara", "north-im", Tier.RANK_TO_MATCH);
        assertThat(o.status()).isEqualTo(Counterfactual.Status.AT_GOAL);
        assertThat(o.answers()).isEmpty();
        assertThat(CounterfactualReport.render(o, Format.TEXT)).contains("already at rank to match or better at North");
    }

    @Test
    void aVisaSwitchThatScreensTheFileOutElsewhereIsNeverALiftOverall() {
        Counterfactual.Outcome o = search(world("at-the-top.yaml"), "zara", null, null);
        assertThat(o.catalogue()).extracting(Action::id).contains("visa:h1b");
        assertThat(o.answers()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.netLevels()).isPositive();
            assertThat(a.candidate().actions()).extracting(Action::id).doesNotContain("visa:h1b");
        });
    }

    @Test
    void atTheTopTierItSaysSoAndListsNoStrengthsAsHolds() {
        Counterfactual.Outcome o = search(world("at-the-top.yaml"), "zara", "north-im", null);
        assertThat(o.status()).isEqualTo(Counterfactual.Status.AT_TOP);
        String text = CounterfactualReport.render(o, Format.TEXT);
        assertThat(text).contains("already at the top tier (rank to match) at North Internal Medicine")
                .doesNotContain("No realistic change helps").doesNotContain("What holds").doesNotContain("[K1]");
    }

    @Test
    void theOneProgramSearchSeesTheLetterTheAllProgramSearchFinds() {
        World w = world("burned-school-writer-trusted-elsewhere.yaml");
        Counterfactual.Outcome all = search(w, "ethan", null, null);
        Counterfactual.Outcome one = search(w, "ethan", "westfield-im", null);
        assertThat(one.catalogue()).isEqualTo(all.catalogue());
        Counterfactual.Answer best = all.bestNextStep();
        assertThat(best.candidate().ids()).isEqualTo("letter:dr-reyes");
        assertThat(effectAt(best, "westfield-im").after().stage()).isEqualTo(Stage.INTERVIEWED);
        assertThat(one.status()).isEqualTo(Counterfactual.Status.ANSWERS);
        assertThat(one.answers().get(0).candidate().cost()).isLessThanOrEqualTo(best.candidate().cost());
    }

    @Test
    void aLetterFromAWriterWithAGoodRecordAtTheProgramLiftsTheBurnedSchoolHold() {
        World w = world("burned-school-l2-writer.yaml");
        List<Action> catalogue = ActionCatalogue.forApplicant(w, w.applicant("ethan"));
        // L2: an APD whose recommended resident did well; and someone at the program who writes letters.
        assertThat(catalogue).extracting(Action::id).contains("letter:dr-reyes", "letter:dr-osei");
        Counterfactual.Outcome o = search(w, "ethan", "westfield-im", null);
        assertThat(o.status()).isEqualTo(Counterfactual.Status.ANSWERS);
        Counterfactual.Answer first = o.answers().get(0);
        assertThat(first.candidate().ids()).isEqualTo("letter:dr-reyes");
        Counterfactual.ProgramEffect at = effectAt(first, "westfield-im");
        assertThat(at.before().stage()).isEqualTo(Stage.NOT_INVITED);
        assertThat(at.after().stage()).isEqualTo(Stage.INTERVIEWED);
        assertThat(at.after().trail()).extracting(e -> e.getHeuristic()).contains("L2").doesNotContain("K4");
    }

    @Test
    void whenNothingHelpsTheJsonNamesTheSameHoldsAsTheText() throws Exception {
        Counterfactual.Outcome o = search(world("avoided-region-one-program.yaml"), "dilnoza", "eastbrook-im", null);
        assertThat(o.status()).isEqualTo(Counterfactual.Status.NOTHING_HELPS);
        String text = CounterfactualReport.render(o, Format.TEXT);
        JsonNode json = new ObjectMapper().readTree(CounterfactualReport.render(o, Format.JSON));
        assertThat(json.get("status").asText()).isEqualTo("nothing-helps");
        assertThat(text).contains(json.get("verdict").asText());
        JsonNode holds = json.get("holds").get("eastbrook-im");
        assertThat(holds).isNotEmpty();
        assertThat(holds.get(0).get("heuristic").asText()).isEqualTo("K7");
        for (JsonNode hold : holds) {
            assertThat(text).contains(hold.get("phrase").asText());
        }
    }

    @Test
    void theResearchYearLeavesTheFileWithThePisStrongLetterAndOneResearchItem() {
        World w = world("research-year-weaker-letter.yaml");
        Applicant priya = w.applicant("priya");
        Action research = ActionCatalogue.forApplicant(w, priya).stream()
                .filter(a -> a.id().equals("research:dr-lind")).findFirst().orElseThrow();
        assertThat(research.description()).contains("their strong comparative letter");
        Applicant after = research.applyTo(priya);
        assertThat(after.letters()).filteredOn(l -> l.writer().equals("dr-lind")).singleElement().satisfies(l -> {
            assertThat(l.strength()).isEqualTo(Applicant.Letter.Strength.STRONG);
            assertThat(l.style()).isEqualTo(Applicant.Letter.Style.COMPARATIVE);
        });
        assertThat(after.research()).filteredOn(r -> "dr-lind".equals(r.pi())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Applicant.Research.Kind.SUSTAINED);
            assertThat(r.months()).isEqualTo(12);
        });
    }

    @Test
    void everyAnswerShowsItsEffectAtEveryProgramAndALossElsewhereCountsAgainstIt() {
        World w = world("visa-switch-trade-off.yaml");
        Counterfactual.Outcome o = search(w, "kofi", "harbor-im", null);
        Counterfactual.Answer visa = o.answers().stream().filter(a -> a.candidate().ids().equals("visa:h1b"))
                .findFirst().orElseThrow();
        assertThat(visa.effects()).extracting(e -> e.program().id()).containsExactly("harbor-im", "bayside-im");
        assertThat(visa.losses()).extracting(e -> e.program().id()).containsExactly("bayside-im");
        assertThat(visa.netLevels()).isEqualTo(visa.effects().stream().mapToInt(Counterfactual.ProgramEffect::levelChange).sum());
        assertThat(CounterfactualReport.render(o, Format.TEXT)).contains("a cost of this answer")
                .contains("loses at Bayside Internal Medicine");
    }

    @Test
    void anAnswerThatClearsATierLineByTwoPointsOrFewerIsFlaggedFragile() {
        Counterfactual.Outcome o = search(world("visa-switch-trade-off.yaml"), "kofi", "harbor-im", null);
        for (Counterfactual.Answer a : o.answers()) {
            for (Counterfactual.ProgramEffect e : a.effects()) {
                boolean nearLine = e.levelChange() > 0 && e.after().stage() == Stage.INTERVIEWED
                        && e.clearsBy() != null && e.clearsBy() <= Counterfactual.FRAGILE_POINTS;
                assertThat(e.fragile()).as("%s at %s", a.candidate().ids(), e.program().id()).isEqualTo(nearLine);
            }
        }
        assertThat(o.answers()).anySatisfy(a -> assertThat(a.fragile()).isNotEmpty());
        assertThat(CounterfactualReport.render(o, Format.TEXT)).contains("FRAGILE: clears");
    }

    @Test
    void theCheapestAnswerAndTheOneThatGainsMostAreAlwaysShownFirst() {
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(world("visa-switch-trade-off.yaml"), "kofi", "harbor-im", null, 1);
        assertThat(o.answers()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(o.answers().get(0).cheapest()).isTrue();
        assertThat(o.answers()).filteredOn(Counterfactual.Answer::mostGain).hasSize(1);
        int most = o.answers().stream().filter(Counterfactual.Answer::mostGain).findFirst().orElseThrow().lift();
        assertThat(o.answers()).allSatisfy(a -> assertThat(a.lift()).isLessThanOrEqualTo(most));
    }

    @Test
    void actionsTooLateForTheDateAreLeftOutAndListed() {
        World w = world("visa-switch-trade-off.yaml");
        CycleCalendar cycle = new CycleCalendar(w.cycle());
        // Three weeks before applications go out: Step 3 and a visa switch (12 weeks) are too late, coaching is not.
        LocalDate by = cycle.applications().minusWeeks(3);
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w,
                new Counterfactual.Request("kofi", "harbor-im", null, 3, by));
        assertThat(o.tooLate()).extracting(Action::id).contains("visa:h1b");
        assertThat(o.catalogue()).extracting(Action::id).contains("communication:strong").doesNotContain("visa:h1b");
        assertThat(o.answers()).allSatisfy(a -> assertThat(a.candidate().actions()).allSatisfy(x ->
                assertThat(x.effort().possibleFrom(by, cycle)).isTrue()));
        assertThat(CounterfactualReport.render(o, Format.TEXT)).contains("Too late as of " + by);
    }

    /** The scenario file with an {@code asOf} line after its cycle. */
    private static Path withAsOf(Path dir, String asOf) throws Exception {
        String text = Files.readString(Path.of(DIR + "visa-switch-trade-off.yaml"));
        Path out = dir.resolve("visa-switch-as-of.yaml");
        Files.writeString(out, text.replace("cycle: 2026\n", "cycle: 2026\nasOf: " + asOf + "\n"));
        return out;
    }

    @Test
    void theScenariosAsOfDateFiltersActionsWhenNoDateIsGiven(@TempDir Path dir) throws Exception {
        World w = new World(ScenarioReader.read(withAsOf(dir, "2025-09-03")).scenario());
        assertThat(w.asOf()).isEqualTo(LocalDate.of(2025, 9, 3));
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, new Counterfactual.Request("kofi", "harbor-im", null, 3, null));
        assertThat(o.by()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(o.tooLate()).extracting(Action::id).contains("visa:h1b");
        assertThat(o.catalogue()).extracting(Action::id).doesNotContain("visa:h1b");
        // A date given with the request wins over the scenario's.
        LocalDate early = LocalDate.of(2025, 3, 1);
        assertThat(new Counterfactual(ENGINE).search(w, new Counterfactual.Request("kofi", "harbor-im", null, 3, early))
                .tooLate()).extracting(Action::id).doesNotContain("visa:h1b");
    }

    @Test
    void anAsOfThatIsNoDateOrOutsideTheSeasonIsBadInputAtItsLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ScenarioReader.read(withAsOf(dir, "2025-13-01")))
                .isInstanceOf(BadInputException.class).hasMessageContaining(":5:").hasMessageContaining("asOf")
                .hasMessageContaining("expected a date as YYYY-MM-DD");
        assertThatThrownBy(() -> ScenarioReader.read(withAsOf(dir, "2019-10-01")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("the 2026 Match season");
    }

    @Test
    void aLateWordIsPossibleOnlyUntilRankListsAndAStep2RaiseOnlyBeforeApplications() {
        CycleCalendar cycle = new CycleCalendar(2026);
        Effort lateWord = new Effort(1, null, null, Effort.Window.AFTER_INTERVIEWS);
        Effort step2 = new Effort(8, null, null, Effort.Window.BEFORE_APPLICATIONS);
        assertThat(lateWord.possibleFrom(LocalDate.of(2026, 1, 20), cycle)).isTrue();
        assertThat(lateWord.possibleFrom(LocalDate.of(2026, 3, 1), cycle)).isFalse();
        assertThat(step2.possibleFrom(LocalDate.of(2025, 7, 1), cycle)).isTrue();
        assertThat(step2.possibleFrom(LocalDate.of(2025, 9, 1), cycle)).isFalse();
    }

    private static Counterfactual.ProgramEffect effectAt(Counterfactual.Answer a, String program) {
        return a.effects().stream().filter(e -> e.program().id().equals(program)).findFirst().orElseThrow();
    }
}
