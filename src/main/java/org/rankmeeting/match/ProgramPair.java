package org.rankmeeting.match;

/**
 * One entry on a couple's rank list: the program for the first partner and the program for the second.
 * Either side may be {@code null}, meaning "this partner goes unmatched if we get this entry" (NRMP's
 * "no match" code); both sides {@code null} is not allowed. Both sides may name the same program, which
 * then has to take both partners.
 */
public record ProgramPair(String first, String second) {

    public static ProgramPair of(String first, String second) {
        return new ProgramPair(first, second);
    }

    /** The program for partner 0 (first) or 1 (second); may be {@code null}. */
    public String side(int partner) {
        return partner == 0 ? first : second;
    }

    @Override
    public String toString() {
        return (first == null ? "no match" : first) + " + " + (second == null ? "no match" : second);
    }
}
