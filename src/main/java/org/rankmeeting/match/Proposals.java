package org.rankmeeting.match;

import java.util.Arrays;

/**
 * The proposing itself: a FIFO queue of proposers (singles and couples) who are not held anywhere, each
 * working down its own list from where it stopped. Proposers are numbered as in
 * {@link Market#listLength(int)}.
 *
 * <p>A single applies to its next program; the program holds it if it has a free slot or holds someone
 * it ranks lower, whom it then lets go. A couple applies to its next pair; the pair is taken only if
 * every named program would hold the respective partner (a pair naming one program twice needs room
 * for both), otherwise the couple moves on. Whoever is let go re-enters the queue at the back; when a
 * couple partner is let go, the couple withdraws the other partner from its program too (leaving that
 * slot free) and re-enters to continue from its next pair. A couple sent back by a repair round still
 * holds its seats while it proposes; a partner whose program the pair it takes names again keeps that seat.
 */
final class Proposals {

    private final Market m;
    final Holds holds;
    /** Per proposer: the next list position to try. */
    private final int[] next;
    /** Per proposer: the list position it is held on, or {@link Market#NONE}. */
    final int[] choice;
    private final boolean[] queued;
    private final int[] queue;
    private int head;
    private int tail;
    private long proposals;

    Proposals(Market m) {
        this.m = m;
        holds = new Holds(m.quota, m.applicants());
        next = new int[m.proposers()];
        choice = new int[m.proposers()];
        Arrays.fill(choice, Market.NONE);
        queued = new boolean[m.proposers()];
        queue = new int[m.proposers() + 1];
    }

    long proposals() {
        return proposals;
    }

    void enqueue(int proposer) {
        if (!queued[proposer]) {
            queued[proposer] = true;
            queue[tail] = proposer;
            tail = (tail + 1) % queue.length;
        }
    }

    /** Lets every queued proposer (and everyone they push out) propose until nobody is waiting. */
    void drain() {
        while (head != tail) {
            int who = queue[head];
            head = (head + 1) % queue.length;
            queued[who] = false;
            if (who < m.singles) {
                proposeSingle(who);
            } else {
                proposeCouple(who - m.singles);
            }
        }
    }

    /**
     * Makes a proposer propose again from list position {@code k}. A single gives up its program first; a
     * couple keeps its seats until it takes a pair (a partner whose program the new pair names again keeps
     * that seat) or runs out of pairs.
     */
    void restartAt(int proposer, int k) {
        if (proposer < m.singles) {
            holds.remove(proposer);
        }
        choice[proposer] = Market.NONE;
        next[proposer] = k;
        enqueue(proposer);
    }

    private void proposeSingle(int a) {
        int[] list = m.singleList[a];
        int[] rank = m.singleRank[a];
        while (next[a] < list.length) {
            int k = next[a]++;
            proposals++;
            if (rank[k] != Market.NOT_RANKED && holds.admits(list[k], rank[k])) {
                choice[a] = k;
                letGo(holds.add(list[k], a, rank[k]));
                return;
            }
        }
        choice[a] = Market.NONE;
    }

    private void proposeCouple(int c) {
        int who = m.singles + c;
        int a0 = m.partner(c, 0);
        int a1 = m.partner(c, 1);
        int[] p0 = m.pairProgram[0][c];
        int[] p1 = m.pairProgram[1][c];
        int[] r0 = m.pairRank[0][c];
        int[] r1 = m.pairRank[1][c];
        while (next[who] < p0.length) {
            int k = next[who]++;
            proposals++;
            if (!acceptable(p0[k], r0[k]) || !acceptable(p1[k], r1[k])) {
                continue;
            }
            if (holds.pairAdmits(p0[k], r0[k], p1[k], r1[k], a0, a1)) {
                choice[who] = k;
                take(c, k);
                return;
            }
        }
        holds.remove(a0);
        holds.remove(a1);
        choice[who] = Market.NONE;
    }

    /**
     * Holds the couple on pair {@code k}: a partner already at the program the pair names for them stays;
     * any other seat the couple held is given up first.
     */
    private void take(int c, int k) {
        int[] p = {m.pairProgram[0][c][k], m.pairProgram[1][c][k]};
        int[] r = {m.pairRank[0][c][k], m.pairRank[1][c][k]};
        int[] a = {m.partner(c, 0), m.partner(c, 1)};
        boolean[] keeps = new boolean[2];
        for (int side = 0; side < 2; side++) {
            keeps[side] = p[side] != Market.NONE && holds.programOf(a[side]) == p[side];
            if (!keeps[side]) {
                holds.remove(a[side]);
            }
        }
        if (p[0] != Market.NONE && p[0] == p[1] && keeps[0] != keeps[1]) {
            // One partner stays and the other joins: the joiner takes the stayer's seat for a moment, then the
            // stayer is held again, letting go of the least wanted other holder if the program is full.
            int stays = keeps[0] ? 0 : 1;
            holds.remove(a[stays]);
            holds.add(p[0], a[1 - stays], r[1 - stays]);
            letGo(holds.addKept(p[0], a[stays], r[stays]));
            return;
        }
        // The better-ranked partner goes in first, so adding the second can never push out the first.
        boolean firstFirst = p[1] == Market.NONE || p[0] != p[1] || r[0] < r[1];
        for (int side : firstFirst ? new int[] {0, 1} : new int[] {1, 0}) {
            if (!keeps[side]) {
                hold(side, c, k);
            }
        }
    }

    private void hold(int side, int c, int k) {
        int p = m.pairProgram[side][c][k];
        if (p != Market.NONE) {
            letGo(holds.add(p, m.partner(c, side), m.pairRank[side][c][k]));
        }
    }

    /** Both sides of a pair must be "no match" or a program that ranks the partner. */
    private static boolean acceptable(int program, int rank) {
        return program == Market.NONE || rank != Market.NOT_RANKED;
    }

    /** An applicant a program let go: a single re-enters; a couple withdraws its other partner and re-enters. */
    private void letGo(int a) {
        if (a == Market.NONE) {
            return;
        }
        int c = m.coupleOf(a);
        if (c == Market.NONE) {
            choice[a] = Market.NONE;
            enqueue(a);
            return;
        }
        holds.remove(m.partner(c, 0));
        holds.remove(m.partner(c, 1));
        choice[m.singles + c] = Market.NONE;
        enqueue(m.singles + c);
    }
}
