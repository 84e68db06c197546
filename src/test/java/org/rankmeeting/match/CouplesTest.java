package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.rankmeeting.match.ProgramPair.of;

/** Couples: pairs taken together, "no match" sides, displacement, repair rounds, and a market with no stable matching. */
class CouplesTest {

    /**
     * sam sits at city until couple B needs both city positions; sam then bumps a1 from mercy, so couple A withdraws
     * a2 from general and settles for its second pair (also the trace's example of a withdrawal).
     */
    static MatchInput displacedPartnerMarket() {
        return MatchInput.builder()
                .program("city", 2, "b1", "b2", "sam")
                .program("mercy", 1, "sam", "a1")
                .program("general", 2, "a2")
                .program("state", 1, "a1")
                .applicant("sam", "city", "mercy")
                .couple("A", "a1", "a2", of("mercy", "general"), of("state", "general"))
                .couple("B", "b1", "b2", of("city", "city"))
                .build();
    }

    /**
     * Couple C pushes sam from city to mercy; couple D then bumps c2 from general, so C withdraws c1 and city is left
     * empty while sam, who prefers it, sits at mercy. One repair round fixes that (also the trace's repair example).
     */
    static MatchInput freedPositionMarket() {
        return MatchInput.builder()
                .program("city", 1, "c1", "sam")
                .program("mercy", 1, "sam")
                .program("general", 1, "d1", "c2")
                .applicant("sam", "city", "mercy")
                .couple("C", "c1", "c2", of("city", "general"))
                .couple("D", "d1", "d2", of("general", null))
                .build();
    }

    /**
     * The textbook market with no stable matching: couple (m1, m2) wants only (h1, h2); single s prefers
     * h1 to h2; h1 ranks m1 above s, h2 ranks s above m2; one position each. If the couple holds
     * (h1, h2), s and h2 block; if s holds h1, the couple blocks with (h1, h2); if s holds h2, s and h1
     * block (h1 is empty).
     */
    static MatchInput noStableMatchingMarket() {
        return MatchInput.builder()
                .program("h1", 1, "m1", "s")
                .program("h2", 1, "s", "m2")
                .applicant("s", "h1", "h2")
                .couple("m", "m1", "m2", of("h1", "h2"))
                .build();
    }

    private final DeferredAcceptance match = new DeferredAcceptance();
    /** The earlier way (repair rounds only), kept selectable so its behaviour stays pinned. */
    private final DeferredAcceptance repairRoundsOnly = new DeferredAcceptance(DeferredAcceptance.DEFAULT_MAX_REPAIR_ROUNDS,
            DeferredAcceptance.Reprocessing.REPAIR_ROUNDS);

    @Test
    void aCoupleMatchesTogetherOnItsFirstPair() {
        MatchInput input = MatchInput.builder()
                .program("city", 2, "ann", "sam")
                .program("mercy", 1, "bob")
                .applicant("sam", "city")
                .couple("ann+bob", "ann", "bob", of("city", "mercy"))
                .build();

        MatchResult r = match.run(input);

        assertThat(r.assignment()).isEqualTo(Map.of("ann", "city", "bob", "mercy", "sam", "city"));
        assertThat(r.couples()).singleElement().satisfies(c -> {
            assertThat(c.choice()).isEqualTo(1);
            assertThat(c.pair()).isEqualTo(of("city", "mercy"));
        });
        assertThat(r.placement("bob").orElseThrow()).isEqualTo(new MatchResult.Placement("bob", "mercy", 1, "ann+bob"));
        assertThat(r.notes()).containsExactly("couple ann+bob (ann, bob): pair 1 of 1, ann at city, bob at mercy");
        assertThat(r.stable()).isTrue();
    }

