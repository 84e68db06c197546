package org.rankmeeting.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rankmeeting.engine.FiguresTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rules folder's figures table with a mistake in it is bad input like a bad scenario file: the file, line and
 * column, the field, what was expected (with "did you mean" for a misspelt field), exit code 2, no stack trace and
 * nothing on standard output.
 */
class BadFiguresTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a misspelt field     | '  knee: 70 '                    | '  kne: 70 '                    | figures.yaml:19:3: usceCredit: unknown field 'kne'; did you mean 'knee'?",
            "a number out of range| '  largePool: 80 '               | '  largePool: 180 '             | figures.yaml:26:14: alumniWeight.largePool: expected a whole number from 0 to 100, got 180",
            "a word for a number  | '  onceBurned: 50 '              | '  onceBurned: half '           | figures.yaml:36:15: alumniUse.onceBurned: expected a whole number, got 'half'",
            "a fraction           | '  shadowing: 5 '                | '  shadowing: 5.5 '             | figures.yaml:6:14: usceLadder.shadowing: expected a whole number, got 5.5",
            "a field left out     | '  perPointAboveKnee: 4 '        | ''                              | figures.yaml:17:1: usceCredit: missing required field 'perPointAboveKnee'",
            "a step of zero       | '  perPointToKnee: 10 '          | '  perPointToKnee: 0 '          | figures.yaml:20:19: usceCredit.perPointToKnee: expected a whole number from 1 to 100, got 0",
    })
    void aBadTableIsReportedWhereItIsWrong(String what, String line, String replacement, String expected, @TempDir Path dir) throws IOException {
        Path rules = FiguresTest.copyOfTheRules(dir);
        Path table = rules.resolve("figures.yaml");
        String text = Files.readString(table);
        int at = text.indexOf("\n" + line.stripTrailing());
        assertThat(at).as("the bundled table has the line '%s'", line).isPositive();
        int end = text.indexOf('\n', at + 1);
        Files.writeString(table, text.substring(0, at + 1) + replacement.stripTrailing() + text.substring(end));

        CommandHarness r = CommandHarness.run("run", "--rules", rules.toString(), "scenarios/01-same-scores-different-alumni.yaml");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                .contains(table + expected.substring("figures.yaml".length()));
        // one mistake, one line: a misspelt field is not also reported as a missing one
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
    }
}
