package org.rankmeeting.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void benchAsJsonPrintsOnlyThroughputAndPeakHeap() throws Exception {
        CommandHarness r = CommandHarness.run("bench", "--programs", "2", "--applicants", "30", "--rounds", "1", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode figures = new ObjectMapper().readTree(r.out());
        assertThat(figures.fieldNames()).toIterable().containsExactly("placementsPerSecond", "peakHeapMiB");
        assertThat(figures.get("placementsPerSecond").asLong()).isPositive();
        assertThat(figures.get("peakHeapMiB").asLong()).isPositive();
    }
}
