package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repair rounds after the couples have entered (see {@link DeferredAcceptance}): re-enter whoever
 * blocks, first all at once and, once that repeats an assignment, one at a time (the n-th visit to an
 * assignment re-enters its n-th blocker); stop when stable, when an assignment has come back once per
 * blocker, or at the round limit. Keeps the assignment with the fewest blocking pairs seen.
 */
final class Repair {

    private final Market m;
    private final Proposals state;
    private final int maxRounds;
    private final EngineBlocking blocking;
    private final Seen seenAll = new Seen();
    private final Seen seenOne = new Seen();
    private boolean oneAtATime;
    private int switchedAt = -1;
    private int rounds;
    private int[] best;
    private int bestCount = Integer.MAX_VALUE;
    private int firstCount = -1;
    private MatchResult.Termination termination;

    Repair(Market m, Proposals state, int maxRounds) {
        this.m = m;
        this.state = state;
        this.maxRounds = maxRounds;
        this.blocking = new EngineBlocking(m, state);
    }

    void run() {
        int[] target = new int[m.proposers()];
        while (true) {
            int count = blocking.scan(target);
            if (firstCount < 0) {
                firstCount = count;
            }
            int[] snapshot = state.choice.clone();
            if (count < bestCount) {
                best = snapshot;
                bestCount = count;
            }
            if (count == 0) {
                termination = MatchResult.Termination.STABLE;
                return;
            }
            int pick = 0;
            if (!oneAtATime && !seenAll.add(snapshot)) {
                oneAtATime = true;
                switchedAt = rounds;
            }
            if (oneAtATime) {
                // The n-th visit to an assignment re-enters its n-th blocker (in proposer order), so a loop
                // through the first blocker is left by trying the next; when every blocker of an assignment
                // has been tried from it, the process would only repeat itself.
                pick = seenOne.visit(snapshot);
                if (pick == blockers(target)) {
                    termination = MatchResult.Termination.CYCLE;
                    return;
                }
            }
            if (rounds == maxRounds) {
                termination = MatchResult.Termination.ROUND_LIMIT;
                return;
            }
            rounds++;
            int seen = 0;
            for (int proposer = 0; proposer < target.length; proposer++) {
                if (target[proposer] != Market.NONE && (!oneAtATime || seen++ == pick)) {
                    state.restartAt(proposer, target[proposer]);
                }
            }
            state.drain();
        }
    }

    /** Per proposer, the list position of the reported assignment ({@link Market#NONE}: unmatched). */
    int[] reported() {
        return best;
    }

    int reportedBlockingPairs() {
        return bestCount;
    }

    int rounds() {
        return rounds;
    }

    MatchResult.Termination termination() {
        return termination;
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (rounds == 0 && termination == MatchResult.Termination.STABLE) {
            return notes;
        }
        String start = "after the couples, " + firstCount + " blocking pair(s) remained";
        String switched = switchedAt < 0 ? "" : " (one blocker at a time from round " + (switchedAt + 1) + ")";
        String reported = "the assignment with the fewest blocking pairs seen (" + bestCount + ") is reported";
        switch (termination) {
            case STABLE -> notes.add(start + "; " + rounds + " repair round(s)" + switched
                    + " re-entered those applicants and reached a stable matching");
            case CYCLE -> notes.add(start + "; after " + rounds + " repair round(s)" + switched + " an assignment came back, "
                    + "so the process would cycle: no stable matching was reached, and " + reported);
            case ROUND_LIMIT -> notes.add(start + "; the limit of " + maxRounds + " repair round(s)" + switched
                    + " was reached without a stable matching, and " + reported);
        }
        return notes;
    }

    private static int blockers(int[] target) {
        int n = 0;
        for (int t : target) {
            n += t != Market.NONE ? 1 : 0;
        }
        return n;
    }

    /** Assignments already seen and how often, compared exactly (the hash only picks the bucket). */
    private static final class Seen {
        private final Map<Integer, List<int[]>> byHash = new HashMap<>();
        private final Map<int[], Integer> visits = new IdentityHashMap<>();

        /** Whether {@code snapshot} is new (and now recorded). */
        boolean add(int[] snapshot) {
            int before = visit(snapshot);
            return before == 0;
        }

        /** How many times {@code snapshot} was seen before this visit, which is recorded. */
        int visit(int[] snapshot) {
            List<int[]> same = byHash.computeIfAbsent(Arrays.hashCode(snapshot), h -> new ArrayList<>());
            for (int[] earlier : same) {
                if (Arrays.equals(earlier, snapshot)) {
                    return visits.merge(earlier, 1, Integer::sum) - 1;
                }
            }
            same.add(snapshot);
            visits.put(snapshot, 1);
            return 0;
        }
    }
}
