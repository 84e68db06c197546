package org.rankmeeting.cli;

import org.rankmeeting.studio.ScenarioLibrary;
import org.rankmeeting.studio.Studio;
import org.rankmeeting.studio.StudioServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The studio: a web page for applicants (My file: place your own file, see what would help) and "
                + "educators (the board, a replay for a projector, policy toggles, Match day, judging programs), "
                + "with a JSON API under /api that answers what --format json prints.",
                "Listens on 127.0.0.1 unless --host says otherwise. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "A folder of scenario files to offer beside the bundled ones.")
    Path scenarios;

    @Option(names = "--search-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Longest a what-if or counterfactual search may run (default: ${DEFAULT-VALUE}).")
    int searchTimeout;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Searches run at once; more wait in a bounded queue (default: ${DEFAULT-VALUE}).")
    int workers;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new org.rankmeeting.BadInputException("--port: expected 0 to 65535, got " + port);
        }
        if (workers < 1 || searchTimeout < 1) {
            throw new org.rankmeeting.BadInputException("--workers and --search-timeout: expected 1 or more");
        }
        Studio studio = new Studio(engineOptions.engine(), ScenarioLibrary.open(scenarios), workers, Duration.ofSeconds(searchTimeout));
        StudioServer server;
        try {
            server = new StudioServer(studio).start(host, port);
        } catch (RuntimeException e) {
            studio.close();
            throw new org.rankmeeting.BadInputException("serve: cannot listen on " + host + ":" + port + " (port " + port
                    + " is in use, or the address is not this machine's); try another --port");
        }
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            spec.commandLine().getErr().println("warning: listening on " + host + ": anyone who can reach this address can "
                    + "use the studio (it has no login); use --host 127.0.0.1 to keep it on this machine");
        }
        studio.library().problems().forEach(p -> spec.commandLine().getErr().println("warning: skipped " + p));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().println("rank-meeting studio: open http://" + shown + ":" + server.port() + "/");
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }
}
