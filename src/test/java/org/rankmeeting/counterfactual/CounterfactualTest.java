package org.rankmeeting.counterfactual;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Tier;
import org.rankmeeting.whatif.WhatIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CounterfactualTest {

    private static final Engine ENGINE = new Engine(RuleBase.load(Path.of("rules")));

    private static World world(String file) {
        return new World(ScenarioReader.read(Path.of(file)).scenario());
    }

    /** The placement of the applicant at the program when the meeting is run from scratch with these actions. */
    private static Placement freshRun(World world, String applicant, String program, List<Action> actions) {
        Applicant file = Counterfactual.apply(world.applicant(applicant), actions);
        Meeting m = ENGINE.run(world.with(file));
        return m.placement(applicant, program);
    }

    @Test
    void everyAnswerReachesTheTargetWhenTheMeetingIsRunAgainFromScratch() {
        World w = world("scenarios/04-once-burned-region.yaml");
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, "bilal", "northgate-im", Tier.UPPER_MID, 3);

        assertThat(o.answers()).isNotEmpty();
        for (Counterfactual.Answer a : o.answers()) {
            Placement p = freshRun(w, "bilal", "northgate-im", a.candidate().actions());
            assertThat(p.isRanked()).isTrue();
            assertThat(p.tier().compareTo(Tier.UPPER_MID)).as(a.candidate().ids()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void noCheaperCombinationWithinTheBoundReachesTheTarget() {
        World w = world("scenarios/04-once-burned-region.yaml");
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, "bilal", "northgate-im", Tier.RANK_TO_MATCH, 3);
        int cheapestFound = o.answers().get(0).candidate().cost();

        // Brute force, independently of the search's cache: every combination within the bound, run from scratch.
        int cheapest = Integer.MAX_VALUE;
        for (List<Action> combo : Counterfactual.combinations(o.catalogue(), Counterfactual.MAX_ACTIONS)) {
            if (Counterfactual.apply(w.applicant("bilal"), combo) == null) {
                continue;
            }
            Placement p = freshRun(w, "bilal", "northgate-im", combo);
            if (p.tier() == Tier.RANK_TO_MATCH) {
                cheapest = Math.min(cheapest, combo.stream().mapToInt(Action::cost).sum());
            }
        }
        assertThat(cheapestFound).isEqualTo(cheapest);
    }

    @Test
    void answersAreMinimalAndNotTheSameMoveTwice() {
        World w = world("scenarios/04-once-burned-region.yaml");
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, "bilal", null, null, 3);
        List<Counterfactual.Answer> answers = o.answers();
        for (int i = 0; i < answers.size(); i++) {
            for (int j = 0; j < answers.size(); j++) {
                if (i != j) {
                    if (answers.get(j).candidate().actions().containsAll(answers.get(i).candidate().actions())) {
                        assertThat(answers.get(j).lift()).as("answer %d contains answer %d and must gain more", j, i)
                                .isGreaterThan(answers.get(i).lift());
                    }
                    assertThat(answers.get(j).candidate().groups()).isNotEqualTo(answers.get(i).candidate().groups());
                }
            }
        }
        int cheapest = answers.stream().mapToInt(a -> a.candidate().cost()).min().orElseThrow();
        assertThat(answers.get(0).cheapest()).isTrue();
        assertThat(answers.get(0).candidate().cost()).isEqualTo(cheapest);
    }

    @Test
    void theBestNextStepForAnUnknownSchoolIsASubInternshipWhereTheAlumniTrained() {
        World w = world("scenarios/12-unknown-school-best-next-step.yaml");
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, "yusuf", null, null, 3);
        assertThat(o.bestNextStep().candidate().ids()).isEqualTo("sub-i@st-vincent-toledo");
        assertThat(o.bestNextStep().verified().programs()).allSatisfy(d -> assertThat(d.levelChange()).isPositive());
    }

    @Test
    void atAProgramAvoidingTheRegionNothingHelpsAndTheHoldIsNamed() {
        World w = world("scenarios/13-avoided-region-nothing-helps.yaml");
        Counterfactual.Outcome o = new Counterfactual(ENGINE).search(w, "timur", "eastbrook-im", null, 3);
        assertThat(o.answers()).isEmpty();
        assertThat(o.combinationsTried()).isPositive();
        assertThat(o.baseline().get("eastbrook-im").principalReasons()).extracting(e -> e.getHeuristic()).contains("K7");
        assertThat(CounterfactualReport.render(o, org.rankmeeting.output.Format.TEXT))
                .contains("No realistic change helps").contains("[K7]");
    }

    @Test
    void actionsNeverTouchWhatAnApplicantCannotChange() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.sorted().toList()) {
                World w = new World(ScenarioReader.read(file).scenario());
                for (Applicant a : w.applicants()) {
                    for (Action action : ActionCatalogue.forApplicant(w, a)) {
                        Applicant after = Counterfactual.apply(a, List.of(action));
                        assertThat(after).as("%s applies to %s", action.id(), a.id()).isNotNull();
                        assertThat(after.school()).isEqualTo(a.school());
                        assertThat(after.graduationYear()).isEqualTo(a.graduationYear());
                        assertThat(after.gapYears()).isEqualTo(a.gapYears());
                        assertThat(after.transcript()).isEqualTo(a.transcript());
                        assertThat(after.step2().attempts()).isEqualTo(a.step2().attempts());
                        if (!Boolean.FALSE.equals(a.step2().taken())) {
                            assertThat(after.step2().score()).as("%s changes a Step 2 already taken", action.id())
                                    .isEqualTo(a.step2().score());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aStep2ScoreIsOnlyRaisedWhileTheExamIsNotTaken() {
        World w = world("scenarios/01-same-scores-different-alumni.yaml");
        Applicant taken = w.applicant("amara");
        Applicant notYet = new Applicant(taken.id(), taken.name(), taken.school(), taken.graduationYear(), taken.gapYears(),
                new Applicant.Step2(230, 1, false), taken.visa(), taken.letters(), taken.usce(), taken.research(),
                taken.interview(), taken.transcript(), taken.contacts(), taken.lateAdvocacy(), taken.localTies(),
                taken.rankList(), taken.preferences());
        assertThat(ActionCatalogue.forApplicant(w, taken)).noneMatch(a -> a.group().equals("step2"));
        assertThat(ActionCatalogue.forApplicant(w, notYet)).filteredOn(a -> a.group().equals("step2"))
                .extracting(Action::id).containsExactly("step2+5", "step2+10", "step2+15", "step2+20");
    }

    @Test
    void combinationsTakeAtMostOneActionPerGroupAndRespectTheBound() {
        List<Action> catalogue = List.of(
                new Action("a1", "a", "", 1, null, null), new Action("a2", "a", "", 2, null, null),
                new Action("b", "b", "", 1, null, null), new Action("c", "c", "", 1, null, null));
        List<List<Action>> combos = Counterfactual.combinations(catalogue, 2);
        assertThat(combos).allSatisfy(c -> assertThat(c.stream().map(Action::group).distinct().count()).isEqualTo(c.size()));
        assertThat(combos).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(2));
        // singles: 4; pairs: a1b a1c a2b a2c bc = 5
        assertThat(combos).hasSize(9);
    }
}
