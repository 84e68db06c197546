package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file under {@code src/test/resources/bad-input} is a scenario the reader must reject; the {@code .expect}
 * file beside it holds the lines the message must contain. {@code validate} exits 2, prints no stack trace and
 * nothing on standard output.
 */
class BadInputFilesTest {

    static final Path FOLDER = Path.of("src/test/resources/bad-input");

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> !f.toString().endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsRejectedWithItsOwnMessage(Path file) throws IOException {
        Path expect = Path.of(file.toString().replaceFirst("\\.[a-z]+$", ".expect"));
        assertThat(expect).as("every bad file states what it must be told").exists();
        List<String> expected = Files.readAllLines(expect).stream().filter(l -> !l.isBlank()).toList();
        CommandHarness r = CommandHarness.run("validate", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String line : expected) {
            assertThat(r.err()).as(r.toString()).contains(line);
        }
    }

    @Test
    void validateReportsEveryFileNotJustTheFirstBadOne() {
        CommandHarness r = CommandHarness.run("validate", FOLDER.resolve("yaml-alias.yaml").toString(),
                "scenarios/01-same-scores-different-alumni.yaml", FOLDER.resolve("step2-attempts-absurd.yaml").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).contains("ok  scenarios/01-same-scores-different-alumni.yaml: 1 program(s), 2 applicant(s)");
        assertThat(r.err()).contains("yaml-alias.yaml:12:12:").contains("step2-attempts-absurd.yaml:")
                .contains("2 of 3 files have problems");
    }
}