    @Test
    void aPairNamingOneProgramTwiceNeedsTwoPositionsThere() {
        MatchInput input = MatchInput.builder()
                .program("city", 2, "sam", "ann", "bob")
                .program("mercy", 2, "ann", "bob")
                .applicant("sam", "city")
                .couple("ann+bob", "ann", "bob", of("city", "city"), of("mercy", "mercy"))
                .build();

        MatchResult r = match.run(input);

        assertThat(r.program("city").orElseThrow().matched()).containsExactly("sam");
        assertThat(r.program("mercy").orElseThrow().matched()).containsExactly("ann", "bob");
        assertThat(r.couples().get(0).choice()).isEqualTo(2);
        assertThat(r.stable()).isTrue();
    }

    @Test
    void aCoupleCanSendOnePartnerToNoMatchWhenItsBetterPairsFail() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "ann")
                .program("mercy", 1, "sam", "bob")
                .applicant("sam", "mercy")
                .couple("ann+bob", "ann", "bob", of("city", "mercy"), of("city", null))
                .build();

        MatchResult r = match.run(input);

        assertThat(r.assignment()).isEqualTo(Map.of("ann", "city", "sam", "mercy"));
        assertThat(r.unmatched()).containsExactly("bob");
        assertThat(r.placement("ann").orElseThrow().choice()).isEqualTo(2);
        assertThat(r.couples().get(0).pair()).isEqualTo(of("city", null));
        assertThat(r.notes()).containsExactly(
                "couple ann+bob (ann, bob): pair 2 of 2, ann at city, bob unmatched by the couple's choice");
        assertThat(r.stable()).isTrue();
    }

    @Test
    void aDisplacedPartnerTakesTheOtherAlongAndTheCoupleMovesDownItsList() {
        // sam sits at city until couple B needs both city positions; sam then bumps a1 from mercy, so
        // couple A withdraws a2 from general and settles for its second pair.
        MatchInput input = displacedPartnerMarket();

        MatchResult r = match.run(input);

        assertThat(r.assignment()).isEqualTo(Map.of("a1", "state", "a2", "general", "b1", "city", "b2", "city", "sam", "mercy"));
        assertThat(r.couples().get(0).choice()).isEqualTo(2);
        assertThat(r.placement("a2").orElseThrow().choice()).isEqualTo(2);
        assertThat(r.stable()).isTrue();
        assertThat(r.stats().repairRounds()).isZero();
    }

    @Test
    void aPositionFreedByACouplesWithdrawalIsOfferedAgainInARepairRound() {
        MatchInput input = freedPositionMarket();

        MatchResult r = repairRoundsOnly.run(input);

        assertSamAtCityAndD1AtGeneral(r);
        assertThat(r.stats().repairRounds()).isEqualTo(1);
        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
        assertThat(r.notes()).contains("after the couples, 1 blocking pair(s) remained; 1 repair round(s) re-entered "
                + "those applicants and reached a stable matching");
    }

    private static void assertSamAtCityAndD1AtGeneral(MatchResult r) {
        assertThat(r.assignment()).isEqualTo(Map.of("sam", "city", "d1", "general"));
        assertThat(r.unmatched()).containsExactly("c1", "c2", "d2");
        assertThat(r.stable()).isTrue();
    }

    @Test
    void theReprocessingOffersAPositionFreedByACouplesWithdrawalAgainAtOnceWithoutARepairRound() {
        MatchInput input = freedPositionMarket();

        MatchResult r = match.run(input);

        assertSamAtCityAndD1AtGeneral(r);
        assertThat(r.stats().repairRounds()).isZero();
        assertThat(r.stats().reentries()).isEqualTo(1);
        assertThat(r.stats().chainStops()).isZero();
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("repair round"));
    }

    @Test
    void aMarketWithNoStableMatchingEndsAndReportsItsBlockingPair() {
        MatchInput input = noStableMatchingMarket();
        assertThat(BruteForce.allMatchings(input)).allSatisfy(m -> assertThat(Stability.check(input, m).stable()).isFalse());

        MatchResult r = repairRoundsOnly.run(input);

        assertThat(r.stable()).isFalse();
        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.CYCLE);
        assertThat(r.assignment()).isEqualTo(Map.of("s", "h2"));
        assertThat(r.blockingPairs()).containsExactly(new BlockingPair.Single("s", "h1", 1, 2,
                "s prefers h1 (choice 1) to h2 (choice 2); h1 has a free position for s"));
        assertThat(r.stats().engineBlockingPairs()).isEqualTo(1);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("would cycle").contains("no stable matching was reached"));
    }

    /**
     * The same market with the re-processing: it goes round (s and the couple taking turns at h1), sees its own
     * state come back, tries every other blocker from there, stops, and the repair rounds end in a cycle too.
     */
    @Test
    void theReprocessingStopsOnTheLoopOfAMarketWithNoStableMatchingAndReportsItsBlockingPair() {
        MatchInput input = noStableMatchingMarket();

        MatchResult r = match.run(input);

        assertThat(r.stable()).isFalse();
        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.CYCLE);
        assertThat(r.stats().chainStops()).isPositive();
        assertThat(r.blockingPairs()).hasSize(1);
        assertThat(r.stats().engineBlockingPairs()).isEqualTo(1);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("would cycle").contains("no stable matching was reached"));
    }

    /**
     * Fault (a): the couple holds (city, mercy) and prefers (city, city). Ann keeps her seat at city, so
     * city only has to take Bob, whom it ranks above Sam: that is a blocking pair. The check used to ask
     * city to make room for both partners against the less wanted one (Ann, below Sam) and missed it.
     */
    @Test
    void aPairNamingOneProgramTwiceBlocksWhenOnePartnerStaysThereAndTheProgramWouldTakeTheOther() {
        MatchInput input = MatchInput.builder()
                .program("city", 2, "bob", "sam", "ann")
                .program("mercy", 1, "bob")
                .applicant("sam", "city")
                .couple("ann+bob", "ann", "bob", of("city", "city"), of("city", "mercy"))
                .build();

        Stability.Report report = Stability.check(input, Map.of("sam", "city", "ann", "city", "bob", "mercy"));

        assertThat(report.blockingPairs()).containsExactly(new BlockingPair.Couple("ann+bob", of("city", "city"), 1, 2,
                "couple ann+bob prefers pair 1 (city + city) to pair 2 (city + mercy); ann keeps their position at city; "
                        + "city would let go of sam, whom it ranks below bob"));
        MatchResult r = match.run(input);
        assertThat(r.stable()).as("the matcher no longer calls this outcome stable").isFalse();
        assertThat(r.stats().engineBlockingPairs()).isEqualTo(r.blockingPairs().size());
    }

    /**
     * Fault (b), on a market found by a seeded search: after the couples, a0 holds p1 and blocks with p0.
     * Re-entering the first blocker every time walks a loop of assignments (a0 and couple c1 taking
     * turns at p0), and the old repair stopped at the first repeat. Trying the next blocker when an
     * assignment comes back again leaves the loop and reaches the market's only stable matching.
     */
    @Test
    void oneAtATimeRepairTriesTheNextBlockerWhenTheFirstOneLeadsBackToAnAssignmentSeenBefore() {
        MatchInput input = MatchInput.builder()
                .program("p0", 1, "a1", "a0", "a4", "a5", "a2", "a3")
                .program("p1", 1, "a0", "a3", "a1", "a6", "a4", "a5", "a2")
                .applicant("a0", "p0", "p1")
                .couple("c0", "a1", "a2", of("p0", "p0"), of("p1", "p1"), of("p0", "p1"), of(null, "p1"))
                .couple("c1", "a3", "a4", of(null, "p1"), of("p0", "p1"), of(null, "p0"))
                .couple("c2", "a5", "a6", of("p0", "p1"), of("p1", "p0"), of("p0", "p0"), of("p0", null))
                .build();
        assertThat(BruteForce.allMatchings(input)).filteredOn(m -> Stability.check(input, m).stable())
                .containsExactly(Map.of("a0", "p0", "a4", "p1"));

        for (DeferredAcceptance matcher : new DeferredAcceptance[] {repairRoundsOnly, match}) {
            MatchResult r = matcher.run(input);

            assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
            assertThat(r.assignment()).isEqualTo(Map.of("a0", "p0", "a4", "p1"));
            assertThat(r.stable()).isTrue();
        }
    }

    /**
     * A market found by a seeded search over 3,000 tiny random markets (brute force: a stable matching exists) on
     * which the repair rounds alone come back to an assignment once per blocker and stop unstable. Re-processing
     * the displaced one chain at a time, with every position a withdrawal leaves empty offered again at once,
     * reaches a stable matching, one of those brute force finds.
     */
    @Test
    void reprocessingOneChainAtATimeReachesAStableMatchingWhereTheRepairRoundsStopUnstable() {
        MatchInput input = MatchInput.builder()
                .program("p0", 2, "a2", "a3", "a6", "a1", "a7")
                .program("p1", 1, "a3", "a2", "a6", "a7", "a8", "a4", "a5")
                .program("p2", 1, "a2", "a5", "a4", "a8", "a7", "a1")
                .program("p3", 0, "a3", "a4", "a7", "a8")
                .applicant("a0", "p0", "p1", "p3", "p2")
                .applicant("a1", "p3", "p2", "p0")
                .applicant("a2", "p1", "p2", "p0", "p3")
                .couple("c0", "a3", "a4", of("p3", "p3"), of("p1", "p0"), of("p1", "p1"), of("p1", "p2"), of("p3", "p0"),
                        of("p3", "p1"), of("p2", "p2"), of("p3", null), of("p0", "p3"))
                .couple("c1", "a5", "a6", of("p2", "p0"), of(null, "p0"), of("p1", null), of("p3", "p3"), of("p0", "p2"),
                        of("p3", "p0"), of("p0", null), of("p2", null), of("p3", "p1"), of("p2", "p2"), of("p2", "p1"),
                        of("p1", "p1"), of("p0", "p1"))
                .couple("c2", "a7", "a8", of("p0", "p3"), of("p2", "p0"), of("p2", null), of(null, "p0"), of("p2", "p3"),
                        of("p3", "p3"), of("p2", "p1"), of("p3", "p1"), of("p3", "p2"), of("p3", "p0"), of(null, "p1"),
                        of(null, "p2"), of("p1", "p1"), of("p1", "p2"))
                .build();
        List<Map<String, String>> stable = BruteForce.allMatchings(input).stream()
                .filter(m -> Stability.check(input, m).stable()).toList();
        assertThat(stable).isNotEmpty();

        MatchResult before = repairRoundsOnly.run(input);
        MatchResult after = match.run(input);

        assertThat(before.stable()).as("the repair rounds alone").isFalse();
        assertThat(before.stats().termination()).isEqualTo(MatchResult.Termination.CYCLE);
        assertThat(after.stable()).as("the re-processing").isTrue();
        assertThat(after.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
        assertThat(stable).contains(after.assignment());
    }

    /**
     * Whenever the matcher says its result is stable, the independent check (which works on ids, not on the
     * matcher's arrays) finds no blocking pair: over seeded markets from tiny to a few dozen applicants, with
     * up to a third of them in couples, both ways of re-processing and round limits from 0 to the default.
     */
    @Test
    void wheneverTheResultIsReportedStableTheIndependentCheckFindsNoBlockingPair() {
        Random rnd = new Random(2718L);
        int reportedStable = 0;
        for (int i = 0; i < 2000; i++) {
            boolean small = i % 4 != 0;
            MatchInput input = small ? RandomMarkets.market(rnd, 8, 4, 2, 1 + rnd.nextInt(3))
                    : RandomMarkets.market(rnd, 40, 10, 4, 1 + rnd.nextInt(8));
            int rounds = i % 7 == 0 ? 0 : DeferredAcceptance.DEFAULT_MAX_REPAIR_ROUNDS;
            for (DeferredAcceptance.Reprocessing way : DeferredAcceptance.Reprocessing.values()) {
                MatchResult r = new DeferredAcceptance(rounds, way).run(input);
                Stability.Report report = Stability.check(input, r.assignment());
                assertThat(report.violations()).as("instance %d (%s): %s", i, way, input).isEmpty();
                if (r.stable()) {
                    reportedStable++;
                    assertThat(report.blockingPairs()).as("instance %d (%s): %s", i, way, input).isEmpty();
                    assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
                }
            }
        }
        assertThat(reportedStable).as("the property is not vacuous").isGreaterThan(3000);
    }

    /** Without couples the re-processing never switches on: both ways give the same result, counters included. */
    @Test
    void withoutCouplesBothWaysOfReprocessingGiveTheSameResult() {
        Random rnd = new Random(99L);
        for (int i = 0; i < 500; i++) {
            MatchInput input = RandomMarkets.singles(rnd, 12, 5, 3);
            MatchResult chains = match.run(input);
            assertThat(chains).as("instance %d: %s", i, input).isEqualTo(repairRoundsOnly.run(input));
            assertThat(chains.stats().reentries()).isZero();
        }
    }

    @Test
    void withCouplesTheMatchAlwaysEndsWithAValidMatchingAndTheStableFlagAgreesWithTheChecker() {
        Random rnd = new Random(314L);
        for (int i = 0; i < 3000; i++) {
            MatchInput input = RandomMarkets.market(rnd, 8, 4, 2, 1 + rnd.nextInt(3));
            DeferredAcceptance matcher = new DeferredAcceptance(i % 10 == 0 ? 0 : DeferredAcceptance.DEFAULT_MAX_REPAIR_ROUNDS);
            MatchResult[] r = new MatchResult[1];
            assertThatCode(() -> r[0] = matcher.run(input)).doesNotThrowAnyException();
            Stability.Report report = Stability.check(input, r[0].assignment());
            assertThat(report.violations()).as("instance %d: %s", i, input).isEmpty();
            assertThat(r[0].stable()).isEqualTo(report.stable());
            assertThat(r[0].blockingPairs()).isEqualTo(report.blockingPairs());
            assertThat(r[0].stats().engineBlockingPairs()).as("instance %d: %s", i, input).isEqualTo(report.blockingPairs().size());
            assertThat(r[0].stats().termination() == MatchResult.Termination.STABLE).isEqualTo(r[0].stable());
        }
    }

    /**
     * Deferred acceptance with couples is a heuristic: it may miss a stable matching that exists. On
     * 1,000 tiny random markets (fixed seed) brute force finds 48 without any stable matching, and the
     * matcher misses an existing one once; this keeps that rate from creeping up.
     */
    @Test
    void onTinyMarketsTheMatchReportsInstabilityAlmostOnlyWhenNoStableMatchingExists() {
        Random rnd = new Random(314L);
        int none = 0;
        int missed = 0;
        for (int i = 0; i < 1000; i++) {
            MatchInput input = RandomMarkets.market(rnd, 5, 4, 2, 1 + rnd.nextInt(3));
            MatchResult r = match.run(input);
            boolean exists = BruteForce.allMatchings(input).stream().anyMatch(m -> Stability.check(input, m).stable());
            none += exists ? 0 : 1;
            missed += exists && !r.stable() ? 1 : 0;
            if (!exists) {
                assertThat(r.stable()).isFalse();
                assertThat(r.blockingPairs()).isNotEmpty();
            }
        }
        assertThat(none).isGreaterThan(20);
        assertThat(missed).isLessThanOrEqualTo(5);
    }
}
