package org.rankmeeting.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.catalogue.Catalogue;
import org.rankmeeting.engine.RuleBase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} writes one self-contained page; the catalogue in the repository covers every id the rules name. */
class ReportAndCatalogueTest {

    @Test
    void reportIsOneSelfContainedFileWithBoardExplanationsAndTheMatch(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rank-night.html");
        String said = StudioFixture.cli("report", "scenarios/14-rank-night-to-match-day.yaml", "--out", out.toString());
        assertThat(said).contains("wrote " + out);
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("col-rank-to-match")
                .contains("<article class=\"explanation\" id=\"x-northgate-im--olena\"")
                .contains("href=\"#x-northgate-im--olena\"").contains("<svg id=\"match-svg\"").contains("id=\"h-K7\"")
                .contains("href=\"#h-");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"").doesNotContain("href=\"/")
                .doesNotContain("href=\"http");
    }

    @Test
    void aReportToAMissingFolderIsBadInputAndWritesNothing(@TempDir Path dir) {
        String err = StudioFixture.cliError("report", "scenarios/01-same-scores-different-alumni.yaml", "--out",
                dir.resolve("no/such/folder/x.html").toString());
        assertThat(err).contains("--out: no folder");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void everyHeuristicTheRulesNameIsInTheCatalogueWithItsSourceArticle() {
        RuleBase rules = StudioFixture.engine().rules();
        rules.rules().forEach(r -> r.heuristics().forEach(id ->
                assertThat(Catalogue.get(id)).as("catalogue entry for %s (rule %s)", id, r.name()).isNotNull()));
        for (Catalogue.Heuristic h : Catalogue.all()) {
            assertThat(h.title()).as(h.id()).isNotBlank();
            assertThat(h.sources()).as(h.id()).isNotEmpty();
            assertThat(Catalogue.articles().keySet()).as(h.id()).containsAll(h.sources());
            assertThat(Catalogue.families()).containsKey(h.family());
        }
    }

    @Test
    void theCatalogueLivesInTheRepositoryNotInTheSharedFolder() throws IOException {
        assertThat(Path.of("rules/catalogue.yaml")).exists();
        assertThat(Files.readString(Path.of("README.md"))).doesNotContain("../shared").contains("rules/catalogue.yaml");
    }

    @Test
    void theCommittedSchemaIsTheOneGeneratedFromTheModel() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/schema/scenario.schema.json"))).isEqualTo(org.rankmeeting.schema.ScenarioSchema.generate());
        assertThat(StudioFixture.cli("schema")).isEqualTo(org.rankmeeting.schema.ScenarioSchema.generate());
        String schema = org.rankmeeting.schema.ScenarioSchema.generate();
        assertThat(schema).contains("\"applicants\"").contains("\"#/$defs/Applicant\"").contains("\"sub-i\"")
                .contains("\"additionalProperties\" : false");
    }
}
