package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples the NRMP publishes to explain its algorithm, with their published outcomes. */
class MatchNrmpExamplesTest {

    private final DeferredAcceptance match = new DeferredAcceptance();

    @Test
    void theClassicEightApplicantFourProgramExampleGivesThePublishedOutcome() {
        MatchInput input = NrmpExamples.classic();

        MatchResult r = match.run(input);

        assertThat(r.program("city").orElseThrow().matched()).containsExactly("garcia", "eastman");
        assertThat(r.program("state").orElseThrow().matched()).containsExactly("hassan", "ford");
        assertThat(r.program("mercy").orElseThrow().matched()).containsExactly("chen");
        assertThat(r.program("mercy").orElseThrow().unfilled()).isEqualTo(1);
        assertThat(r.program("general").orElseThrow().matched()).containsExactly("davis");
        assertThat(r.program("general").orElseThrow().unfilled()).isEqualTo(1);
        assertThat(r.unmatched()).containsExactly("anderson", "brown");
        assertThat(r.unfilledPositions()).isEqualTo(2);
        assertThat(r.placement("chen").orElseThrow().choice()).isEqualTo(2);
        assertThat(r.placement("davis").orElseThrow().choice()).isEqualTo(3);
        assertThat(r.placement("ford").orElseThrow().choice()).isEqualTo(4);
        assertThat(r.stable()).isTrue();
        assertThat(r.blockingPairs()).isEmpty();
        assertThat(r.stats().repairRounds()).isZero();
    }

    @Test
    void theVideoExampleOfFiveApplicantsAndThreeProgramsGivesThePublishedOutcome() {
        MatchInput input = MatchInput.builder()
                .program("mercy", 2, "darrius", "joseph")
                .program("city", 2, "darrius", "arthur", "sunny", "latha", "joseph")
                .program("general", 2, "darrius", "arthur", "joseph", "latha")
                .applicant("arthur", "city")
                .applicant("sunny", "city", "mercy")
                .applicant("joseph", "city", "general", "mercy")
                .applicant("latha", "mercy", "city", "general")
                .applicant("darrius", "city", "mercy", "general")
                .build();

        MatchResult r = match.run(input);

        assertThat(r.program("city").orElseThrow().matched()).containsExactly("darrius", "arthur");
        assertThat(r.program("general").orElseThrow().matched()).containsExactly("joseph", "latha");
        assertThat(r.program("mercy").orElseThrow().matched()).isEmpty();
        assertThat(r.program("mercy").orElseThrow().unfilled()).isEqualTo(2);
        assertThat(r.unmatched()).containsExactly("sunny");
        assertThat(r.stable()).isTrue();
    }
}
