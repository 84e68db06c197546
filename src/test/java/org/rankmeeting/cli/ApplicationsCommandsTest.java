package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** explain and whatif on a file that was not sent to every program: they say where it was not sent. */
class ApplicationsCommandsTest {

    private static final String SENT_TO_SOME = "src/test/resources/applications/sent-to-some.yaml";

    @Test
    void explainAtAProgramTheFileWasNotSentToSaysSoAndExitsTwo() {
        CommandHarness r = CommandHarness.run("explain", SENT_TO_SOME, "--applicant", "olena", "--program", "riverbend-im");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--program: Olena (region avoided, respected faculty vouches) [olena] did not apply "
                + "to Riverbend Internal Medicine [riverbend-im], so its meeting never saw the file; the file's "
                + "applications: northgate-im, pinecrest-im");
    }

    @Test
    void explainAtEveryProgramNamesTheProgramsTheFileWasNotSentTo() {
        CommandHarness r = CommandHarness.run("explain", SENT_TO_SOME, "--applicant", "olena");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("at Northgate Internal Medicine: upper-mid").contains("at Pinecrest Internal Medicine")
                .doesNotContain("at Riverbend Internal Medicine:")
                .contains("Not applied to (the file's applications leave them out, so their meetings never saw it): "
                        + "Riverbend Internal Medicine");
    }

    @Test
    void whatifAtAProgramTheFileWasNotSentToSaysSo() {
        CommandHarness r = CommandHarness.run("whatif", SENT_TO_SOME, "--applicant", "diego", "--set", "step2=258",
                "--program", "pinecrest-im");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("did not apply to Pinecrest Internal Medicine [pinecrest-im]");
    }

    @Test
    void whatifComparesOnlyAtTheProgramsTheFileWasSentTo() {
        CommandHarness r = CommandHarness.run("whatif", SENT_TO_SOME, "--applicant", "diego", "--set", "step2=258",
                "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("northgate-im").contains("riverbend-im").doesNotContain("pinecrest-im");
    }
}
