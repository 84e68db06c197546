package org.rankmeeting.match;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rankmeeting.match.ProgramPair.of;

/** Invalid input is refused with one message per problem, in input order. */
class MatchBadInputTest {

    private static List<String> problems(MatchInput input) {
        try {
            new DeferredAcceptance().run(input);
        } catch (BadInputException e) {
            return e.problems();
        }
        throw new AssertionError("no BadInputException for " + input);
    }

    @Test
    void unknownIdsOnEitherSideAreNamed() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "ann", "zed")
                .applicant("ann", "city", "mercy")
                .couple("c", "bob", "cat", of("city", "nowhere"))
                .build();
        assertThat(problems(input)).containsExactly(
                "program 'city': rank list names unknown applicant 'zed'",
                "applicant 'ann': rank list names unknown program 'mercy'",
                "couple 'c': pair 1 names unknown program 'nowhere'");
    }

    @Test
    void anIdTwiceOnOneListIsRefusedWithBothPositions() {
        MatchInput input = MatchInput.builder()
                .program("city", 1, "ann", "bob", "ann")
                .program("mercy", 1)
                .applicant("ann", "city", "mercy", "city")
                .applicant("bob")
                .couple("c", "x", "y", of("city", "mercy"), of("mercy", null), of("city", "mercy"))
                .build();
        assertThat(problems(input)).containsExactly(
                "program 'city': rank list names 'ann' twice (positions 1 and 3)",
                "applicant 'ann': rank list names 'city' twice (choices 1 and 3)",
                "couple 'c': pair (city + mercy) is listed twice (pairs 1 and 3)");
    }

    @Test
    void duplicateProgramsApplicantsAndCouplesAreRefused() {
        MatchInput input = MatchInput.builder()
                .program("city", 1).program("city", 2)
                .applicant("ann").applicant("ann")
                .couple("c", "x", "y").couple("c", "u", "v")
                .build();
        assertThat(problems(input)).containsExactly(
                "program 'city' is listed twice",
                "applicant 'ann' is listed twice",
                "couple 'c' is listed twice");
    }

    @Test
    void aNegativeNumberOfPositionsIsRefused() {
        assertThat(problems(MatchInput.builder().program("city", -1).build()))
                .containsExactly("program 'city': positions must be 0 or more, got -1");
    }

    @Test
    void anApplicantCannotBeBothSingleAndInACoupleNorInTwoCouples() {
        MatchInput input = MatchInput.builder()
                .program("city", 1)
                .applicant("ann", "city")
                .couple("c1", "ann", "bob", of("city", null))
                .couple("c2", "bob", "cat", of(null, "city"))
                .couple("c3", "dan", "dan", of("city", null))
                .build();
        assertThat(problems(input)).containsExactly(
                "applicant 'ann' is both a single applicant and a partner in couple 'c1'",
                "applicant 'bob' is a partner in two couples: 'c1' and 'c2'",
                "couple 'c3': both partners are 'dan'");
    }

    @Test
    void missingIdsEmptyEntriesAndAPairWithNoProgramAreRefused() {
        MatchInput input = new MatchInput(
                List.of(new ProgramRanking(" ", 1, List.of()), new ProgramRanking("city", 1, Arrays.asList("ann", null))),
                List.of(new ApplicantRanking("ann", (List<String>) null)),
                List.of(new CoupleRanking("c", "x", "y", of(null, null))));
        assertThat(problems(input)).containsExactly(
                "program #1: the id is missing",
                "program 'city': rank list position 2 is empty",
                "applicant 'ann': the rank list is missing",
                "couple 'c': pair 1 names no program for either partner");
    }

    @Test
    void theExceptionMessageListsEveryProblemOnItsOwnLine() {
        MatchInput input = MatchInput.builder().program("city", -2, "zed").build();
        assertThatThrownBy(() -> new DeferredAcceptance().run(input))
                .isInstanceOf(BadInputException.class)
                .hasMessage("program 'city': positions must be 0 or more, got -2" + System.lineSeparator()
                        + "program 'city': rank list names unknown applicant 'zed'");
    }

    @Test
    void theStabilityCheckerValidatesTheInputToo() {
        MatchInput input = MatchInput.builder().program("city", 1, "zed").build();
        assertThatThrownBy(() -> Stability.check(input, java.util.Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown applicant 'zed'");
    }
}
