package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule sets that are broken in each way a rule author can break them: one clear message each. */
class RuleFailureTest {

    private static final String SCENARIO = """
            cycle: 2026
            schools: [{id: s, country: India, kind: international}]
            programs: [{id: p}]
            applicants: [{id: a, school: s, step2: {score: 240}}]
            """;

    private static World world() {
        return new World(ScenarioReader.parse("t.yaml", SCENARIO, ScenarioReader.Format.YAML).scenario());
    }

    private static Path rules(Path dir, String drl) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("family.drl"), drl);
        return folder;
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path folder = rules(dir, """
                package t;
                import org.rankmeeting.engine.Case;

                rule "half written"
                when
                    $c : Case( step2 > )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(folder))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(folder.resolve("family.drl") + ":6:")
                .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(1))
                .hasMessageNotContaining("null Package");
    }

    @Test
    void aRuleThatThrowsIsNamedWithTheApplicantAndProgram(@TempDir Path dir) throws IOException {
        Path folder = rules(dir, """
                package t;
                import org.rankmeeting.engine.Case;

                rule "Divide by the gap years"
                    @heuristic("T1")
                when
                    $c : Case()
                then
                    int x = 10 / ($c.getStep2() - 240);
                end
                """);
        Engine engine = new Engine(RuleBase.load(folder));
        assertThatThrownBy(() -> engine.run(world()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("rule 'Divide by the gap years' failed for applicant 'a' at program 'p'")
                .hasMessageContaining("ArithmeticException");
    }

    @Test
    void aRuleSetThatLoopsIsStoppedAndTheLoopingRuleNamed(@TempDir Path dir) throws IOException {
        Path folder = rules(dir, """
                package t;
                import org.rankmeeting.engine.Case;

                rule "Look at the file again"
                    @heuristic("T1")
                when
                    $c : Case()
                then
                    update($c);
                end
                """);
        Engine engine = new Engine(RuleBase.load(folder));
        assertThatThrownBy(() -> engine.run(world()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the rules did not settle")
                .hasMessageContaining("'Look at the file again' fired");
    }

    @Test
    void aWellBehavedRuleSetRunsWithoutComplaint(@TempDir Path dir) throws IOException {
        Path folder = rules(dir, """
                package t;
                import org.rankmeeting.engine.Case;
                import org.rankmeeting.engine.Evidence;

                rule "Everyone starts in the middle"
                    @heuristic("T1")
                when
                    $c : Case()
                then
                    insert(Evidence.points(drools, $c, 20, "middle", "base 20"));
                end
                """);
        Meeting m = new Engine(RuleBase.load(folder)).run(world());
        assertThat(m.placement("a", "p").score()).isEqualTo(20);
        assertThat(m.placement("a", "p").trail()).singleElement().extracting(Evidence::getHeuristic).isEqualTo("T1");
    }
}
