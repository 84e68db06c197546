package org.rankmeeting.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.ExpectationCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every teaching scenario shipped in {@code scenarios/} runs through the rules in {@code rules/}
 * and meets every expectation it states.
 */
class BundledScenariosTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> ScenarioReader.Format.forFileName(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreAtLeastTenScenarios() throws IOException {
        assertThat(scenarioFiles()).as("scenario files in %s", SCENARIOS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioMeetsItsExpectations() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            Scenario scenario = ScenarioReader.read(file).scenario();
            assertThat(scenario.expectations()).as("%s states no expectations", file).isNotEmpty();

            Engine engine = new Engine(RULES);
            Meeting meeting = engine.run(new World(scenario));
            List<ExpectationCheck.Result> results = ExpectationCheck.check(meeting, engine);
            List<String> failed = results.stream().filter(r -> !r.met()).map(ExpectationCheck.Result::text).toList();
            assertThat(failed)
                    .as("%s: %d of %d expectations failed:%n  %s", file, failed.size(), results.size(),
                            failed.stream().collect(Collectors.joining(System.lineSeparator() + "  ")))
                    .isEmpty();
        }));
    }
}
