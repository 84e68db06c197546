package org.rankmeeting.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.ScenarioReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's scenario is a scenario file like any other: written as JSON, it is read back with every check a
 * scenario file gets (what {@code validate} and {@code run} do) and is the same scenario, whatever the size and seed.
 */
class SyntheticScenarioTest {

    @ParameterizedTest(name = "{0} programs x {1} applicants, seed {2}")
    @CsvSource({"10, 500, 42", "3, 420, 11", "6, 6, 7", "20, 200, 1", "1, 300, 99"})
    void aGeneratedScenarioWrittenAsJsonPassesEveryCheckOfAScenarioFile(int programs, int applicants, long seed) {
        Scenario generated = SyntheticScenario.generate(programs, applicants, seed);
        String json = SyntheticScenario.json(generated);

        // throws BadInputException, naming every problem with its line and column, when a check fails
        LoadedScenario read = ScenarioReader.parse("synthetic.json", json, ScenarioReader.Format.JSON);
        assertThat(read.scenario().programs()).hasSize(programs);
        assertThat(read.scenario().applicants()).hasSize(applicants);
        assertThat(read.scenario().applicants()).extracting(Applicant::id)
                .containsExactlyElementsOf(generated.applicants().stream().map(Applicant::id).toList());
        assertThat(read.scenario().applicants()).extracting(a -> a.letters().size())
                .containsExactlyElementsOf(generated.applicants().stream().map(a -> a.letters().size()).toList());
    }
}
