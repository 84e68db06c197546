package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.rankmeeting.bench.SyntheticScenario;
import org.rankmeeting.counterfactual.Action;
import org.rankmeeting.counterfactual.ActionCatalogue;
import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cache that shares alike cases ({@link PlacementCache#shareAlike}) gives every variant the stage, bucket, tier,
 * score, order key and the rules fired, in order, that a fresh evaluation gives it: over every applicant of every
 * bundled scenario, of the counterfactual tests' scenarios and of a synthetic market with many writers, each varied by
 * every action of its catalogue and by pairs of them. And it does share: far fewer evaluations than variants.
 */
class AlikeCasesTest {

    private static final Engine ENGINE = new Engine(RuleFixture.RULES);

    @Test
    void sharedPlacementsReadLikeFreshOnes() throws IOException {
        List<World> worlds = new ArrayList<>(BundledWorlds.withCounterfactualFixtures());
        worlds.add(new World(SyntheticScenario.generate(6, 6, 7)));
        int compared = 0;
        int shared = 0;
        int evaluated = 0;
        for (World w : worlds) {
            for (Applicant a : w.applicants()) {
                List<Applicant> variants = variants(w, a);
                List<Program> sent = w.programsAppliedTo(a);
                PlacementCache sharing = new PlacementCache().shareAlike();
                ENGINE.run(w, sharing);
                int before = sharing.evaluated();
                List<Map<String, Placement>> got = ENGINE.placeEach(w, sent, variants, sharing);
                List<Map<String, Placement>> fresh = ENGINE.placeEach(w, sent, variants, new PlacementCache());
                for (int i = 0; i < variants.size(); i++) {
                    for (Program p : sent) {
                        assertThat(reading(got.get(i).get(p.id()))).as("%s variant %d at %s", a.id(), i, p.id())
                                .isEqualTo(reading(fresh.get(i).get(p.id())));
                        compared++;
                    }
                }
                shared += sharing.shared();
                evaluated += sharing.evaluated() - before;
            }
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(shared).as("placements shared (%d evaluated)", evaluated).isGreaterThan(evaluated / 4);
    }

    /** Every action alone, and every pair of the first twelve (in catalogue order, those that do not clash). */
    private static List<Applicant> variants(World w, Applicant a) {
        List<Action> catalogue = ActionCatalogue.forApplicant(w, a);
        List<Applicant> out = new ArrayList<>();
        for (Action x : catalogue) {
            add(out, Counterfactual.apply(a, List.of(x)));
        }
        List<Action> first = catalogue.subList(0, Math.min(12, catalogue.size()));
        for (int i = 0; i < first.size(); i++) {
            for (int j = i + 1; j < first.size(); j++) {
                add(out, Counterfactual.apply(a, List.of(first.get(i), first.get(j))));
            }
        }
        return out;
    }

    private static void add(List<Applicant> out, Applicant file) {
        if (file != null) {
            out.add(file);
        }
    }

    /** What the search reads of a placement: everything but the wording of its evidence. */
    private static String reading(Placement p) {
        return p.applicantId() + " " + p.programId() + " " + p.stage() + " " + p.bucket() + " " + p.tier() + " "
                + p.score() + " " + p.orderKey() + " " + p.trail().stream()
                .map(e -> e.getRule() + "/" + e.getEffect() + "/" + e.getPoints()).toList();
    }
}
