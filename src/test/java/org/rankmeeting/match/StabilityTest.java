package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.match.ProgramPair.of;

/** The stability checker on hand-made assignments: what it calls invalid, and each kind of blocking pair. */
class StabilityTest {

    private static final MatchInput SINGLES = MatchInput.builder()
            .program("city", 1, "ann", "bob")
            .program("mercy", 1, "bob", "ann")
            .applicant("ann", "city", "mercy")
            .applicant("bob", "city", "mercy")
            .build();

    @Test
    void aProgramHoldingSomeoneItRanksLowerBlocksWithAnApplicantWhoPrefersIt() {
        Stability.Report r = Stability.check(SINGLES, Map.of("ann", "mercy", "bob", "city"));
        assertThat(r.valid()).isTrue();
        assertThat(r.blockingPairs()).containsExactly(new BlockingPair.Single("ann", "city", 1, 2,
                "ann prefers city (choice 1) to mercy (choice 2); city would let go of bob, whom it ranks below ann"));
        assertThat(Stability.check(SINGLES, Map.of("ann", "city", "bob", "mercy")).stable()).isTrue();
    }

    @Test
    void aFreePositionBlocksWithAnUnmatchedApplicantItRanks() {
        Stability.Report r = Stability.check(SINGLES, Map.of("ann", "city"));
        assertThat(r.blockingPairs()).containsExactly(new BlockingPair.Single("bob", "mercy", 2, 0,
                "bob prefers mercy (choice 2) to being unmatched; mercy has a free position for bob"));
    }

    @Test
    void anAssignmentThatBreaksAListOrAQuotaIsInvalidNotUnstable() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "ann", "bob")
                .program("mercy", 1, "bob")
                .applicant("ann", "city", "mercy")
                .applicant("bob", "city")
                .build();
        assertThat(Stability.check(input, Map.of("ann", "city", "bob", "city")).violations())
                .containsExactly("program 'city' holds 2 applicants for 1 position(s)");
        assertThat(Stability.check(input, Map.of("ann", "mercy")).violations())
                .containsExactly("applicant 'ann' is assigned to 'mercy', which does not rank them");
        assertThat(Stability.check(input, Map.of("bob", "mercy")).violations())
                .containsExactly("applicant 'bob' is assigned to 'mercy', which is not on their list");
        assertThat(Stability.check(input, Map.of("zoe", "city")).violations())
                .containsExactly("assignment names unknown applicant 'zoe'");
        assertThat(Stability.check(input, Map.of("ann", "nowhere")).stable()).isFalse();
    }

    @Test
    void aCoupleMustBeOnAPairFromItsList() {
        MatchInput input = MatchInput.builder()
                .program("city", 2, "x", "y")
                .couple("c", "x", "y", of("city", "city"))
                .build();
        assertThat(Stability.check(input, Map.of("x", "city")).violations())
                .containsExactly("couple 'c' is assigned (city + no match), which is not on its list");
    }

    @Test
    void aCoupleBlocksWithABetterPairWhenBothProgramsWouldTakeThePartners() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "x", "sam")
                .program("mercy", 1, "y")
                .program("state", 2, "x", "y")
                .applicant("sam", "city")
                .couple("c", "x", "y", of("city", "mercy"), of("state", "state"))
                .build();
        Stability.Report r = Stability.check(input, Map.of("x", "state", "y", "state", "sam", "city"));
        assertThat(r.blockingPairs()).containsExactly(new BlockingPair.Couple("c", of("city", "mercy"), 1, 2,
                "couple c prefers pair 1 (city + mercy) to pair 2 (state + state); "
                        + "city would let go of sam, whom it ranks below x; mercy has a free position for y"));
    }

    @Test
    void aPairOnOneProgramBlocksOnlyWhenThatProgramWouldMakeRoomForBoth() {
        MatchInput input = MatchInput.builder()
                .program("city", 2, "x", "sam", "y")
                .applicant("sam", "city")
                .couple("c", "x", "y", of("city", "city"))
                .build();
        // city would take x over sam, but keeping both partners means letting sam go for y, whom it ranks lower.
        assertThat(Stability.check(input, Map.of("sam", "city")).stable()).isTrue();
        MatchInput roomier = MatchInput.builder()
                .program("city", 3, "x", "sam", "y")
                .applicant("sam", "city")
                .couple("c", "x", "y", of("city", "city"))
                .build();
        assertThat(Stability.check(roomier, Map.of("sam", "city")).blockingPairs()).singleElement()
                .extracting(BlockingPair::explanation)
                .isEqualTo("couple c prefers pair 1 (city + city) to being unmatched; city has free positions for x and y");
    }

    @Test
    void onlyThePartnerWhoMovesNeedsRoomWhenTheOtherKeepsTheirPosition() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "x")
                .program("mercy", 1, "y")
                .program("state", 1, "y")
                .couple("c", "x", "y", of("city", "mercy"), of("city", "state"))
                .build();
        Map<String, String> m = new HashMap<>(Map.of("x", "city", "y", "state"));
        assertThat(Stability.check(input, m).blockingPairs()).singleElement()
                .extracting(BlockingPair::explanation)
                .isEqualTo("couple c prefers pair 1 (city + mercy) to pair 2 (city + state); "
                        + "x keeps their position at city; mercy has a free position for y");
    }
}
