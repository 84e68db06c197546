package org.rankmeeting.match;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

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
 *
 * <p>With {@link #reprocessChains()} switched on (the couples' phase, see {@link DeferredAcceptance}), waiting
 * proposers are a stack instead (the last one displaced proposes next, so one chain of displacements is followed
 * to its end before the next), and every position left empty by a withdrawal or a move is remembered: when the
 * stack is empty, the program with such a position is looked at, and the applicant or couple it ranks best among
 * those who would now rather be there is re-entered from its most preferred blocking choice.
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
    /** Receives every step when a trace was asked for; {@code null} otherwise. */
    Tracer trace;
    /** Roth–Peranson re-processing: a stack of proposers, and programs whose positions came free. */
    private boolean chains;
    private final int[] stack;
    private int top;
    private final BitSet vacated = new BitSet();
    /** A hash of {@link #choice} and {@link #vacated}, kept up to date, so a repeated state is cheap to suspect. */
    private long stateHash;
    private final EngineBlocking blocking;
    private long reentries;
    private int chainStops;

    Proposals(Market m) {
        this.m = m;
        holds = new Holds(m.quota, m.applicants());
        next = new int[m.proposers()];
        choice = new int[m.proposers()];
        Arrays.fill(choice, Market.NONE);
        queued = new boolean[m.proposers()];
        queue = new int[m.proposers() + 1];
        stack = new int[m.proposers()];
        for (int p = 0; p < choice.length; p++) {
            stateHash += mix(p, Market.NONE);
        }
        blocking = new EngineBlocking(m, this);
    }

    /** From now on, proposers wait on a stack and positions left empty are offered again (see the class comment). */
    void reprocessChains() {
        chains = true;
    }

    /** How many applicants or couples were re-entered because a position came free. */
    long reentries() {
        return reentries;
    }

    /** How many times the re-processing stopped because it came back to a state it had been in (or ran too long). */
    int chainStops() {
        return chainStops;
    }

    private void setChoice(int proposer, int k) {
        stateHash += mix(proposer, k) - mix(proposer, choice[proposer]);
        choice[proposer] = k;
    }

    /** Takes {@code a} off its program; with re-processing on, that program has a position free again. */
    private void withdraw(int a) {
        int p = holds.programOf(a);
        if (p == Market.NONE) {
            return;
        }
        holds.remove(a);
        if (chains && !vacated.get(p)) {
            vacated.set(p);
            stateHash += mix(-1 - p, 0);
        }
    }

    private void settled(int p) {
        vacated.clear(p);
        stateHash -= mix(-1 - p, 0);
    }

    private static long mix(int who, int k) {
        long z = ((long) who << 32) ^ (k & 0xffffffffL);
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long proposals() {
        return proposals;
    }

    void enqueue(int proposer) {
        if (!queued[proposer]) {
            queued[proposer] = true;
            if (chains) {
                stack[top++] = proposer;
            } else {
                queue[tail] = proposer;
                tail = (tail + 1) % queue.length;
            }
        }
    }

    /** Lets every queued proposer (and everyone they push out) propose until nobody is waiting. */
    void drain() {
        if (chains) {
            drainChains();
            return;
        }
        while (head != tail) {
            int who = queue[head];
            head = (head + 1) % queue.length;
            queued[who] = false;
            propose(who);
        }
    }

    private void propose(int who) {
        if (who < m.singles) {
            proposeSingle(who);
        } else {
            proposeCouple(who - m.singles);
        }
    }

    /**
     * The re-processing: pop and propose until the stack is empty; then take the lowest-numbered program with a
     * position that came free and re-enter the proposer it ranks best among those who now block with it (or
     * forget the program when nobody does); repeat until no proposer waits and no program is left to look at.
     * The state between chains (every proposer's choice and the programs left to look at) decides what follows,
     * so a state met again means a loop. The n-th return to a state re-enters the program's (n+1)-th best
     * blocker instead, so a loop through one blocker is left by trying the next; when the program has no
     * further blocker, or after {@link #maxReentries()} re-entries, the re-processing stops, forgets the
     * programs left and leaves the rest to the repair rounds. States are recognised by a 64-bit hash: a
     * collision could only change which blocker is tried, and the result is checked on its own anyway.
     */
    private void drainChains() {
        Map<Long, Integer> visits = new HashMap<>();
        long reentered = 0;
        long limit = maxReentries();
        while (true) {
            while (top > 0) {
                int who = stack[--top];
                queued[who] = false;
                propose(who);
            }
            int p = vacated.nextSetBit(0);
            if (p < 0) {
                return;
            }
            int skip = visits.merge(stateHash, 1, Integer::sum) - 1;
            int who = blockerAt(p, skip);
            if (who == Market.NONE && skip == 0) {
                settled(p);
                continue;
            }
            if (who == Market.NONE || reentered == limit) {
                chainStops++;
                if (trace != null) {
                    trace.chainStop(who == Market.NONE, reentered);
                }
                for (int q = p; q >= 0; q = vacated.nextSetBit(q + 1)) {
                    settled(q);
                }
                return;
            }
            int k = blocking.firstBlocking(who);
            reentered++;
            reentries++;
            if (trace != null) {
                trace.reenter(p, who, k, skip);
            }
            restartAt(who, k);
        }
    }

    /** A bound on re-entries in one run of {@link #drainChains()}, so a very long walk that never repeats ends too. */
    private long maxReentries() {
        return 20L * m.proposers() + 1000;
    }

    /**
     * The proposer whose applicant program {@code p} ranks ({@code skip} + 1)-th best among those not held
     * there who would rather be at {@code p} (a single: {@code p} above its current choice; a couple: a pair
     * naming {@code p} for that partner above its current pair) and whom {@code p} would take now; or
     * {@link Market#NONE}.
     */
    private int blockerAt(int p, int skip) {
        int[] list = m.programList[p];
        int seen = 0;
        for (int r = 0; r < list.length; r++) {
            int a = list[r];
            if (holds.programOf(a) == p) {
                continue;
            }
            int c = m.coupleOf(a);
            if ((c == Market.NONE ? blocking.singleBlocksAt(a, p, r) : blocking.coupleBlocksAt(c, a - m.partner(c, 0), p))
                    && seen++ == skip) {
                return c == Market.NONE ? a : m.singles + c;
            }
        }
        return Market.NONE;
    }

    /**
     * Makes a proposer propose again from list position {@code k}. A single gives up its program first; a
     * couple keeps its seats until it takes a pair (a partner whose program the new pair names again keeps
     * that seat) or runs out of pairs.
     */
    void restartAt(int proposer, int k) {
        if (proposer < m.singles) {
            withdraw(proposer);
        }
        setChoice(proposer, Market.NONE);
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
                setChoice(a, k);
                int out = holds.add(list[k], a, rank[k]);
                if (trace != null) {
                    trace.held(a, k, rank[k], out);
                }
                letGo(out);
                return;
            }
            if (trace != null) {
                trace.refused(a, k, rank[k]);
            }
        }
        setChoice(a, Market.NONE);
        if (trace != null) {
            trace.exhausted(a);
        }
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
            if (acceptable(p0[k], r0[k]) && acceptable(p1[k], r1[k]) && holds.pairAdmits(p0[k], r0[k], p1[k], r1[k], a0, a1)) {
                setChoice(who, k);
                if (trace != null) {
                    trace.beginPair();
                }
                take(c, k);
                if (trace != null) {
                    trace.pair(c, k, true);
                }
                return;
            }
            if (trace != null) {
                trace.pair(c, k, false);
            }
        }
        withdraw(a0);
        withdraw(a1);
        setChoice(who, Market.NONE);
        if (trace != null) {
            trace.exhausted(who);
        }
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
                withdraw(a[side]);
            }
        }
        if (p[0] != Market.NONE && p[0] == p[1] && keeps[0] != keeps[1]) {
            // One partner stays and the other joins: the joiner takes the stayer's seat for a moment, then the
            // stayer is held again, letting go of the least wanted other holder if the program is full.
            int stays = keeps[0] ? 0 : 1;
            holds.remove(a[stays]);
            holds.add(p[0], a[1 - stays], r[1 - stays]);
            letGo(c, p[0], holds.addKept(p[0], a[stays], r[stays]));
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
            letGo(c, p, holds.add(p, m.partner(c, side), m.pairRank[side][c][k]));
        }
    }

    /** Both sides of a pair must be "no match" or a program that ranks the partner. */
    private static boolean acceptable(int program, int rank) {
        return program == Market.NONE || rank != Market.NOT_RANKED;
    }

    /** {@link #letGo(int)} for an applicant program {@code p} let go to place a partner of couple {@code c}. */
    private void letGo(int c, int p, int a) {
        if (trace != null && a != Market.NONE) {
            trace.bumpedByCouple(c, p, a);
        }
        letGo(a);
    }

    /** An applicant a program let go: a single re-enters; a couple withdraws its other partner and re-enters. */
    private void letGo(int a) {
        if (a == Market.NONE) {
            return;
        }
        int c = m.coupleOf(a);
        if (c == Market.NONE) {
            setChoice(a, Market.NONE);
            enqueue(a);
            return;
        }
        if (trace != null) {
            int other = m.partner(c, 0) == a ? m.partner(c, 1) : m.partner(c, 0);
            if (holds.programOf(other) != Market.NONE) {
                trace.withdraw(c, other, holds.programOf(other));
            }
        }
        withdraw(m.partner(c, 0));
        withdraw(m.partner(c, 1));
        setChoice(m.singles + c, Market.NONE);
        enqueue(m.singles + c);
    }
}
