package org.rankmeeting.match;

import java.util.Arrays;

/**
 * The applicants each program tentatively holds. Per program a max-heap on the program's rank (the
 * least wanted holder on top), all programs sharing two flat arrays; each applicant is held by at most
 * one program, so one position index per applicant lets a withdrawal remove it in O(log quota).
 */
final class Holds {

    private final int[] quota;
    private final int[] start;
    private final int[] size;
    private final int[] heapApplicant;
    private final int[] heapRank;
    private final int[] slotOf;
    private final int[] programOf;

    Holds(int[] quota, int applicants) {
        this.quota = quota;
        start = new int[quota.length + 1];
        for (int p = 0; p < quota.length; p++) {
            start[p + 1] = start[p] + quota[p];
        }
        size = new int[quota.length];
        heapApplicant = new int[start[quota.length]];
        heapRank = new int[start[quota.length]];
        slotOf = new int[applicants];
        programOf = new int[applicants];
        Arrays.fill(slotOf, -1);
        Arrays.fill(programOf, Market.NONE);
    }

    /** The program holding applicant {@code a}, or {@link Market#NONE}. */
    int programOf(int a) {
        return programOf[a];
    }

    int size(int p) {
        return size[p];
    }

    /** Whether program {@code p} would hold an applicant it ranks {@code rank}: a free slot, or a worse holder. */
    boolean admits(int p, int rank) {
        return size[p] < quota[p] || (size[p] > 0 && heapRank[start[p]] > rank);
    }

    /**
     * How many of {@code p}'s holders, other than {@code skip1} and {@code skip2}, it ranks above {@code rank}.
     * Scans the program's holders.
     */
    int holdersAbove(int p, int rank, int skip1, int skip2) {
        int n = 0;
        for (int i = start[p], end = start[p] + size[p]; i < end; i++) {
            int a = heapApplicant[i];
            if (heapRank[i] < rank && a != skip1 && a != skip2) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@code p} would take {@code need} newcomers (1 or 2) of whom the least wanted has rank
     * {@code rank}, if {@code skip1} and {@code skip2} (the couple's own partners) left it first.
     */
    private boolean admitsIgnoring(int p, int rank, int need, int skip1, int skip2) {
        int mine = (programOf[skip1] == p ? 1 : 0) + (programOf[skip2] == p ? 1 : 0);
        if (size[p] - mine + need <= quota[p]) {
            return true;
        }
        if (need == 1 && mine == 0) {
            return admits(p, rank);
        }
        return holdersAbove(p, rank, skip1, skip2) + need <= quota[p];
    }

    /**
     * Whether couple partners {@code a0} and {@code a1} could take the pair ({@code p0}, {@code p1}) now, their
     * ranks there being {@code r0} and {@code r1} ({@link Market#NONE}: "no match" side). A partner already held
     * at the program the pair names for them keeps that seat; a seat the other partner holds now counts as
     * given up. A pair naming one program twice needs room for both, or for the one not yet there.
     */
    boolean pairAdmits(int p0, int r0, int p1, int r1, int a0, int a1) {
        if (p0 != Market.NONE && p0 == p1) {
            boolean keeps0 = programOf[a0] == p0;
            boolean keeps1 = programOf[a1] == p0;
            if (keeps0 && keeps1) {
                return true;
            }
            if (keeps0 || keeps1) {
                return admitsBesideKept(p0, keeps0 ? r1 : r0, a0, a1);
            }
            return admitsIgnoring(p0, Math.max(r0, r1), 2, a0, a1);
        }
        return sideAdmits(p0, r0, a0, a0, a1) && sideAdmits(p1, r1, a1, a0, a1);
    }

    private boolean sideAdmits(int p, int rank, int partner, int a0, int a1) {
        return p == Market.NONE || programOf[partner] == p || admitsIgnoring(p, rank, 1, a0, a1);
    }

    /**
     * Whether {@code p}, which holds one partner of ({@code a0}, {@code a1}) who keeps the seat, would take the
     * other, whom it ranks {@code rank}: a free position, or at most {@code positions - 2} other holders above.
     */
    private boolean admitsBesideKept(int p, int rank, int a0, int a1) {
        return size[p] + 1 <= quota[p] || holdersAbove(p, rank, a0, a1) + 2 <= quota[p];
    }

    /**
     * Holds {@code a} at {@code p} even if {@code p} ranks everyone it holds above {@code a} (a partner who keeps
     * the seat while the other joins): when full, the least wanted holder is let go. Returns that applicant,
     * or {@link Market#NONE}.
     */
    int addKept(int p, int a, int rank) {
        int out = Market.NONE;
        if (size[p] == quota[p]) {
            out = heapApplicant[start[p]];
            remove(out);
        }
        add(p, a, rank);
        return out;
    }

    /** Holds {@code a} at {@code p} (caller checked {@link #admits}); returns the applicant pushed out, or {@link Market#NONE}. */
    int add(int p, int a, int rank) {
        programOf[a] = p;
        if (size[p] < quota[p]) {
            int i = start[p] + size[p]++;
            put(i, a, rank);
            siftUp(p, i);
            return Market.NONE;
        }
        int top = start[p];
        int out = heapApplicant[top];
        slotOf[out] = -1;
        programOf[out] = Market.NONE;
        put(top, a, rank);
        siftDown(p, top);
        return out;
    }

    /** Takes {@code a} off whatever program holds it (a withdrawal), leaving that slot free. */
    void remove(int a) {
        int p = programOf[a];
        if (p == Market.NONE) {
            return;
        }
        int i = slotOf[a];
        int last = start[p] + --size[p];
        slotOf[a] = -1;
        programOf[a] = Market.NONE;
        if (i != last) {
            int moved = heapApplicant[last];
            put(i, moved, heapRank[last]);
            siftUp(p, i);
            siftDown(p, slotOf[moved]);
        }
    }

    /** The applicants {@code p} holds, most wanted first. */
    int[] holders(int p) {
        long[] keyed = new long[size[p]];
        for (int i = 0; i < size[p]; i++) {
            keyed[i] = ((long) heapRank[start[p] + i] << 32) | heapApplicant[start[p] + i];
        }
        Arrays.sort(keyed);
        int[] out = new int[keyed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keyed[i];
        }
        return out;
    }

    private void put(int i, int a, int rank) {
        heapApplicant[i] = a;
        heapRank[i] = rank;
        slotOf[a] = i;
    }

    private void siftUp(int p, int i) {
        int base = start[p];
        while (i > base) {
            int parent = base + (i - base - 1) / 2;
            if (heapRank[parent] >= heapRank[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int p, int i) {
        int base = start[p];
        int end = base + size[p];
        while (true) {
            int left = base + 2 * (i - base) + 1;
            if (left >= end) {
                return;
            }
            int child = left + 1 < end && heapRank[left + 1] > heapRank[left] ? left + 1 : left;
            if (heapRank[i] >= heapRank[child]) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int i, int j) {
        int a = heapApplicant[i];
        int r = heapRank[i];
        put(i, heapApplicant[j], heapRank[j]);
        put(j, a, r);
    }
}
