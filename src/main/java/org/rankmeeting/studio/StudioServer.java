package org.rankmeeting.studio;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rankmeeting.BadInputException;
import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.counterfactual.CounterfactualReport;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.BoardReport;
import org.rankmeeting.explain.Explanation;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.judge.JudgeReport;
import org.rankmeeting.matchday.MatchDayReport;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Tier;
import org.rankmeeting.whatif.WhatIfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.rankmeeting.studio.Html.esc;

/**
 * The studio's web server: server-rendered pages and a JSON API under {@code /api} that returns what the CLI's
 * {@code --format json} prints (the same report classes write it). Request bodies are limited to {@link #MAX_BODY}
 * bytes, requests are served by a bounded Jetty pool and the searches by the studio's own bounded pool.
 */
public final class StudioServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioServer.class);

    /** The largest request body accepted (a scenario file or a form): 1 MiB. */
    public static final long MAX_BODY = 1024 * 1024;
    /** Jetty's request threads: enough for a room of browsers, bounded so a flood queues instead of piling up. */
    public static final int REQUEST_THREADS = 16;

    private static final ObjectMapper SCENARIO_WRITER = ScenarioReader.jsonMapper().copy()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Studio studio;
    private final Javalin app;

    public StudioServer(Studio studio) {
        this.studio = studio;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY;
            QueuedThreadPool pool = new QueuedThreadPool(REQUEST_THREADS, 2);
            pool.setName("studio-http");
            config.jetty.threadPool = pool;
            routes(config.routes);
        });
    }

    /** Starts listening; port 0 picks a free port. */
    public StudioServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        studio.close();
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.get("/", ctx -> page(ctx, "Scenarios", "gallery", null, GalleryView.gallery(studio.library())));
        r.get("/catalogue", ctx -> page(ctx, "Heuristics", "catalogue", null, GalleryView.catalogue("")));
        r.get("/static/studio.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(Layout.resource(Layout.CSS)));
        r.get("/static/studio.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(Layout.resource(Layout.JS)));
        r.get("/schema/scenario.schema.json", ctx -> ctx.contentType("application/schema+json")
                .result(Layout.resource(org.rankmeeting.schema.ScenarioSchema.RESOURCE)));

        r.get("/s/{name}", ctx -> {
            String name = ctx.pathParam("name");
            Meeting m = studio.meeting(name);
            page(ctx, title(name), "board-page", name, "board", "<h1>" + esc(title(name)) + "</h1>"
                    + "<p class=\"lead\">Each column is a tier (or not invited / screened out). Open a card for the full explanation.</p>"
                    + BoardView.boards(name, m, Links.SERVER, BoardView.Marks.NONE) + BoardView.checks(studio.checks(m))
                    + "<aside id=\"panel\" class=\"panel\" hidden><button type=\"button\" id=\"close-panel\" aria-label=\"close\">&times;</button><div id=\"panel-body\"></div></aside>");
        });
        r.get("/s/{name}/explain", ctx -> {
            String name = ctx.pathParam("name");
            Meeting m = studio.meeting(name);
            String applicant = ctx.queryParam("applicant");
            Studio.requireApplicant(m.world(), applicant);
            String program = ctx.queryParam("program");
            List<ProgramBoard> boards = program == null || program.isEmpty() ? m.boards() : List.of(board(m, program));
            StringBuilder body = new StringBuilder();
            for (ProgramBoard b : boards) {
                if (b.placementOf(applicant) != null) {
                    body.append(BoardView.explanation(b, b.placementOf(applicant), Links.SERVER));
                }
            }
            if ("1".equals(ctx.queryParam("fragment"))) {
                ctx.html(body.toString());
            } else {
                page(ctx, "Explanation", "explain-page", name, "board", body.toString());
            }
        });
        r.get("/s/{name}/replay", ctx -> {
            String name = ctx.pathParam("name");
            page(ctx, "Replay: " + title(name), "replay-page", name, "replay", ReplayView.replay(name, studio.meeting(name), Links.SERVER));
        });
        r.get("/s/{name}/policy", ctx -> {
            String name = ctx.pathParam("name");
            List<String> toggles = PolicyView.toggles(ctx.queryParams("off"));
            String ids = ctx.queryParam("ids") == null ? "" : ctx.queryParam("ids").strip();
            String program = emptyToNull(ctx.queryParam("program"));
            List<String> specs = PolicyView.specs(toggles, ids, program);
            Meeting baseline = studio.meeting(name);
            Meeting policy = specs.isEmpty() ? null : studio.without(name, specs);
            page(ctx, "Policy toggles: " + title(name), "policy-page", name, "policy",
                    PolicyView.page(name, baseline.world(), toggles, ids, program, baseline, policy, Links.SERVER));
        });
        r.get("/s/{name}/match", ctx -> {
            String name = ctx.pathParam("name");
            page(ctx, "Match day: " + title(name), "match-page", name, "match", MatchView.matchDay(studio.matchDay(name)));
        });
        r.get("/s/{name}/judge", ctx -> {
            String name = ctx.pathParam("name");
            page(ctx, "Judge: " + title(name), "judge-page", name, "judge",
                    JudgeView.judgements(studio.judgements(name, emptyToNull(ctx.queryParam("program"))), Links.SERVER));
        });

        r.get("/myfile", ctx -> {
            String base = baseOf(ctx.queryParam("scenario"));
            LoadedScenario s = baseScenario(base);
            page(ctx, "My file", "myfile-page", null, "myfile",
                    MyFileView.page(base, s.scenario(), studio.library().entries(), MyFile.starter(new World(s.scenario()).cycle())));
        });
        r.post("/myfile/place", ctx -> {
            String base = baseOf(form(ctx).get("base"));
            Meeting m = studio.run(myWorld(base, MyFile.fromForm(form(ctx))));
            ctx.html(MyFileView.placements(m, MyFileView.PANEL.equals(base), Links.SERVER, base));
        });
        r.post("/myfile/help", ctx -> {
            String base = baseOf(form(ctx).get("base"));
            World w = myWorld(base, MyFile.fromForm(form(ctx)));
            ctx.html(MyFileView.helps(studio.counterfactual(w, MyFile.ID, null, null, 3)));
        });
        r.post("/myfile/download", ctx -> {
            MyFile f = MyFile.fromForm(form(ctx));
            myWorld(baseOf(form(ctx).get("base")), f);
            ctx.contentType("application/yaml; charset=utf-8").header("Content-Disposition", "attachment; filename=\"my-file.yaml\"")
                    .result(f.toYaml());
        });

        api(r);

        r.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.problems()));
        r.exception(ScenarioLibrary.NotFound.class, (e, ctx) -> error(ctx, 404, List.of(e.getMessage())));
        r.exception(Studio.Busy.class, (e, ctx) -> error(ctx, 503, List.of(e.getMessage())));
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), List.of(e.getMessage())));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("studio: {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, List.of("internal error: " + e));
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
                error(ctx, 404, List.of("no page " + ctx.path()));
            }
        });
    }

    private void api(io.javalin.config.RoutesConfig r) {
        r.get("/api/scenarios", ctx -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ScenarioLibrary.Entry e : studio.library().entries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", e.name());
                m.put("title", e.title());
                m.put("description", e.description());
                m.put("file", e.origin());
                list.add(m);
            }
            json(ctx, JsonTree.write(list));
        });
        r.get("/api/catalogue", ctx -> json(ctx, JsonTree.write(org.rankmeeting.catalogue.Catalogue.all())));
        r.get("/api/scenarios/{name}", ctx -> {
            String name = ctx.pathParam("name");
            List<String> without = ctx.queryParams("without");
            Meeting m = without.isEmpty() ? studio.meeting(name) : studio.without(name, without);
            json(ctx, BoardReport.render(studio.scenario(name).displayName(), m, studio.checks(m), Format.JSON));
        });
        r.get("/api/scenarios/{name}/explain", ctx -> {
            Meeting m = studio.meeting(ctx.pathParam("name"));
            String applicant = ctx.queryParam("applicant");
            Studio.requireApplicant(m.world(), applicant);
            String program = emptyToNull(ctx.queryParam("program"));
            json(ctx, Explanation.render(program == null ? m.boards() : List.of(board(m, program)), applicant, Format.JSON));
        });
        io.javalin.http.Handler whatIf = ctx -> json(ctx, WhatIfReport.render(List.of(studio.whatIf(ctx.pathParam("name"),
                ctx.queryParam("applicant"), ctx.queryParams("set"), ctx.queryParams("add"), ctx.queryParams("remove"))), Format.JSON));
        r.get("/api/scenarios/{name}/whatif", whatIf);
        r.post("/api/scenarios/{name}/whatif", whatIf);
        r.get("/api/scenarios/{name}/counterfactual", ctx -> {
            World w = studio.meeting(ctx.pathParam("name")).world();
            json(ctx, CounterfactualReport.render(studio.counterfactual(w, ctx.queryParam("applicant"),
                    emptyToNull(ctx.queryParam("program")), tier(ctx.queryParam("target")), top(ctx.queryParam("top"))), Format.JSON));
        });
        r.get("/api/scenarios/{name}/match", ctx -> {
            String name = ctx.pathParam("name");
            json(ctx, MatchDayReport.render(studio.scenario(name).displayName(), studio.matchDay(name), Format.JSON));
        });
        r.get("/api/scenarios/{name}/judge", ctx -> {
            String name = ctx.pathParam("name");
            LoadedScenario s = studio.scenario(name);
            json(ctx, JudgeReport.render(List.of(new JudgeReport.Section(s.displayName(), s.scenario().title(),
                    studio.judgements(name, emptyToNull(ctx.queryParam("program"))))), Format.JSON));
        });
        r.post("/api/run", ctx -> {
            String name = "posted." + ("json".equals(ctx.queryParam("format")) || ctx.contentType() != null
                    && ctx.contentType().contains("json") ? "json" : "yaml");
            LoadedScenario s = ScenarioReader.parse(name, ctx.body(), name.endsWith("json") ? ScenarioReader.Format.JSON : ScenarioReader.Format.YAML);
            Meeting m = studio.run(new World(s.scenario()));
            json(ctx, BoardReport.render(s.displayName(), m, studio.checks(m), Format.JSON));
        });
        r.post("/api/myfile/place", ctx -> {
            String base = baseOf(ctx.queryParam("base"));
            Meeting m = studio.run(myWorld(base, MyFile.fromYaml(ctx.body(), "my-file.yaml")));
            json(ctx, Explanation.render(m.boards(), MyFile.ID, Format.JSON));
        });
        r.post("/api/myfile/help", ctx -> {
            String base = baseOf(ctx.queryParam("base"));
            World w = myWorld(base, MyFile.fromYaml(ctx.body(), "my-file.yaml"));
            json(ctx, CounterfactualReport.render(studio.counterfactual(w, MyFile.ID, null, null, 3), Format.JSON));
        });
        r.post("/api/myfile/load", ctx -> json(ctx, JsonTree.write(MyFile.fromYaml(ctx.body(), "my-file.yaml").toForm())));
    }

    // --- helpers

    private static void page(Context ctx, String title, String bodyClass, String scenario, String active, String body) {
        ctx.html(Layout.page(title, bodyClass, scenario, active, body));
    }

    private void page(Context ctx, String title, String active, String scenario, String body) {
        page(ctx, title, active + "-page", scenario, active, body);
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    /** Errors: JSON under /api, a small page otherwise, always with the located messages. */
    private static void error(Context ctx, int status, List<String> problems) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("problems", problems);
            json(ctx, JsonTree.write(m));
        } else if (ctx.path().startsWith("/myfile/") || "1".equals(ctx.queryParam("fragment"))) {
            ctx.html("<div class=\"error\" role=\"alert\"><pre>" + esc(String.join("\n", problems)) + "</pre></div>");
        } else {
            ctx.html(Layout.page("Error " + status, "error-page", null, "",
                    "<h1>" + (status == 404 ? "Not found" : status == 400 ? "This file has problems" : "Something went wrong")
                            + "</h1><pre class=\"error\">" + esc(String.join("\n", problems)) + "</pre><p><a href=\"/\">Back to the scenarios</a></p>"));
        }
    }

    private String title(String name) {
        return studio.library().entry(name).title();
    }

    private static ProgramBoard board(Meeting m, String program) {
        Studio.requireProgram(m.world(), program);
        return m.board(program);
    }

    private static Map<String, String> form(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String baseOf(String requested) {
        return requested == null || requested.isBlank() ? MyFileView.PANEL : requested;
    }

    private LoadedScenario baseScenario(String base) {
        return MyFileView.PANEL.equals(base) ? studio.panel() : studio.scenario(base);
    }

    /** The base scenario with the posted file in it, checked by the scenario reader like any file. */
    private World myWorld(String base, MyFile file) {
        boolean panel = MyFileView.PANEL.equals(base);
        Scenario placed = file.placeIn(baseScenario(base).scenario(), panel);
        try {
            String json = SCENARIO_WRITER.writeValueAsString(placed);
            return new World(ScenarioReader.parse("my file at " + base, json, ScenarioReader.Format.JSON).scenario());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Tier tier(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Tier t : Tier.values()) {
            if (t.isRanked() && t.code().equals(code.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new BadInputException("target: expected one of mid-low, mid, upper-mid, rank-to-match, got '" + code + "'");
    }

    private static int top(String text) {
        if (text == null || text.isBlank()) {
            return 3;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("top: expected a number from 1 to 10, got '" + text + "'");
    }
}
