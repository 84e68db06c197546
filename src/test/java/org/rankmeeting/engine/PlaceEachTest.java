package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Engine#placeEach} places each variant exactly where a whole fresh meeting with that variant places it, over
 * every applicant of every bundled scenario and of the counterfactual tests' scenarios, each varied by every action
 * of its catalogue: visa seats that run out (V1), thin lists and late words (T3) included. The shortcuts it takes
 * (a file with no visa seat or late word at a program is placed as the meeting opens; other files' later passes are
 * re-evaluated only when the varied file has a late word there; a dry run that needed nothing new is the real run)
 * must never change a placement.
 */
class PlaceEachTest {

    private static final Engine ENGINE = new Engine(RuleFixture.RULES);

    @Test
    void everyVariantIsPlacedWhereAFreshMeetingWithItPlacesIt() throws IOException {
        int compared = 0;
        int laterPasses = 0;
        for (World w : BundledWorlds.withCounterfactualFixtures()) {
            for (Applicant a : w.applicants()) {
                List<Applicant> variants = new ArrayList<>();
                variants.add(a);
                variants.addAll(BundledWorlds.variants(w, a));
                List<Program> sent = w.programsAppliedTo(a);
                List<Map<String, Placement>> placed = ENGINE.placeEach(w, sent, variants, new PlacementCache());
                for (int i = 0; i < variants.size(); i++) {
                    Meeting fresh = ENGINE.run(w.with(variants.get(i)));
                    for (Program p : sent) {
                        Placement expected = fresh.placement(a.id(), p.id());
                        Placement got = placed.get(i).get(p.id());
                        assertThat(summary(got)).as("%s variant %d at %s", a.id(), i, p.id()).isEqualTo(summary(expected));
                        compared++;
                        if (expected.trail().stream().anyMatch(e -> e.getHeuristic().contains("V1") || e.getHeuristic().contains("T3"))) {
                            laterPasses++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(laterPasses).as("variants placed by the visa or late-word passes").isPositive();
    }

    /** Everything a placement says except the case ids its evidence carries. */
    private static String summary(Placement p) {
        return p.applicantId() + " " + p.programId() + " " + p.stage() + " " + p.bucket() + " " + p.tier() + " " + p.score()
                + " " + p.orderKey() + " " + p.trail().stream().map(Evidence::toString).toList();
    }
}
