package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules run in declared stages, and no outcome depends on a rule's name or the letters of its heuristic ids. */
class StagesTest {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");
    private static final Pattern HEURISTIC = Pattern.compile("@heuristic\\(\"([^\"]+)\"\\)");

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Every placement of every bundled scenario in one comparable line: stage, bucket, tier, score, order key. */
    private static List<String> outcomes(RuleBase rules) throws IOException {
        Engine engine = new Engine(rules);
        List<String> out = new ArrayList<>();
        for (Path file : scenarios()) {
            Meeting m = engine.run(new World(ScenarioReader.read(file).scenario()));
            m.boards().forEach(b -> b.placements().forEach(p -> out.add(file.getFileName() + " " + p.applicantId() + "@"
                    + p.programId() + " " + p.stage() + " " + p.bucket() + " " + p.tier() + " " + p.score() + " "
                    + p.orderKey() + " " + p.trail().size())));
        }
        return out;
    }

    /** The bundled rules with every rule renamed and every heuristic id moved to another family letter. */
    private static List<RuleBase.RuleSource> renamed() {
        List<RuleBase.RuleSource> out = new ArrayList<>();
        for (RuleBase.RuleSource s : RuleBase.folderSources(Path.of("rules"))) {
            String text = RULE_NAME.matcher(s.text()).replaceAll(m -> Matcher.quoteReplacement("rule \"Renamed: " + m.group(1) + "\""));
            text = HEURISTIC.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                    "@heuristic(\"" + m.group(1).replaceAll("\\b([A-Z])(\\d+)", "Z$1$2") + "\")"));
            out.add(new RuleBase.RuleSource(s.displayName(), text));
        }
        return out;
    }

    @Test
    void renamingEveryRuleAndEveryHeuristicIdChangesNoOutcome() throws IOException {
        RuleBase renamed = RuleBase.build(renamed(), "renamed rules");
        assertThat(renamed.rules()).allSatisfy(r -> assertThat(r.name()).startsWith("Renamed: "));
        assertThat(renamed.rules()).allSatisfy(r -> assertThat(r.heuristics()).allMatch(h -> h.startsWith("Z")));

        assertThat(outcomes(renamed)).isEqualTo(outcomes(RuleFixture.RULES));
    }

    @Test
    void everyBundledRuleIsInAStageOfItsRuleSet() {
        assertThat(RuleFixture.RULES.rules()).allSatisfy(r -> assertThat(RuleSet.ofStage(r.stage()))
                .as("stage of '%s'", r.name()).isNotNull());
        assertThat(RuleFixture.RULES.rules()).filteredOn(r -> r.file().endsWith("judging.drl"))
                .allSatisfy(r -> assertThat(RuleSet.ofStage(r.stage())).isEqualTo(RuleSet.JUDGING));
    }

    @Test
    void aRuleInAStageNoRuleSetDeclaresIsARuleFileError() {
        String drl = """
                package t;
                import org.rankmeeting.engine.Case;
                rule "Typo in the stage"
                    @heuristic("T1")
                    ruleflow-group "comittee"
                when
                    Case()
                then
                end
                """;
        assertThatThrownBy(() -> RuleBase.build(List.of(new RuleBase.RuleSource("typo.drl", drl)), "test rules"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("typo.drl: rule 'Typo in the stage': ruleflow-group \"comittee\" is not a stage of any rule set")
                .hasMessageContaining("committee");
    }

    @Test
    void aPartThatIsNotAPartOfTheFileIsARuleFileError() {
        String drl = """
                package t;
                import org.rankmeeting.engine.Case;
                rule "Wrong part"
                    @heuristic("L4") @part("leters")
                    ruleflow-group "file"
                when
                    Case()
                then
                end
                """;
        assertThatThrownBy(() -> RuleBase.build(List.of(new RuleBase.RuleSource("part.drl", drl)), "test rules"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("part.drl: rule 'Wrong part': @part(\"leters\") is not one of scores, letters, usce, visa, alumni");
    }

    @Test
    void aLaterStageSeesWhatAnEarlierStageDecidedForEveryFileOfTheBatch() {
        // Committee rules are activated when the files are inserted; the gates of the screen stage must cancel them.
        String drl = """
                package t;
                import org.rankmeeting.engine.Case;
                import org.rankmeeting.engine.Effect;
                import org.rankmeeting.engine.Evidence;
                rule "Start in the middle"
                    @heuristic("T1")
                    ruleflow-group "committee"
                when
                    $c : Case()
                    not Evidence( caseId == $c.id, effect == Effect.GATE )
                then
                    insert(Evidence.points(drools, $c, 20, "middle", ""));
                end
                rule "Everyone is screened out"
                    @heuristic("S1")
                    ruleflow-group "screen"
                when
                    $c : Case()
                then
                    insert(Evidence.gate(drools, $c, "no", ""));
                end
                """;
        RuleBase rules = RuleBase.build(List.of(new RuleBase.RuleSource("order.drl", drl)), "test rules");
        World world = new World(ScenarioReader.parse("t.yaml", """
                schools: [{id: s}]
                programs: [{id: p}]
                applicants: [{id: a, school: s, step2: {score: 240}}, {id: b, school: s, step2: {score: 250}}]
                """, ScenarioReader.Format.YAML).scenario());
        Meeting m = new Engine(rules).run(world);
        assertThat(m.boards().get(0).placements()).allSatisfy(p -> assertThat(p.trail())
                .extracting(Evidence::getHeuristic).containsExactly("S1"));
    }
}
