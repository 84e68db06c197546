package org.rankmeeting.match;

import java.util.Arrays;

/**
 * A validated {@link MatchInput} turned into int-indexed arrays, so the matching loop never touches a
 * string or a map. Applicants are numbered singles first (input order), then each couple's first and
 * second partner (couple order); programs in input order. A program's rank for an applicant is looked
 * up once per list entry while building, and stored next to the entry.
 */
final class Market {

    static final int NOT_RANKED = -1;
    static final int NONE = -1;

    final MatchInput input;
    /** The validated input as indices, as {@link InputCheck} produced it. */
    final InputCheck.Indexed indexed;
    final String[] programIds;
    final int[] quota;
    /** Per program: applicant indices, most wanted first. */
    final int[][] programList;
    final String[] applicantIds;
    final int singles;
    /** Per single: program indices, first choice first; and the rank each of those programs gives them. */
    final int[][] singleList;
    final int[][] singleRank;
    final String[] coupleIds;
    /** [side][couple][pair]: program index ({@link #NONE} for "no match") and that program's rank of the partner. */
    final int[][][] pairProgram = new int[2][][];
    final int[][][] pairRank = new int[2][][];
    /** Program indices that rank each applicant, ascending, with the ranks (offsets into {@link #rankedBy}). */
    private final int[] rankedByStart;
    private final int[] rankedBy;
    private final int[] rankedByRank;

    private Market(MatchInput input, InputCheck.Indexed indexed) {
        this.input = input;
        this.indexed = indexed;
        programIds = indexed.programIds();
        applicantIds = indexed.applicantIds();
        coupleIds = new String[input.couples().size()];
        for (int c = 0; c < coupleIds.length; c++) {
            coupleIds[c] = input.couples().get(c).id();
        }
        int programs = programIds.length;
        singles = input.applicants().size();
        quota = new int[programs];
        for (int p = 0; p < programs; p++) {
            quota[p] = input.programs().get(p).positions();
        }
        programList = indexed.programLists();
        int[] timesRanked = new int[applicantIds.length + 1];
        for (int[] list : programList) {
            for (int a : list) {
                timesRanked[a + 1]++;
            }
        }
        rankedByStart = timesRanked;
        for (int a = 0; a < applicantIds.length; a++) {
            rankedByStart[a + 1] += rankedByStart[a];
        }
        rankedBy = new int[rankedByStart[applicantIds.length]];
        rankedByRank = new int[rankedBy.length];
        int[] fill = Arrays.copyOf(rankedByStart, applicantIds.length);
        for (int p = 0; p < programs; p++) {
            for (int r = 0; r < programList[p].length; r++) {
                int at = fill[programList[p][r]]++;
                rankedBy[at] = p;
                rankedByRank[at] = r;
            }
        }
        singleList = indexed.singleLists();
        singleRank = new int[singles][];
        for (int a = 0; a < singles; a++) {
            singleRank[a] = new int[singleList[a].length];
            for (int k = 0; k < singleList[a].length; k++) {
                singleRank[a][k] = rank(singleList[a][k], a);
            }
        }
        for (int side = 0; side < 2; side++) {
            pairProgram[side] = indexed.pairs()[side];
            pairRank[side] = new int[coupleIds.length][];
            for (int c = 0; c < coupleIds.length; c++) {
                int[] program = pairProgram[side][c];
                int[] rank = new int[program.length];
                for (int k = 0; k < program.length; k++) {
                    rank[k] = program[k] == NONE ? NOT_RANKED : rank(program[k], partner(c, side));
                }
                pairRank[side][c] = rank;
            }
        }
    }

    /** Validates (throwing {@link org.rankmeeting.BadInputException}) and indexes the input. */
    static Market of(MatchInput input) {
        return new Market(input, InputCheck.index(input));
    }

    int programs() {
        return programIds.length;
    }

    int applicants() {
        return applicantIds.length;
    }

    int couples() {
        return coupleIds.length;
    }

    /** The applicant index of partner {@code side} (0 or 1) of couple {@code c}. */
    int partner(int c, int side) {
        return singles + 2 * c + side;
    }

    /** The couple an applicant belongs to, or {@link #NONE} for a single. */
    int coupleOf(int a) {
        return a < singles ? NONE : (a - singles) / 2;
    }

    /** Program {@code p}'s rank of applicant {@code a} (0 = most wanted), or {@link #NOT_RANKED}. */
    int rank(int p, int a) {
        int at = Arrays.binarySearch(rankedBy, rankedByStart[a], rankedByStart[a + 1], p);
        return at >= 0 ? rankedByRank[at] : NOT_RANKED;
    }

    /**
     * Proposers are numbered singles first (their applicant index), then couples ({@code singles + c}).
     * The length of a proposer's list: a single's programs, or a couple's pairs.
     */
    int listLength(int proposer) {
        return proposer < singles ? singleList[proposer].length : pairProgram[0][proposer - singles].length;
    }

    int proposers() {
        return singles + coupleIds.length;
    }
}
