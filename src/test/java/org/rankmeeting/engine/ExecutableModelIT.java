package org.rankmeeting.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.modelcompiler.consequence.LambdaConsequence;
import org.junit.jupiter.api.Test;
import org.rankmeeting.judge.Finding;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.judge.Judgement;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled rules as the package step compiles them, Drools' executable model (classes under target/classes, made
 * in the package phase, so this runs after it), decide and explain every file of every bundled scenario and of the
 * counterfactual tests' scenarios, and every such file varied by each action of its counterfactual catalogue, exactly
 * as the same rules compiled from DRL do: the same stage, bucket, tier, score,
 * order and trail, line for line with each line's heuristic, effect, points, words, values, near misses, signal,
 * subject and part; the same judging of every program; the same rule list.
 */
class ExecutableModelIT {

    @Test
    void theExecutableModelPlacesExplainsAndJudgesEveryBundledScenarioAsTheDrlDoes() throws IOException {
        List<RuleBase.RuleSource> sources = RuleBase.bundledSources();
        RuleBase model = RuleBase.build(sources, Figures::bundled, "bundled rules", true);
        RuleBase drl = RuleBase.build(sources, Figures::bundled, "bundled rules", false);
        assertThat(consequences(model)).as("the model's consequences").allMatch(c -> c instanceof LambdaConsequence);
        assertThat(consequences(drl)).as("the DRL's consequences").noneMatch(c -> c instanceof LambdaConsequence);
        assertThat(model.rules()).isEqualTo(drl.rules());

        Engine fromModel = new Engine(model);
        Engine fromDrl = new Engine(drl);
        Judge judgeModel = new Judge(model);
        Judge judgeDrl = new Judge(drl);
        int placements = 0;
        int lines = 0;
        int findings = 0;
        int variantPlacements = 0;
        for (World w : BundledWorlds.withCounterfactualFixtures()) {
            Meeting a = fromModel.run(w);
            Meeting b = fromDrl.run(w);
            assertThat(a.boards()).hasSameSizeAs(b.boards());
            for (int i = 0; i < a.boards().size(); i++) {
                List<Placement> pa = a.boards().get(i).placements();
                List<Placement> pb = b.boards().get(i).placements();
                assertThat(pa).hasSameSizeAs(pb);
                for (int j = 0; j < pa.size(); j++) {
                    assertThat(summary(pa.get(j))).as("%s at %s", pb.get(j).applicantId(), pb.get(j).programId())
                            .isEqualTo(summary(pb.get(j)));
                    placements++;
                    lines += pb.get(j).trail().size();
                }
            }
            // Each file varied by every action of its catalogue, as the counterfactual search places it.
            for (Applicant file : w.applicants()) {
                List<Applicant> variants = BundledWorlds.variants(w, file);
                List<Program> sent = w.programsAppliedTo(file);
                List<Map<String, Placement>> va = fromModel.placeEach(w, sent, variants, new PlacementCache());
                List<Map<String, Placement>> vb = fromDrl.placeEach(w, sent, variants, new PlacementCache());
                for (int i = 0; i < variants.size(); i++) {
                    for (Program p : sent) {
                        assertThat(summary(va.get(i).get(p.id()))).as("%s variant %d at %s", file.id(), i, p.id())
                                .isEqualTo(summary(vb.get(i).get(p.id())));
                        variantPlacements++;
                    }
                }
            }
            List<Judgement> ja = judgeModel.judgeAll(w);
            List<Judgement> jb = judgeDrl.judgeAll(w);
            assertThat(ja.stream().map(ExecutableModelIT::summary).toList())
                    .isEqualTo(jb.stream().map(ExecutableModelIT::summary).toList());
            findings += jb.stream().mapToInt(j -> j.lines().size()).sum();
        }
        assertThat(placements).as("placements compared").isGreaterThan(100);
        assertThat(lines).as("trail lines compared").isGreaterThan(placements);
        assertThat(variantPlacements).as("placements of varied files compared").isGreaterThan(500);
        assertThat(findings).as("judging findings compared").isPositive();
    }

    private static List<Object> consequences(RuleBase rules) {
        List<Object> out = new ArrayList<>();
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> out.add(((RuleImpl) r).getConsequence())));
        assertThat(out).isNotEmpty();
        return out;
    }

    /** Everything a placement says, its trail line by line. */
    private static String summary(Placement p) {
        return p.applicantId() + " " + p.programId() + " " + p.stage() + " " + p.bucket() + " " + p.tier() + " " + p.score()
                + " " + p.orderKey() + "\n" + p.trail().stream().map(ExecutableModelIT::line).collect(Collectors.joining("\n"));
    }

    private static String line(Evidence e) {
        return e.getCaseId() + " " + e + " | " + e.getSignal() + " " + e.getBucket() + " " + e.getTier() + " "
                + e.getSubject() + " " + e.getPart();
    }

    private static String summary(Judgement j) {
        return j + "\n" + j.lines().stream().map(ExecutableModelIT::line).collect(Collectors.joining("\n"));
    }

    private static String line(Finding f) {
        return f.getProgramId() + " " + f.getRule() + " " + f.getHeuristic() + " " + f.getComponent() + " " + f.getPoints()
                + " " + f.isNeutral() + " " + f.isRedFlag() + " " + f.getReading() + " " + f.getCategory() + " " + f.line();
    }
}
