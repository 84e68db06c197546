package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.match.ProgramPair.of;

/** {@code match --trace}: the steps as the NRMP explains them, consistent with the result. */
class MatchTraceTest {

    private static List<TraceStep> trace(MatchInput input, MatchResult[] result) {
        return trace(new DeferredAcceptance(), input, result);
    }

    private static List<TraceStep> trace(DeferredAcceptance matcher, MatchInput input, MatchResult[] result) {
        List<TraceStep> steps = new ArrayList<>();
        result[0] = matcher.trace(input, steps::add);
        return steps;
    }

    @Test
    void theClassicExampleShowsEveryApplicationTheBumpsAndWhyAndTheSameResultAsAnUntracedMatch() {
        MatchInput input = NrmpExamples.classic();
        MatchResult[] r = new MatchResult[1];

        List<TraceStep> steps = trace(input, r);

        assertThat(r[0]).isEqualTo(new DeferredAcceptance().run(input));
        assertThat(steps).extracting(TraceStep::step).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
        assertThat(steps.stream().filter(s -> s.event().equals("apply")).count()).isEqualTo(r[0].stats().proposals());
        TraceStep garcia = steps.stream().filter(s -> "garcia".equals(s.applicant()) && "city".equals(s.program())).findFirst().orElseThrow();
        assertThat(garcia.result()).isEqualTo("bumps");
        assertThat(garcia.bumped()).isEqualTo("anderson");
        assertThat(garcia.text()).isEqualTo("garcia applies to city (choice 1); city is full but ranks garcia #1, above anderson (#4), "
                + "the least wanted it holds: anderson is bumped and garcia is tentatively matched");
        assertThat(garcia.held()).isEqualTo(Map.of("city", List.of("garcia", "eastman")));
        assertThat(steps).filteredOn(s -> "davis".equals(s.applicant())).extracting(TraceStep::result)
                .containsExactly("refused", "refused", "tentative");
        assertThat(steps).filteredOn(s -> s.event().equals("exhausted")).extracting(TraceStep::applicant)
                .containsExactlyInAnyOrder("anderson", "brown");
    }

    @Test
    void aBumpedPartnerShowsTheCouplesWithdrawalAndTheCouplesNextPair() {
        MatchInput input = CouplesTest.displacedPartnerMarket();
        MatchResult[] r = new MatchResult[1];

        List<TraceStep> steps = trace(input, r);

        assertThat(r[0]).isEqualTo(new DeferredAcceptance().run(input));
        assertThat(steps).extracting(TraceStep::event).contains("apply-pair", "withdraw");
        TraceStep withdraw = steps.stream().filter(s -> s.event().equals("withdraw")).findFirst().orElseThrow();
        assertThat(withdraw.couple()).isEqualTo("A");
        assertThat(withdraw.text()).contains("a2 is withdrawn from general");
        assertThat(steps.get(steps.indexOf(withdraw) + 1)).satisfies(s -> {
            assertThat(s.couple()).isEqualTo("A");
            assertThat(s.pair()).isEqualTo(of("state", "general"));
            assertThat(s.result()).isEqualTo("tentative");
        });
    }

    @Test
    void aRepairRoundIsAStepThatNamesTheBlockerAndWhereItAppliesAgain() {
        MatchInput input = CouplesTest.freedPositionMarket();
        MatchResult[] r = new MatchResult[1];

        List<TraceStep> steps = trace(new DeferredAcceptance(DeferredAcceptance.DEFAULT_MAX_REPAIR_ROUNDS,
                DeferredAcceptance.Reprocessing.REPAIR_ROUNDS), input, r);

        assertThat(steps).filteredOn(s -> s.event().equals("repair")).singleElement().satisfies(s -> {
            assertThat(s.applicant()).isEqualTo("sam");
            assertThat(s.program()).isEqualTo("city");
            assertThat(s.text()).startsWith("repair round 1: sam and city (choice 1)");
        });
        assertThat(steps.get(steps.size() - 1).held()).isEqualTo(Map.of("city", List.of("sam")));
    }

    @Test
    void aPositionFreedByAWithdrawalIsAStepThatNamesTheProgramAndWhoIsTakenBackOn() {
        MatchInput input = CouplesTest.freedPositionMarket();
        MatchResult[] r = new MatchResult[1];

        List<TraceStep> steps = trace(input, r);

        assertThat(steps).extracting(TraceStep::event).doesNotContain("repair", "loop");
        TraceStep withdraw = steps.stream().filter(s -> s.event().equals("withdraw")).findFirst().orElseThrow();
        assertThat(steps.subList(steps.indexOf(withdraw), steps.size())).filteredOn(s -> s.event().equals("reenter"))
                .singleElement().satisfies(s -> {
                    assertThat(s.applicant()).isEqualTo("sam");
                    assertThat(s.program()).isEqualTo("city");
                    assertThat(s.choice()).isEqualTo(1);
                    assertThat(s.text()).isEqualTo("city has a position free again; of those who would now rather be there "
                            + "than where they are, it ranks sam best, so sam is taken back on and applies again from city "
                            + "(choice 1)");
                });
        assertThat(steps.get(steps.size() - 1).held()).isEqualTo(Map.of("city", List.of("sam")));
        assertThat(r[0]).isEqualTo(new DeferredAcceptance().run(input));
    }

    @Test
    void aLoopInTheReprocessingIsAStepSayingItStopsAndLeavesTheRestToTheRepairRounds() {
        MatchInput input = CouplesTest.noStableMatchingMarket();
        MatchResult[] r = new MatchResult[1];

        List<TraceStep> steps = trace(input, r);

        assertThat(steps).filteredOn(s -> s.event().equals("loop")).first()
                .satisfies(s -> assertThat(s.text()).contains("came back to a state it had been in before")
                        .endsWith("leaves what still blocks to the repair rounds"));
        assertThat(steps).filteredOn(s -> s.event().equals("reenter")).extracting(TraceStep::couple).contains("m");
        assertThat(r[0].stable()).isFalse();
    }
}
