package org.rankmeeting.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** simulate end to end on a small synthetic national cohort (scale 0.002: 17 programs, 95 applicants). */
class SimulateCommandTest {

    private static final String SMALL = "0.002";

    private static JsonNode json(String... args) throws Exception {
        CommandHarness r = CommandHarness.run(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as("no progress bar when not a terminal").isEmpty();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void jsonGivesEachGroupsRateBesideTheNrmpsTheFillRateAndTheSeconds() throws Exception {
        JsonNode j = json("simulate", "--scale", SMALL, "--format", "json");
        List<String> keys = new ArrayList<>();
        for (JsonNode g : j.get("groups")) {
            keys.add(g.get("group").asText());
            assertThat(g.get("matchRate").isNumber()).isTrue();
            assertThat(g.get("matchRate").asDouble()).isBetween(0.0, 100.0);
        }
        assertThat(keys).containsExactly("us-md", "us-do", "us-img", "non-us-img");
        assertThat(j.get("groups").get(0).get("nrmp2025").asDouble()).isEqualTo(93.5);
        assertThat(j.get("groups").get(3).get("nrmp2025").asDouble()).isEqualTo(58.0);
        assertThat(j.get("fillRate").asDouble()).isBetween(0.0, 100.0);
        assertThat(j.get("seconds").isNumber()).isTrue();
        assertThat(j.get("placements").asLong()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameCycleAndAnotherSeedAnother() throws Exception {
        JsonNode a = json("simulate", "--scale", SMALL, "--seed", "7", "--format", "json");
        JsonNode b = json("simulate", "--scale", SMALL, "--seed", "7", "--format", "json");
        JsonNode c = json("simulate", "--scale", SMALL, "--seed", "8", "--format", "json");
        for (JsonNode n : List.of(a, b, c)) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("seconds");
        }
        assertThat(a).isEqualTo(b);
        assertThat(a.get("groups")).isNotEqualTo(c.get("groups"));
    }

    @Test
    void replicationsGiveAnIntervalAndCompareAChangePerGroup() throws Exception {
        JsonNode j = json("simulate", "--scale", SMALL, "--replications", "2", "--without", "A", "--compare", "--format", "json");
        assertThat(j.get("replications").asInt()).isEqualTo(2);
        assertThat(j.get("groups").get(0).get("interval")).hasSize(2);
        JsonNode variant = j.get("variant");
        assertThat(variant.get("without").get(0).asText()).isEqualTo("A");
        for (int i = 0; i < 4; i++) {
            double base = j.get("groups").get(i).get("matchRate").asDouble();
            double without = variant.get("groups").get(i).get("matchRate").asDouble();
            assertThat(variant.get("groups").get(i).get("change").asDouble()).isCloseTo(without - base,
                    org.assertj.core.api.Assertions.within(0.11));
        }
    }

    @Test
    void textShowsTheTableAndTheReportIsWrittenWithItsCharts(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("sim.html");
        CommandHarness r = CommandHarness.run("simulate", "--scale", SMALL, "--report", html.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("US MD seniors [us-md]").contains("NRMP 2025").contains("Fill: ")
                .contains("Match rate by Step 2 band");
        String page = Files.readString(html);
        assertThat(page).contains("<svg").contains("Match rate by group, against the NRMP 2025 Main Match")
                .contains("Match rate by Step 2 band").doesNotContain("<script").doesNotContain("http://127");
    }

    @Test
    void badOptionsAreToldPlainly() {
        CommandHarness compare = CommandHarness.run("simulate", "--scale", SMALL, "--compare");
        assertThat(compare.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(compare.err()).contains("--compare: compares with --without");
        CommandHarness scale = CommandHarness.run("simulate", "--scale", "0");
        assertThat(scale.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(scale.err()).contains("--scale: expected more than 0");
        CommandHarness unknown = CommandHarness.run("simulate", "--scale", SMALL, "--without", "Q9");
        assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).doesNotContain("Exception");
    }

    @Test
    void explainRecomputesOneFilesFullExplanationFromTheCohort() {
        CommandHarness r = CommandHarness.run("simulate", "--scale", SMALL, "--explain", "md-3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Group: ").contains("md-3 [md-3] at ").contains("Principal reasons:")
                .contains("Full trace, in the order the rules fired:");
    }
}
