package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

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

    private final DeferredAcceptance match = new DeferredAcceptance();

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

        MatchResult r = match.run(input);

        assertThat(r.assignment()).isEqualTo(Map.of("sam", "city", "d1", "general"));
        assertThat(r.unmatched()).containsExactly("c1", "c2", "d2");
        assertThat(r.stable()).isTrue();
        assertThat(r.stats().repairRounds()).isEqualTo(1);
        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
        assertThat(r.notes()).contains("after the couples, 1 blocking pair(s) remained; 1 repair round(s) re-entered "
                + "those applicants and reached a stable matching");
    }

    /**
     * The textbook market with no stable matching: couple (m1, m2) wants only (h1, h2); single s prefers
     * h1 to h2; h1 ranks m1 above s, h2 ranks s above m2; one position each. If the couple holds
     * (h1, h2), s and h2 block; if s holds h1, the couple blocks with (h1, h2); if s holds h2, s and h1
     * block (h1 is empty).
     */
    @Test
    void aMarketWithNoStableMatchingEndsAndReportsItsBlockingPair() {
        MatchInput input = MatchInput.builder()
                .program("h1", 1, "m1", "s")
                .program("h2", 1, "s", "m2")
                .applicant("s", "h1", "h2")
                .couple("m", "m1", "m2", of("h1", "h2"))
                .build();
        assertThat(BruteForce.allMatchings(input)).allSatisfy(m -> assertThat(Stability.check(input, m).stable()).isFalse());

        MatchResult r = match.run(input);

        assertThat(r.stable()).isFalse();
        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.CYCLE);
        assertThat(r.assignment()).isEqualTo(Map.of("s", "h2"));
        assertThat(r.blockingPairs()).containsExactly(new BlockingPair.Single("s", "h1", 1, 2,
                "s prefers h1 (choice 1) to h2 (choice 2); h1 has a free position for s"));
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

        MatchResult r = match.run(input);

        assertThat(r.stats().termination()).isEqualTo(MatchResult.Termination.STABLE);
        assertThat(r.assignment()).isEqualTo(Map.of("a0", "p0", "a4", "p1"));
        assertThat(r.stable()).isTrue();
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
