package org.rankmeeting.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.catalogue.Catalogue;
import org.rankmeeting.engine.RuleBase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.studio.StudioFixture.cli;
import static org.rankmeeting.studio.StudioFixture.get;
import static org.rankmeeting.studio.StudioFixture.post;

/** Every page and API route of the studio on a random port, with the bad-input and traversal cases. */
class StudioRoutesTest {

    private static final String S01 = "01-same-scores-different-alumni";
    private static final String F01 = "scenarios/" + S01 + ".yaml";
    private static final String FORM = "application/x-www-form-urlencoded";

    // --- the JSON API answers exactly what the CLI's --format json prints

    @Test
    void apiRunIsTheCliRunJson() {
        var r = get("/api/scenarios/" + S01);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).isEqualTo(cli("run", F01, "--format", "json"));
    }

    @Test
    void apiExplainIsTheCliExplainJson() {
        assertThat(get("/api/scenarios/" + S01 + "/explain?applicant=amara").body())
                .isEqualTo(cli("explain", F01, "--applicant", "amara", "--format", "json"));
        assertThat(get("/api/scenarios/" + S01 + "/explain?applicant=amara&program=riverside-im").body())
                .isEqualTo(cli("explain", F01, "--applicant", "amara", "--program", "riverside-im", "--format", "json"));
    }

    @Test
    void apiWhatIfIsTheCliWhatIfJson() {
        var r = get("/api/scenarios/" + S01 + "/whatif?applicant=amara&set=step2%3D250&add=usce%3Dsub-i%40riverside-im%3A4w%3Astrong");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("whatif", F01, "--applicant", "amara", "--set", "step2=250",
                "--add", "usce=sub-i@riverside-im:4w:strong", "--format", "json"));
    }

    @Test
    void apiCounterfactualIsTheCliCounterfactualJson() {
        String s12 = "12-unknown-school-best-next-step";
        var r = get("/api/scenarios/" + s12 + "/counterfactual?applicant=yusuf&top=2");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String cli = cli("counterfactual", "scenarios/" + s12 + ".yaml", "--applicant", "yusuf", "--top", "2", "--format", "json");
        // whyNot lists come out in a different order from run to run of the CLI itself: compare them as sets
        assertThat(withSortedWhyNot(r.body())).isEqualTo(withSortedWhyNot(cli));
        assertThat(r.body()).contains("\"answers\"").contains("\"whyNot\"");
    }

    private static com.fasterxml.jackson.databind.JsonNode withSortedWhyNot(String json) {
        try {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            var whyNot = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("whyNot");
            java.util.List<String> keys = new java.util.ArrayList<>();
            whyNot.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                java.util.List<String> lines = new java.util.ArrayList<>();
                whyNot.get(k).forEach(n -> lines.add(n.toString()));
                java.util.Collections.sort(lines);
                var sorted = whyNot.putArray(k);
                lines.forEach(sorted::add);
            }
            return tree;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void apiMatchAndJudgeAreTheCliJson() {
        String s14 = "14-rank-night-to-match-day";
        assertThat(get("/api/scenarios/" + s14 + "/match").body())
                .isEqualTo(cli("match", "scenarios/" + s14 + ".yaml", "--format", "json"));
        String s08 = "08-desperate-vs-strategic";
        assertThat(get("/api/scenarios/" + s08 + "/judge").body())
                .isEqualTo(cli("judge", "scenarios/" + s08 + ".yaml", "--format", "json"));
        assertThat(get("/api/scenarios/" + s08 + "/judge?program=crestview-im").body())
                .isEqualTo(cli("judge", "scenarios/" + s08 + ".yaml", "--program", "crestview-im", "--format", "json"));
    }

    @Test
    void apiRunWithoutIsTheCliRunWithoutJson() {
        var r = get("/api/scenarios/" + S01 + "?without=A&without=riverside-im:K7");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("run", F01, "--without", "A", "--without", "riverside-im:K7", "--format", "json"));
        var bad = get("/api/scenarios/" + S01 + "?without=Q9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("'Q9' is neither a heuristic id nor a family letter");
    }

    @Test
    void policyPageShowsTheBoardBesideTheBaselineWhoMovedAndTheGroups() {
        String p = text(get("/s/" + S01 + "/policy?off=A").body());
        assertThat(p).contains("Switched off: <b>A at every program").contains("Who moved")
                .contains("Bola (school we know)</b> at Riverside Internal Medicine: upper-mid → mid".replace("→", "&rarr;"))
                .contains("Baseline").contains("school known here").contains("IMG").contains("needs a visa (J-1)");
        assertThat(p).contains("down from upper-mid");
        String one = text(get("/s/04-once-burned-region/policy?off=K7&program=northgate-im").body());
        assertThat(one).contains("K7 at northgate-im");
        assertThat(get("/s/" + S01 + "/policy?ids=ZZ").status()).isEqualTo(400);
        assertThat(get("/s/" + S01 + "/policy").body()).contains("Nothing switched off");
    }

    @Test
    void apiListsTheBundledScenariosAndTheCatalogue() {
        assertThat(get("/api/scenarios").body()).contains("\"name\" : \"" + S01 + "\"")
                .contains("\"title\" : \"Same scores, different alumni context\"").contains("15-couple-in-the-match");
        String cat = get("/api/catalogue").body();
        Catalogue.all().forEach(h -> assertThat(cat).contains("\"id\" : \"" + h.id() + "\""));
    }

    @Test
    void postedScenarioRunsLikeTheCli() throws IOException {
        String text = Files.readString(Path.of(F01));
        var r = post("/api/run", text, "application/yaml");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("run", F01, "--format", "json").replace("\"scenario\" : \"" + F01 + "\"",
                "\"scenario\" : \"posted.yaml\""));
    }

    @Test
    void postedScenarioWithErrorsGets400WithTheCliLocatedMessages(@TempDir Path dir) throws IOException {
        String bad = Files.readString(Path.of(F01)).replace("step2: { score: 244, attempts: 1 }\n    visa: j1\n    letters:\n      - { writer: dr-hale",
                "step2: { scor: 244, attempts: 1 }\n    visa: j1\n    letters:\n      - { writer: dr-hail");
        assertThat(bad).isNotEqualTo(Files.readString(Path.of(F01)));
        Path file = dir.resolve("posted.yaml");
        Files.writeString(file, bad);
        String cliMessage = StudioFixture.cliError("validate", file.toString()).replace(file.toString(), "posted.yaml");
        var r = post("/api/run", bad, "application/yaml");
        assertThat(r.status()).isEqualTo(400);
        assertThat(cliMessage).contains("did you mean");
        for (String line : cliMessage.strip().split("\n")) {
            assertThat(r.body()).contains(line.strip().replace("\"", "\\\""));
        }
        assertThat(r.body()).contains("posted.yaml:").doesNotContain("Exception");
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() {
        var r = post("/api/run", "#".repeat((int) StudioServer.MAX_BODY + 10), "application/yaml");
        assertThat(r.status()).isEqualTo(413);
    }

    // --- bad input: clear messages, no stack traces

    @Test
    void unknownScenarioApplicantOrProgramIs404WithADidYouMean() {
        var s = get("/api/scenarios/01-same-scores-different-alumnii");
        assertThat(s.status()).isEqualTo(404);
        assertThat(s.body()).contains("did you mean '" + S01 + "'");
        var a = get("/api/scenarios/" + S01 + "/explain?applicant=amra");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).contains("no applicant 'amra'; did you mean 'amara'?");
        var p = get("/s/" + S01 + "/explain?applicant=amara&program=riverside");
        assertThat(p.status()).isEqualTo(404);
        assertThat(text(p.body())).contains("no program 'riverside'; did you mean 'riverside-im'?").contains("<html");
    }

    @Test
    void badWhatIfEditsGet400WithTheCliMessage() {
        var r = get("/api/scenarios/" + S01 + "/whatif?applicant=amara&set=step2.scor%3D250");
        assertThat(r.status()).isEqualTo(400);
        String cliMessage = StudioFixture.cliError("whatif", F01, "--applicant", "amara", "--set", "step2.scor=250");
        assertThat(r.body()).contains(cliMessage.strip().replace("command line", "request").replace("\"", "\\\""));
        assertThat(get("/api/scenarios/" + S01 + "/whatif?applicant=amara").status()).isEqualTo(400);
        assertThat(get("/api/scenarios/12-unknown-school-best-next-step/counterfactual?applicant=yusuf&top=0").status()).isEqualTo(400);
        assertThat(get("/api/scenarios/12-unknown-school-best-next-step/counterfactual?applicant=yusuf&target=top").body())
                .contains("target: expected one of mid-low");
    }

    @Test
    void namesThatLookLikePathsNeverReachAFile() {
        for (String path : new String[] {"/api/scenarios/..%2F..%2Fpom", "/api/scenarios/..%2Frules%2Falumni", "/s/..%2F..%2Fetc%2Fpasswd",
                "/s/%2e%2e/match", "/api/scenarios/.hidden", "/static/..%2F..%2Fpom.xml", "/static/../pom.xml",
                "/myfile?scenario=..%2Fpom"}) {
            var r = get(path);
            assertThat(r.status()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("<modelVersion>").doesNotContain("root:x:0").doesNotContain("rule \"");
        }
        var raw = StudioFixture.send(HttpRequest.newBuilder(URI.create(StudioFixture.base() + "/s/..%2F..%2Fpom.xml/judge")).GET());
        assertThat(raw.status()).isIn(400, 404);
    }

    @Test
    void aSearchOverItsTimeBoundAnswers503AndTheServerKeepsServing() {
        try (StudioServer slow = new StudioServer(new Studio(StudioFixture.engine(), ScenarioLibrary.open(null), 1,
                Duration.ofMillis(1))).start("127.0.0.1", 0)) {
            var r = StudioFixture.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + slow.port()
                    + "/api/scenarios/12-unknown-school-best-next-step/counterfactual?applicant=yusuf")).GET());
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.body()).contains("the search took longer than");
            var page = StudioFixture.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + slow.port() + "/")).GET());
            assertThat(page.status()).isEqualTo(200);
        }
    }

    @Test
    void aFullWorkerPoolRefusesWithBusyInsteadOfQueueingForever() throws Exception {
        Studio studio = new Studio(StudioFixture.engine(), ScenarioLibrary.open(null), 1, Duration.ofSeconds(5));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Thread> waiting = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 17; i++) {   // one running, sixteen queued: the pool's bound
                Thread t = new Thread(() -> {
                    try {
                        studio.bounded(() -> release.await(10, java.util.concurrent.TimeUnit.SECONDS));
                    } catch (Studio.Busy ignored) {
                        // the time bound may answer first; only the refusal below matters
                    }
                });
                t.start();
                waiting.add(t);
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (studio.pending() < 17 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(studio.pending()).isEqualTo(17);
            Studio.Busy refused = null;
            try {
                studio.bounded(() -> 0);
            } catch (Studio.Busy b) {
                refused = b;
            }
            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).contains("busy");
        } finally {
            release.countDown();
            for (Thread t : waiting) {
                t.join(10_000);
            }
            studio.close();
        }
    }

    /** Page text with the escapes of quotes undone, to compare with messages. */
    static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    // --- the pages

    @Test
    void galleryShowsEveryBundledScenarioWithItsTitle() {
        var r = get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Same scores, different alumni context").contains("href=\"/s/" + S01 + "\"")
                .contains("A couple in the Match");
    }

    @Test
    void boardHasTierColumnsAndCardsLinkingToExplanations() {
        String b = get("/s/02-a-block-of-img-files").body();
        assertThat(b).contains("col-rank-to-match").contains("col-not-invited").contains("col-screened-out")
                .contains("Sana (a school we know)").contains("/s/02-a-block-of-img-files/explain?applicant=")
                .contains("Expectations: 9 met, 0 failed");
    }

    @Test
    void explanationLinksEveryHeuristicIdToTheCatalogue() {
        String x = get("/s/" + S01 + "/explain?applicant=amara&program=riverside-im&fragment=1").body();
        assertThat(x).startsWith("<article").contains("Principal reasons").contains("What held this file back")
                .contains("score 17 is 3 short of mid (20)").contains("href=\"/catalogue#K5\"").contains("Full trace");
        String cat = get("/catalogue").body();
        assertThat(cat).contains("id=\"K5\"").contains("an unknown school makes everything else weigh more");
    }

    @Test
    void replayHasAStepPerPhaseAndPerFileRead() {
        String r = get("/s/09-late-save/replay").body();
        assertThat(r).contains("The coordinator's filters").contains("The first minutes with each file")
                .contains("The committee reads").contains("Late saves").contains("The final list").contains("data-step=\"2\"");
        assertThat(get("/s/03-visa-budget-runs-out/replay").body()).contains("Walking down the visa budget");
    }

    @Test
    void matchDayShowsListsResultSoapAndAPicture() {
        String m = get("/s/14-rank-night-to-match-day/match").body();
        assertThat(m).contains("Programs' rank lists").contains("Applicants' rank lists").contains("The Match")
                .contains("<svg id=\"match-svg\"").contains("class=\"soap\"").contains("Round 1");
    }

    @Test
    void judgeShowsTheFiveComponentsAndTheRedFlags() {
        String j = get("/s/08-desperate-vs-strategic/judge").body();
        assertThat(j).contains("graduate outcomes").contains("board pass rates").contains("visa handling")
                .contains("data-component=").contains("Red flags").contains("desperate for bodies");
    }

    // --- My file

    private static String form(String step2, String base) {
        return "base=" + base + "&name=Ada&school=unknown&region=south-asia&graduationYear=2024&step2=" + step2
                + "&step2Taken=yes&attempts=1&visa=j1&letter1Strength=strong&letter1Style=detailed&letter1From=us"
                + "&usceKind=observership&usceWeeks=4&usceLetter=none&usceSite=elsewhere&communication=adequate";
    }

    @Test
    void myFilePlacesTheFileAtEveryArchetypeAndFollowsTheForm() {
        var good = post("/myfile/place", form("245", "panel"), FORM);
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("data-program=\"strategic-strong-community\"").contains("once-burned IMG history");
        var low = post("/myfile/place", form("205", "panel"), FORM);
        assertThat(low.body()).contains("screened out");
        assertThat(low.body()).isNotEqualTo(good.body());
    }

    @Test
    void myFilePlacesTheFileAmongAScenariosApplicants() {
        var r = post("/myfile/place", form("245", S01).replace("region=south-asia", "region=west-africa"), FORM);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Riverside Internal Medicine").contains("Ada at Riverside Internal Medicine");
    }

    @Test
    void myFileBadValuesAre400WithTheField() {
        var r = post("/myfile/place", form("abc", "panel"), FORM);
        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r.body())).contains("step2: expected a whole number, got 'abc'");
        var v = post("/myfile/place", form("240", "panel").replace("visa=j1", "visa=j2"), FORM);
        assertThat(v.status()).isEqualTo(400);
        assertThat(text(v.body())).contains("visa: expected one of").contains("did you mean 'j1'?");
    }

    @Test
    void whatWouldHelpShowsEachAnswersEffectAtEveryProgram() {
        var r = post("/myfile/help", form("232", S01).replace("region=south-asia", "region=west-africa"), FORM);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("What would help").contains("Riverside Internal Medicine").contains("with it");
    }

    @Test
    void myFileDownloadsAsYamlAndLoadsBack() {
        var d = post("/myfile/download", form("241", "panel"), FORM);
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.body()).contains("step2: 241").contains("school: unknown").contains("region: south-asia");
        var back = post("/api/myfile/load", d.body(), "application/yaml");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"step2\" : \"241\"").contains("\"letter1Strength\" : \"strong\"");
        var placed = post("/api/myfile/place?base=panel", d.body(), "application/yaml");
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.body()).contains("\"applicant\" : \"you\"").contains("\"program\" : \"desperate-rare-academic\"");
    }

    @Test
    void aBadYamlFileIsRefusedWithLineAndDidYouMean() {
        var r = post("/api/myfile/load", "name: Ada\nschol: unknown\n", "application/yaml");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("my-file.yaml:2:").contains("schol: unknown field; did you mean 'school'?");
        var v = post("/api/myfile/load", "name: Ada\nvisa: j-1\nstep2: 240\n", "application/yaml");
        assertThat(v.status()).isEqualTo(400);
        assertThat(v.body()).contains("my-file.yaml:2:1: visa: expected one of");
    }

    @Test
    void theSchemaIsServedAndEqualsTheGeneratedOne() throws IOException {
        var r = get("/schema/scenario.schema.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(org.rankmeeting.schema.ScenarioSchema.generate());
        assertThat(r.body()).isEqualTo(Files.readString(Path.of("src/main/resources/schema/scenario.schema.json")));
    }

    @Test
    void theRuleBaseIsSharedNotRebuiltPerRequest() {
        RuleBase before = StudioFixture.engine().rules();
        get("/api/scenarios/" + S01);
        get("/s/" + S01);
        assertThat(StudioFixture.engine().rules()).isSameAs(before);
    }
}
