package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded jar as its own process, the way a user does. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("rankmeeting.jar", "target/rank-meeting.jar")).toAbsolutePath();
    private static final Path SCENARIO = Path.of("scenarios/01-same-scores-different-alumni.yaml").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    private static Run java(Path workDir, String... args) throws IOException, InterruptedException {
        return javaWith(List.of(), workDir, args);
    }

    private static Run javaWith(List<String> jvmOptions, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (System.getProperty("rankmeeting.cache") != null) {
            // Compiled rules under target/, never in the user's home (the jar carries the bundled ones anyway).
            cmd.add("-Drankmeeting.cache=" + System.getProperty("rankmeeting.cache"));
        }
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, workDir);
    }

    private static Run exec(List<String> cmd, Path workDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsABundledScenarioWithTheRulesInsideIt(@TempDir Path elsewhere) throws Exception {
        // From a folder with no rules/ in it, the jar falls back to its bundled copy of the rules.
        Run r = java(elsewhere, "run", SCENARIO.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Riverside Internal Medicine").contains("Expectations: 3 met, 0 failed");
        assertThat(r.err()).as("quiet by default").isEmpty();
    }

    @Test
    void theReadmesFirstCommandRunsWithTheClassArchiveThePackageStepBuilt() throws Exception {
        // The README's first line: build, then run scenario 01 with the class-data archive the package step made.
        String first = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("mvn ") && l.contains(" && java ")).findFirst().orElseThrow();
        List<String> cmd = new ArrayList<>(List.of(first.substring(first.indexOf(" && java ") + 4).trim().split("\\s+")));
        assertThat(cmd).contains("-XX:SharedArchiveFile=target/rank-meeting.jsa", "target/rank-meeting.jar");
        assertThat(Path.of("target/rank-meeting.jsa")).isRegularFile();
        cmd.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Run r = exec(cmd, Path.of("."));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Riverside Internal Medicine").contains("Expectations: 3 met, 0 failed");
        assertThat(r.err()).as("no warning that the archive does not fit the jar").isEmpty();
    }

    @Test
    void theJarCarriesTheBundledRulesAsAnExecutableModelUnderTheKeyItNames() throws Exception {
        // With the key in the jar, a run of the bundled rules (or of ./rules with the same text) hashes nothing and
        // makes its rule base from the model's classes, which the jar carries.
        try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
            var keyEntry = jar.getJarEntry("rule-cache/bundled.key");
            assertThat(keyEntry).as("rule-cache/bundled.key in the jar").isNotNull();
            String key = new String(jar.getInputStream(keyEntry).readAllBytes(), StandardCharsets.US_ASCII).strip();
            assertThat(key).matches("[0-9a-f]{32}");
            var listEntry = jar.getJarEntry("rule-cache/" + key + ".model");
            assertThat(listEntry).as("the list of model classes it names").isNotNull();
            List<String> models = new String(jar.getInputStream(listEntry).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            long ruleFiles;
            try (var files = Files.list(Path.of("rules"))) {
                ruleFiles = files.filter(f -> f.toString().endsWith(".drl")).count();
            }
            assertThat(models).as("one model class per rule file (each has a package of its own)").hasSize((int) ruleFiles);
            for (String model : models) {
                assertThat(jar.getJarEntry(model.replace('.', '/') + ".class")).as(model).isNotNull();
            }
        }
    }

    @Test
    void theJarListsTheBundledRules(@TempDir Path elsewhere) throws Exception {
        Run r = java(elsewhere, "rules");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Rules from bundled rules").contains("rules/screening.drl");
    }

    @Test
    void runningOutOfMemoryEndsWithOneLineAndTheXmxHint(@TempDir Path dir) throws Exception {
        Run r = javaWith(List.of("-Xmx32m"), dir, "bench-match", "--applicants", "50000000", "--positions", "45000000");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err().strip().lines()).as(r.toString()).hasSize(1);
        assertThat(r.err()).startsWith("out of memory: the JVM's heap (at most ").contains("-Xmx");
    }

    @Test
    void theJarReportsBadInputWithExitTwoAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, "programs: [ {id: p\n");
        Run r = java(dir, "validate", bad.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("broken.yaml:").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aRuleFileThatDoesNotCompileIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package x;\n\nrule \"half a rule\"\nwhen\n    String( \nthen\nend\n");
        Run r = java(dir, "rules", "--rules", rules.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("broken.drl:").doesNotContain("\tat ");
    }
}
