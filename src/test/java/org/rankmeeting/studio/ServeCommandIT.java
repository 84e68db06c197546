package org.rankmeeting.studio;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar rank-meeting.jar serve} as a user starts it: one line with the address, a warning off 127.0.0.1. */
class ServeCommandIT {

    private static final Pattern OPEN = Pattern.compile("rank-meeting studio: open (http://\\S+/)");

    private static Process serve(Path err, String... args) throws IOException {
        String jar = System.getProperty("rankmeeting.jar", "target/rank-meeting.jar");
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar, "serve", "--port", "0"));
        cmd.addAll(java.util.List.of(args));
        return new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    }

    private static String firstLine(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return out.readLine();
    }

    @Test
    void servesTheGalleryOnLoopbackAndSaysWhereToOpenIt() throws Exception {
        Path err = Files.createTempFile("serve", ".err");
        Process p = serve(err);
        try {
            String line = firstLine(p);
            Matcher m = OPEN.matcher(line == null ? "" : line);
            assertThat(m.matches()).as(line + "\n" + Files.readString(err)).isTrue();
            assertThat(m.group(1)).startsWith("http://127.0.0.1:");
            var r = StudioFixture.send(HttpRequest.newBuilder(URI.create(m.group(1))).GET());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("Rank meetings to open").contains("Same scores, different alumni context");
            assertThat(Files.readString(err)).doesNotContain("warning");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void warnsWhenListeningBeyondThisMachine() throws Exception {
        Path err = Files.createTempFile("serve", ".err");
        Process p = serve(err, "--host", "0.0.0.0");
        try {
            String line = firstLine(p);
            assertThat(line).startsWith("rank-meeting studio: open http://0.0.0.0:");
            assertThat(Files.readString(err)).contains("warning: listening on 0.0.0.0").contains("--host 127.0.0.1");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aPortInUseIsAClearErrorWithExitCodeTwo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path err = Files.createTempFile("serve", ".err");
            String jar = System.getProperty("rankmeeting.jar", "target/rank-meeting.jar");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar, "serve",
                    "--port", Integer.toString(taken.getLocalPort())).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(Files.readString(err)).contains("port " + taken.getLocalPort() + " is in use").doesNotContain("\tat ");
            Files.deleteIfExists(err);
        }
    }
}
