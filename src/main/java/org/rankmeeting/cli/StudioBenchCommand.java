package org.rankmeeting.cli;

import org.rankmeeting.studio.ScenarioLibrary;
import org.rankmeeting.studio.Studio;
import org.rankmeeting.studio.StudioServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "bench-studio", mixinStandardHelpOptions = true,
        description = {"Benchmark of the studio's server: N what-if requests sent at once (all released together) to "
                + "GET /api/scenarios/SCENARIO/whatif, for a few rounds; prints p50, p99, max and errors per round.",
                "Starts its own server on a free port of 127.0.0.1 unless --url points at a running one."})
final class StudioBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "A running studio (default: start one in this process).")
    String url;

    @Option(names = "--concurrent", paramLabel = "N", defaultValue = "32", description = "Requests at once (default: ${DEFAULT-VALUE}).")
    int concurrent;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = "/api/scenarios/11-whatif-an-alum-flips-the-order/whatif"
            + "?applicant=farah&set=step2%3D250&add=contacts%3Ddr-mensah%3Abuilt%3Atop%3Amentioned",
            description = "The request (default: a what-if on scenario 11).")
    String path;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        StudioServer own = null;
        String base = url;
        if (base == null) {
            own = new StudioServer(new Studio(engineOptions.engine(), ScenarioLibrary.open(null), 2, Duration.ofSeconds(60)))
                    .start("127.0.0.1", 0);
            base = "http://127.0.0.1:" + own.port();
        }
        HttpClient http = HttpClient.newBuilder().proxy(ProxySelector.of(null)).executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService clients = Executors.newFixedThreadPool(concurrent);
        var out = spec.commandLine().getOut();
        out.println("bench-studio: " + concurrent + " concurrent GET " + path + " against " + base
                + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
        try {
            for (int round = 0; round <= rounds; round++) {
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger errors = new AtomicInteger();
                List<Future<Long>> times = new ArrayList<>();
                URI uri = URI.create(base + path);
                for (int i = 0; i < concurrent; i++) {
                    times.add(clients.submit(() -> {
                        go.await();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        return System.nanoTime() - t0;
                    }));
                }
                long start = System.nanoTime();
                go.countDown();
                List<Long> ms = new ArrayList<>();
                for (Future<Long> f : times) {
                    try {
                        ms.add(f.get() / 1_000_000);
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors.incrementAndGet();
                    }
                }
                long wall = (System.nanoTime() - start) / 1_000_000;
                Collections.sort(ms);
                out.printf("%s p50 %d ms, p99 %d ms, max %d ms, all %d in %d ms, errors %d%n", round == 0 ? "warm-up " : "round " + round,
                        pct(ms, 50), pct(ms, 99), ms.isEmpty() ? 0 : ms.get(ms.size() - 1), concurrent, wall, errors.get());
                out.flush();
            }
        } finally {
            clients.shutdownNow();
            if (own != null) {
                own.close();
            }
        }
        return Main.OK;
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
