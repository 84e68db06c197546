package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
 *     position becomes free) and continues from its next pair. Anyone the couple pushes out re-enters.</li>
 * <li><b>Re-processing, one chain at a time</b> (Roth–Peranson; {@link Reprocessing#CHAINS}, the default).
 *     From the first couple on, whoever waits is kept on a stack: the applicant or couple displaced last
 *     proposes next, so each chain of displacements is followed to its end before the next one starts.
 *     Every position left empty without being filled (a couple's withdrawal, a couple moving to another
 *     pair, a single taken back on) is remembered. When the stack is empty, the lowest-numbered program with
 *     such a position is looked at: among the applicants and couples not held there who would rather be
 *     there than where they are and whom it would take now, the one it ranks best is taken back on and
 *     applies again from the most preferred entry on its list that blocks (a couple keeps its seats until it
 *     takes a pair); a program with nobody like that is forgotten. This repeats until nobody waits and no
 *     program is left to look at. The state between two chains (every proposer's choice and the programs
 *     left to look at) decides what follows, so meeting it again means a loop: the n-th return re-enters
 *     that program's (n+1)-th best blocker instead; when it has no further one, or after 20 re-entries per
 *     proposer, the re-processing stops there, forgets the programs left, and the repair rounds (rule 4)
 *     take over. With {@link Reprocessing#REPAIR_ROUNDS} waiting proposers stay a FIFO queue, positions left
 *     empty are not looked at, and only the repair rounds catch what a withdrawal left blocking.</li>
 * <li><b>Repair rounds.</b> A couple's withdrawal can free a position that an applicant was refused
 *     earlier, so the outcome may not be stable. After the last couple's chains are settled the matcher looks for blocking
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
 *     why it stopped. Work is bounded: between two re-entries pointers only move down the lists, so a chain
 *     makes at most as many applications as there are list entries; one settling of chains re-enters at
 *     most 20 per proposer (plus 1,000); and there are at most {@code maxRepairRounds + 1} passes (one per
 *     couple entering, then one per round), each round followed by one scan of all lists for blocking
 *     pairs.</li>
 * </ol>
 * <p>The smallest market with no stable matching: a couple wants only (h1 for its first partner, h2 for
 * its second); a single prefers h1 to h2; h1 ranks the first partner above the single, h2 ranks the
 * single above the second partner; one position each. Whoever holds what, someone blocks: the couple
 * at (h1, h2) leaves the single and h2 blocking; the single at h1 leaves the couple blocking; the single
 * at h2 leaves h1 empty, which the single prefers. The re-processing goes round (the single and the couple
 * taking turns at h1), stops on the loop, and the matcher reports the single at h1 with the couple as the one
 * blocking pair; with the repair rounds only it reports the single at h2 ({@code CouplesTest} checks both and
 * that no stable matching exists, by brute force).
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

    /** How applicants displaced once the couples enter are processed again. */
    public enum Reprocessing {
        /** Roth–Peranson: a stack, one chain at a time, positions that come free offered again at once (rule 3). */
        CHAINS,
        /** The earlier way: a FIFO queue, and only the repair rounds after all couples have entered. */
        REPAIR_ROUNDS
    }

    private final int maxRepairRounds;
    private final Reprocessing reprocessing;

    public DeferredAcceptance() {
        this(DEFAULT_MAX_REPAIR_ROUNDS);
    }

    public DeferredAcceptance(int maxRepairRounds) {
        this(maxRepairRounds, Reprocessing.CHAINS);
    }

    public DeferredAcceptance(int maxRepairRounds, Reprocessing reprocessing) {
        if (maxRepairRounds < 0) {
            throw new IllegalArgumentException("maxRepairRounds must be 0 or more, got " + maxRepairRounds);
        }
        this.maxRepairRounds = maxRepairRounds;
        this.reprocessing = reprocessing;
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
        return run(input, timer, null);
    }

    /**
     * Runs the Match and hands every step to {@code steps} as it happens (see {@link TraceStep}): each
     * application and its outcome, bumps, couples' withdrawals, applicants left with nothing, repair rounds.
     * The result is the same as {@link #run(MatchInput)}'s.
     */
    public MatchResult trace(MatchInput input, Consumer<TraceStep> steps) {
        return run(input, (name, nanos) -> { }, steps);
    }

    private MatchResult run(MatchInput input, PhaseTimer timer, Consumer<TraceStep> steps) {
        long t0 = System.nanoTime();
        Market m = Market.of(input);
        long t1 = System.nanoTime();
        timer.phase("index", t1 - t0);

        Proposals state = new Proposals(m);
        if (steps != null) {
            state.trace = new Tracer(m, state.holds, steps);
        }
        for (int a = 0; a < m.singles; a++) {
            state.enqueue(a);
        }
        state.drain();
        if (reprocessing == Reprocessing.CHAINS) {
            state.reprocessChains();
        }
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
                repair.termination(), repair.reportedBlockingPairs(), state.reentries(), state.chainStops());
        MatchResult result = new MatchResult(placements, built.unmatched(), built.programs(), couples,
                report.stable(), report.blockingPairs(), notes, stats);
        timer.phase("check", System.nanoTime() - t3);
        return result;
    }
}
