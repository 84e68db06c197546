package org.rankmeeting.match;

/**
 * The matcher's own, array-based search for blocking pairs in its current state, used between repair
 * rounds. It applies the same definition as {@link Stability} (which stays independent, working on ids)
 * so the two can be checked against each other.
 */
final class EngineBlocking {

    private final Market m;
    private final Proposals state;

    EngineBlocking(Market m, Proposals state) {
        this.m = m;
        this.state = state;
    }

    /**
     * Counts the blocking pairs and writes, per proposer, the first (most preferred) list position that
     * blocks, or {@link Market#NONE}.
     */
    int scan(int[] firstBlocking) {
        int count = 0;
        Holds holds = state.holds;
        for (int a = 0; a < m.singles; a++) {
            firstBlocking[a] = Market.NONE;
            int[] list = m.singleList[a];
            int[] rank = m.singleRank[a];
            for (int k = 0, end = current(a); k < end; k++) {
                if (rank[k] != Market.NOT_RANKED && holds.admits(list[k], rank[k])) {
                    count++;
                    if (firstBlocking[a] == Market.NONE) {
                        firstBlocking[a] = k;
                    }
                }
            }
        }
        for (int c = 0; c < m.couples(); c++) {
            int who = m.singles + c;
            firstBlocking[who] = Market.NONE;
            for (int k = 0, end = current(who); k < end; k++) {
                if (coupleBlocks(c, k)) {
                    count++;
                    if (firstBlocking[who] == Market.NONE) {
                        firstBlocking[who] = k;
                    }
                }
            }
        }
        return count;
    }

    /** The first (most preferred) list position at which {@code proposer} blocks, or {@link Market#NONE}. */
    int firstBlocking(int proposer) {
        Holds holds = state.holds;
        for (int k = 0, end = current(proposer); k < end; k++) {
            if (proposer < m.singles) {
                int rank = m.singleRank[proposer][k];
                if (rank != Market.NOT_RANKED && holds.admits(m.singleList[proposer][k], rank)) {
                    return k;
                }
            } else if (coupleBlocks(proposer - m.singles, k)) {
                return k;
            }
        }
        return Market.NONE;
    }

    /** Whether single {@code a}, whom program {@code p} ranks {@code rank}, lists {@code p} above where it is and {@code p} would take it. */
    boolean singleBlocksAt(int a, int p, int rank) {
        if (!state.holds.admits(p, rank)) {
            return false;
        }
        int[] list = m.singleList[a];
        for (int k = 0, end = current(a); k < end; k++) {
            if (list[k] == p) {
                return true;
            }
        }
        return false;
    }

    /** Whether couple {@code c} blocks with a pair above its current one that names {@code p} for partner {@code side}. */
    boolean coupleBlocksAt(int c, int side, int p) {
        int[] programs = m.pairProgram[side][c];
        for (int k = 0, end = current(m.singles + c); k < end; k++) {
            if (programs[k] == p && coupleBlocks(c, k)) {
                return true;
            }
        }
        return false;
    }

    private int current(int proposer) {
        int k = state.choice[proposer];
        return k == Market.NONE ? m.listLength(proposer) : k;
    }

    private boolean coupleBlocks(int c, int k) {
        int a0 = m.partner(c, 0);
        int a1 = m.partner(c, 1);
        int p0 = m.pairProgram[0][c][k];
        int p1 = m.pairProgram[1][c][k];
        int r0 = m.pairRank[0][c][k];
        int r1 = m.pairRank[1][c][k];
        if ((p0 != Market.NONE && r0 == Market.NOT_RANKED) || (p1 != Market.NONE && r1 == Market.NOT_RANKED)) {
            return false;
        }
        return state.holds.pairAdmits(p0, r0, p1, r1, a0, a1);
    }
}
