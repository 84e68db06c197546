package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the singles-only Match over thousands of small random markets from fixed seeds. */
class MatchPropertiesTest {

    private final DeferredAcceptance match = new DeferredAcceptance();

    @Test
    void everyResultIsAValidStableMatchingThatRespectsQuotasAndBothSidesLists() {
        Random rnd = new Random(20240301L);
        for (int i = 0; i < 3000; i++) {
            MatchInput input = RandomMarkets.singles(rnd, 12, 6, 3);
            MatchResult r = match.run(input);
            Stability.Report report = Stability.check(input, r.assignment());
            assertThat(report.violations()).as("instance %d: %s", i, input).isEmpty();
            assertThat(report.blockingPairs()).as("instance %d", i).isEmpty();
            assertThat(r.stable()).isTrue();
            assertThat(simplyStable(input, r.assignment())).as("instance %d", i).isTrue();
            for (MatchResult.ProgramFill p : r.programs()) {
                assertThat(p.filled()).isLessThanOrEqualTo(p.positions());
            }
            assertThat(r.placements().size() + r.unmatched().size()).isEqualTo(input.applicants().size());
        }
    }

    @Test
    void everyApplicantGetsTheirBestProgramAmongAllStableMatchingsFoundByBruteForce() {
        Random rnd = new Random(7L);
        int withChoice = 0;
        for (int i = 0; i < 2000; i++) {
            MatchInput input = i % 2 == 0 ? RandomMarkets.singles(rnd, 6, 4, 2, 0.9) : RandomMarkets.oneToOne(rnd, 3 + rnd.nextInt(2));
            MatchResult r = match.run(input);
            List<Map<String, String>> stable = new ArrayList<>();
            for (Map<String, String> m : BruteForce.allMatchings(input)) {
                boolean simple = simplyStable(input, m);
                assertThat(Stability.check(input, m).stable()).as("checker vs brute force on %s in %s", m, input).isEqualTo(simple);
                if (simple) {
                    stable.add(m);
                }
            }
            assertThat(stable).as("instance %d", i).contains(r.assignment());
            withChoice += stable.size() > 1 ? 1 : 0;
            for (ApplicantRanking a : input.applicants()) {
                int got = position(a, r.assignment().get(a.id()));
                for (Map<String, String> m : stable) {
                    assertThat(got).as("%s in instance %d", a.id(), i).isLessThanOrEqualTo(position(a, m.get(a.id())));
                }
            }
        }
        assertThat(withChoice).as("instances with more than one stable matching").isGreaterThan(300);
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfApplicantsOrPrograms() {
        Random rnd = new Random(99L);
        for (int i = 0; i < 1000; i++) {
            MatchInput input = RandomMarkets.singles(rnd, 15, 6, 3);
            List<ApplicantRanking> applicants = new ArrayList<>(input.applicants());
            List<ProgramRanking> programs = new ArrayList<>(input.programs());
            Collections.shuffle(applicants, rnd);
            Collections.shuffle(programs, rnd);
            assertThat(match.run(new MatchInput(programs, applicants))).as("instance %d", i).isEqualTo(match.run(input));
        }
    }

    @Test
    void twoRunsOfTheSameInputGiveIdenticalOutput() {
        Random rnd = new Random(5L);
        for (int i = 0; i < 200; i++) {
            MatchInput input = RandomMarkets.market(rnd, 20, 6, 3, 1 + rnd.nextInt(3));
            MatchResult first = new DeferredAcceptance().run(input);
            MatchResult second = new DeferredAcceptance().run(input);
            assertThat(second).isEqualTo(first);
            assertThat(second.toString()).isEqualTo(first.toString());
        }
    }

    /** 0-based list position of a program; the list length for "unmatched". */
    private static int position(ApplicantRanking a, String program) {
        return program == null ? a.rankList().size() : a.rankList().indexOf(program);
    }

    /** The textbook check for singles, written separately from {@link Stability}. */
    static boolean simplyStable(MatchInput input, Map<String, String> matching) {
        Map<String, List<String>> held = new HashMap<>();
        matching.forEach((a, p) -> held.computeIfAbsent(p, x -> new ArrayList<>()).add(a));
        for (ApplicantRanking a : input.applicants()) {
            int now = position(a, matching.get(a.id()));
            for (int k = 0; k < now; k++) {
                String p = a.rankList().get(k);
                ProgramRanking program = input.programs().stream().filter(x -> x.id().equals(p)).findFirst().orElseThrow();
                int mine = program.rankList().indexOf(a.id());
                if (mine < 0) {
                    continue;
                }
                List<String> holders = held.getOrDefault(p, List.of());
                if (holders.size() < program.positions()
                        || holders.stream().anyMatch(h -> program.rankList().indexOf(h) > mine)) {
                    return false;
                }
            }
        }
        return true;
    }
}
