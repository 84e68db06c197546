package org.rankmeeting.match;

/**
 * A reason an assignment is not stable: an applicant (or a couple) and a program (or a pair of programs)
 * who would both rather be matched to each other than keep what they have. See {@link Stability} for
 * the exact definitions. Choices are 1-based positions on the applicant's (or couple's) list;
 * {@code currentChoice} is 0 when they are unmatched.
 */
public sealed interface BlockingPair {

    /** The applicant id of a single, or the couple id. */
    String who();

    int wantedChoice();

    int currentChoice();

    /** One sentence, e.g. "anderson prefers city (choice 1) to being unmatched; city has a free position". */
    String explanation();

    /** A single applicant and a program. */
    record Single(String applicant, String program, int wantedChoice, int currentChoice, String explanation)
            implements BlockingPair {
        @Override
        public String who() {
            return applicant;
        }
    }

    /** A couple and one of the pairs on its list, preferred to the pair it has. */
    record Couple(String couple, ProgramPair pair, int wantedChoice, int currentChoice, String explanation)
            implements BlockingPair {
        @Override
        public String who() {
            return couple;
        }
    }
}
