package org.rankmeeting.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.matchday.PlainMatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The bundled scenarios that run a meeting (match files, which only hold rank lists, are left out). */
    static List<Path> scenarioFiles() throws IOException {
        return bundledFiles().stream().filter(p -> !MatchFileReader.isMatchFile(p)).toList();
    }

    /** Every bundled scenario and match file. */
    static List<Path> bundledFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> ScenarioReader.Format.forFileName(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBundledMatchFileGivesTheOutcomeItExpects() throws IOException {
        List<Path> matchFiles = bundledFiles().stream().filter(MatchFileReader::isMatchFile).toList();
        assertThat(matchFiles).as("bundled match files").isNotEmpty();
        return matchFiles.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            MatchFile m = MatchFileReader.read(file).file();
            assertThat(m.expectations()).as("%s states no expectations", file).isNotEmpty();
            PlainMatch.Outcome o = PlainMatch.run(m, false);
            assertThat(o.checks()).as("%s", file).allSatisfy(c -> assertThat(c.met()).as("%s; got %s", c.text(), c.got()).isTrue());
        }));
    }

    @Test
    void thereAreAtLeastTenScenarios() throws IOException {
        assertThat(scenarioFiles()).as("scenario files in %s", SCENARIOS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Every placement of every bundled scenario. */
    private static List<Placement> allPlacements() throws IOException {
        List<Placement> out = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            Meeting meeting = new Engine(RULES).run(new World(ScenarioReader.read(file).scenario()));
            meeting.boards().forEach(b -> out.addAll(b.placements()));
        }
        return out;
    }

    @Test
    void theInvitationBucketNeverContradictsTheStage() throws IOException {
        List<Placement> all = allPlacements();
        assertThat(all).filteredOn(p -> p.bucket() == Bucket.KNOWN_QUANTITY).isNotEmpty()
                .allSatisfy(p -> assertThat(p.stage()).as("%s: a known quantity is invited", p.applicantId() + "@" + p.programId())
                        .isEqualTo(Stage.INTERVIEWED));
        assertThat(all).filteredOn(p -> p.bucket() == Bucket.HIGH_RISK).isNotEmpty()
                .allSatisfy(p -> assertThat(p.stage()).as("%s: a high-risk file is not invited", p.applicantId() + "@" + p.programId())
                        .isEqualTo(Stage.NOT_INVITED));
    }

    @Test
    void everyFileThatWasStoppedCanSayWhatHeldItBack() throws IOException {
        assertThat(allPlacements()).filteredOn(p -> p.stage() != Stage.INTERVIEWED).isNotEmpty()
                .allSatisfy(p -> assertThat(p.nearMisses()).as("%s near misses", p.applicantId() + "@" + p.programId()).isNotEmpty());
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
