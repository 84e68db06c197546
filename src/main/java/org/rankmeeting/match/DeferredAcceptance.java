package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Match: applicant-proposing deferred acceptance with couples, modelled on the Roth–Peranson
 * design the NRMP uses (singles first, then couples, re-entering whoever a withdrawal leaves blocking).
 * The rules below are exactly what this implementation does; the repair rounds are its own way of
 * re-entering blockers and need not follow the NRMP's production code step for step.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li><b>Singles.</b> Every single applicant, in input order, applies to the programs on its list from
 *     the top. A program tentatively holds the applicants it ranks best, up to its positions; it never
 *     holds anyone it did not rank. When a better-ranked applicant applies to a full program, the program
 *     lets go of the least wanted applicant it holds, who applies to the next program on its own list.
 *     Waiting applicants are served first come, first served (a FIFO queue).</li>
 * <li><b>Couples</b>, after all singles, one at a time in input order (each couple's displacements are
 *     settled before the next enters). A couple applies to the pairs on its list in order. A pair is
 *     taken only if every program it names would hold the respective partner right now; a pair naming
 *     the same program twice needs room for both partners; a "no match" side needs nothing. When a
 *     program later lets go of one partner, the couple withdraws the other from its program too (that
 *     position becomes free) and continues from its next pair. Anyone the couple pushes out re-enters
 *     the queue.</li>
 * <li><b>Repair rounds.</b> A couple's withdrawal can free a position that an applicant was refused
 *     earlier, so the outcome may not be stable. After the queue empties the matcher looks for blocking
 *     pairs (defined in {@link Stability}); if there are any, every applicant or couple in one goes back
 *     to the most preferred entry on its list that blocks, giving up what it holds, and the queue runs
 *     again. A re-entering couple keeps its seats until it takes a pair: a partner whose program the new
 *     pair names again stays there (also when the pair names that program for both partners). If a round
 *     brings back an assignment seen before, the matcher switches to re-entering one blocking applicant
 *     or couple per round (singles before couples, input order): the first on the first visit to an
 *     assignment, the second when that assignment comes back, and so on, so a loop through one blocker
 *     is left by trying the next. With singles only there is never a repair round, and the outcome is
 *     the applicant-optimal stable matching.</li>
 * <li><b>When no stable matching exists</b> (possible with couples) the repair rounds cycle. The
 *     matcher stops when an assignment comes back after each of its blockers has been re-entered from it
 *     (from there it would loop forever) or after {@code maxRepairRounds} rounds (default {@value #DEFAULT_MAX_REPAIR_ROUNDS}). It then
 *     reports the assignment with the fewest blocking pairs it saw (the earliest among equals), with
 *     {@link MatchResult#stable()} false, the blocking pairs found by {@link Stability}, and a note saying
 *     why it stopped. Work is bounded: within one pass pointers only move down the lists, so a pass makes
 *     at most as many applications as there are list entries, and there are at most
 *     {@code maxRepairRounds + 1} passes, each followed by one scan of all lists for blocking pairs.</li>
 * </ol>
 * <p>The smallest market with no stable matching: a couple wants only (h1 for its first partner, h2 for
 * its second); a single prefers h1 to h2; h1 ranks the first partner above the single, h2 ranks the
 * single above the second partner; one position each. Whoever holds what, someone blocks: the couple
 * at (h1, h2) leaves the single and h2 blocking; the single at h1 leaves the couple blocking; the single
 * at h2 leaves h1 empty, which the single prefers. The matcher reports the single at h2 with that one
 * blocking pair ({@code CouplesTest} checks this by brute force).
 *
 * <p>The same input gives the same result: the order is fixed by the input lists, and nothing depends on
 * the iteration order of a hash map.
 */
public final class DeferredAcceptance {

    public static final int DEFAULT_MAX_REPAIR_ROUNDS = 50;

    /** Receives how long each phase took (not part of the result, which must not depend on timing). */
    @FunctionalInterface
    public interface PhaseTimer {
        void phase(String name, long nanos);
    }

    private final int maxRepairRounds;

    public DeferredAcceptance() {
        this(DEFAULT_MAX_REPAIR_ROUNDS);
    }

    public DeferredAcceptance(int maxRepairRounds) {
        if (maxRepairRounds < 0) {
            throw new IllegalArgumentException("maxRepairRounds must be 0 or more, got " + maxRepairRounds);
        }
        this.maxRepairRounds = maxRepairRounds;
    }

    /**
     * Runs the Match.
     *
     * @throws org.rankmeeting.BadInputException listing every problem when the input is invalid
     */
    public MatchResult run(MatchInput input) {
        return run(input, (name, nanos) -> { });
    }

    /** Runs the Match, reporting phase times ("index", "propose", "repair", "check") to {@code timer}. */
    public MatchResult run(MatchInput input, PhaseTimer timer) {
        long t0 = System.nanoTime();
        Market m = Market.of(input);
        long t1 = System.nanoTime();
        timer.phase("index", t1 - t0);

        Proposals state = new Proposals(m);
        for (int a = 0; a < m.singles; a++) {
            state.enqueue(a);
        }
        state.drain();
        for (int c = 0; c < m.couples(); c++) {
            state.enqueue(m.singles + c);
            state.drain();
        }
        long t2 = System.nanoTime();
        timer.phase("propose", t2 - t1);

        Repair repair = new Repair(m, state, maxRepairRounds);
        repair.run();
        long t3 = System.nanoTime();
        timer.phase("repair", t3 - t2);

        ResultBuilder built = new ResultBuilder(m, repair.reported());
        List<MatchResult.Placement> placements = built.placements();
        Map<String, String> assignment = new HashMap<>();
        placements.forEach(p -> assignment.put(p.applicant(), p.program()));
        Stability.Report report = Stability.check(input, m.indexed, assignment);
        List<MatchResult.CoupleOutcome> couples = built.couples();
        List<String> notes = new ArrayList<>(ResultBuilder.coupleNotes(couples));
        notes.addAll(repair.notes());
        MatchResult.MatchStats stats = new MatchResult.MatchStats(state.proposals(), repair.rounds(),
                repair.termination(), repair.reportedBlockingPairs());
        MatchResult result = new MatchResult(placements, built.unmatched(), built.programs(), couples,
                report.stable(), report.blockingPairs(), notes, stats);
        timer.phase("check", System.nanoTime() - t3);
        return result;
    }
}
