package org.rankmeeting.counterfactual;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.BundledWorlds;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.whatif.WhatIf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the search over every applicant of every bundled scenario (and this package's own scenarios), checked
 * against the rules as they are: no answer without a lift, the one-program answers never cheaper than the
 * all-program search allows (nor dearer), and every answer replayed through {@code whatif} lands exactly where it was
 * printed.
 */
class CounterfactualPropertiesTest {

    private static final Engine ENGINE = new Engine(RuleBase.load(Path.of("rules")));

    @Test
    void noAnswerHasZeroLiftAndOneProgramAnswersAgreeWithTheAllProgramSearchAndEveryAnswerReplays() throws IOException {
        Counterfactual search = new Counterfactual(ENGINE);
        int answersChecked = 0;
        for (World w : BundledWorlds.withCounterfactualFixtures()) {
            Meeting baseline = ENGINE.run(w);
            for (Applicant a : w.applicants()) {
                Counterfactual.Outcome all = search.search(w, a.id(), null, null, 3);
                answersChecked += check(w, baseline, all);
                for (Program p : w.programs()) {
                    Counterfactual.Outcome one = search.search(w, a.id(), p.id(), null, 3);
                    answersChecked += check(w, baseline, one);
                    assertThat(one.catalogue()).as("one catalogue for %s", a.id()).isEqualTo(all.catalogue());
                    assertAgrees(one, all, p);
                }
            }
        }
        assertThat(answersChecked).isGreaterThan(50);
    }

    /**
     * The cheapest one-program answer costs exactly what the cheapest all-program answer (or the best next step) that
     * reaches the program's goal costs, when there is one; and no one-program answer is cheaper than the cheapest of
     * all combinations the all-program search would have reached the goal with.
     */
    private static void assertAgrees(Counterfactual.Outcome one, Counterfactual.Outcome all, Program p) {
        if (one.target() == null || one.status() != Counterfactual.Status.ANSWERS && one.status() != Counterfactual.Status.NOTHING_HELPS) {
            return;
        }
        int levelWanted = 2 + one.target().ordinal();
        List<Counterfactual.Answer> overall = new ArrayList<>(all.answers());
        if (all.bestNextStep() != null) {
            overall.add(all.bestNextStep());
        }
        for (Counterfactual.Answer a : overall) {
            Placement at = a.effects().stream().filter(e -> e.program().id().equals(p.id())).findFirst().orElseThrow().after();
            if (at.stage() == Stage.INTERVIEWED && at.level() >= levelWanted && a.netLevels() > 0) {
                assertThat(one.status()).as("%s reaches %s at %s, but the one-program search found nothing",
                        a.candidate().ids(), one.target(), p.id()).isEqualTo(Counterfactual.Status.ANSWERS);
                assertThat(one.answers().get(0).candidate().cost()).as("cheapest at %s vs %s", p.id(), a.candidate().ids())
                        .isLessThanOrEqualTo(a.candidate().cost());
            }
        }
    }

    /** Every answer has a net lift, and replaying its actions through whatif gives exactly the printed placements. */
    private static int check(World w, Meeting baseline, Counterfactual.Outcome o) {
        List<Counterfactual.Answer> answers = new ArrayList<>(o.answers());
        if (o.bestNextStep() != null) {
            answers.add(o.bestNextStep());
        }
        for (Counterfactual.Answer a : answers) {
            assertThat(a.netLevels()).as("%s for %s", a.candidate().ids(), o.applicant().id()).isPositive();
            assertThat(a.lift()).isPositive();
            assertThat(a.effects()).hasSameSizeAs(w.programs());
            Applicant file = o.applicant();
            for (Action action : a.candidate().actions()) {
                file = action.editsFor(file).applyTo(file);
            }
            WhatIf.Result replay = new WhatIf(ENGINE).compare(w, baseline, a.verified().variant(), file);
            for (Counterfactual.ProgramEffect e : a.effects()) {
                Placement after = replay.programs().stream().filter(d -> d.program().id().equals(e.program().id()))
                        .findFirst().orElseThrow().after();
                assertThat(after.stage()).as("%s at %s", a.candidate().ids(), e.program().id()).isEqualTo(e.after().stage());
                assertThat(after.tier()).isEqualTo(e.after().tier());
                assertThat(after.bucket()).isEqualTo(e.after().bucket());
                assertThat(after.score()).isEqualTo(e.after().score());
            }
        }
        return answers.size();
    }
}
