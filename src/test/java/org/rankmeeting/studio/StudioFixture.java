package org.rankmeeting.studio;

import org.rankmeeting.cli.Main;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One studio server per test JVM on a random port of 127.0.0.1 (the rule base is built once, as {@code serve} does),
 * an HTTP client that never goes through a proxy, and the CLI run in-process for comparisons.
 */
final class StudioFixture {

    private static StudioServer server;
    private static Engine engine;

    static final HttpClient HTTP = HttpClient.newBuilder().proxy(ProxySelector.of(null))
            .connectTimeout(Duration.ofSeconds(5)).build();

    private StudioFixture() {
    }

    static synchronized Engine engine() {
        if (engine == null) {
            engine = new Engine(RuleBase.load(null));
        }
        return engine;
    }

    static synchronized StudioServer server() {
        if (server == null) {
            server = new StudioServer(new Studio(engine(), ScenarioLibrary.open(null), 2, Duration.ofSeconds(30)))
                    .start("127.0.0.1", 0);
        }
        return server;
    }

    static String base() {
        return "http://127.0.0.1:" + server().port();
    }

    record Response(int status, String body, String contentType) {
    }

    static Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    static Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CLI's standard output for these arguments (exit code 0, or 1 when an expectation failed). */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0 && code != 1) {
            throw new AssertionError("exit " + code + ": " + err);
        }
        return out.toString();
    }

    /** The CLI's standard error for arguments that must fail with exit code 2. */
    static String cliError(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 2) {
            throw new AssertionError("expected exit 2, got " + code + ": " + out + err);
        }
        return err.toString();
    }
}
