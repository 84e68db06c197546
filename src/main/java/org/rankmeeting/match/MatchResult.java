package org.rankmeeting.match;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of {@link DeferredAcceptance#run}. Every list has a fixed order: placements, unmatched
 * applicants, programs and couples are sorted by id; blocking pairs by who, then choice.
 *
 * @param placements    every matched applicant with the program and the choice number it got
 * @param unmatched     ids of applicants left without a position (couple partners included)
 * @param programs      every program with its positions and the applicants matched to it
 * @param couples       every couple with the pair it got (or none)
 * @param stable        true when the independent {@link Stability} checker found no blocking pair
 * @param blockingPairs what the checker found (empty when stable)
 * @param notes         plain sentences on couples and on how the run ended
 * @param stats         counters of the run itself
 */
public record MatchResult(List<Placement> placements, List<String> unmatched, List<ProgramFill> programs,
                          List<CoupleOutcome> couples, boolean stable, List<BlockingPair> blockingPairs,
                          List<String> notes, MatchStats stats) {

    public MatchResult {
        placements = List.copyOf(placements);
        unmatched = List.copyOf(unmatched);
        programs = List.copyOf(programs);
        couples = List.copyOf(couples);
        blockingPairs = List.copyOf(blockingPairs);
        notes = List.copyOf(notes);
    }

    /**
     * A matched applicant.
     *
     * @param choice 1-based position of the program on the applicant's list; for a couple partner, the
     *               1-based position of the couple's pair
     * @param couple the couple id, or {@code null} for a single applicant
     */
    public record Placement(String applicant, String program, int choice, String couple) {
    }

    /** A program's fill: its positions and the applicants matched to it, in the program's rank order. */
    public record ProgramFill(String program, int positions, List<String> matched) {
        public ProgramFill {
            matched = List.copyOf(matched);
        }

        public int filled() {
            return matched.size();
        }

        public int unfilled() {
            return positions - matched.size();
        }
    }

    /**
     * A couple's outcome: {@code choice} is the 1-based pair number they matched on and {@code pair} that
     * pair (a side of which may be {@code null}: that partner is unmatched by the couple's own choice), or
     * 0 and {@code null} when neither partner matched.
     */
    public record CoupleOutcome(String couple, String first, String second, int choice, ProgramPair pair, int listLength) {
        public boolean matched() {
            return choice > 0;
        }
    }

    /**
     * Counters of the run: applications made (a single to a program, or a couple to a pair), repair
     * rounds, how the process ended, and how many blocking pairs the matcher itself counted in the
     * reported assignment (it should always equal {@code blockingPairs().size()}); with couples, how many
     * applicants or couples the re-processing took back on because a position came free, and how many times
     * it stopped because it came back to a state it had been in.
     */
    public record MatchStats(long proposals, int repairRounds, Termination termination, int engineBlockingPairs,
                             long reentries, int chainStops) {
    }

    /** How the matching process ended. */
    public enum Termination {
        /** No blocking pair remained. */
        STABLE,
        /** The repair rounds came back to an assignment seen before. */
        CYCLE,
        /** The repair rounds hit their limit. */
        ROUND_LIMIT
    }

    /** Applicant id to program id, matched applicants only, sorted by applicant id. */
    public Map<String, String> assignment() {
        Map<String, String> out = new TreeMap<>();
        placements.forEach(p -> out.put(p.applicant(), p.program()));
        return out;
    }

    public Optional<Placement> placement(String applicant) {
        return placements.stream().filter(p -> p.applicant().equals(applicant)).findFirst();
    }

    public Optional<ProgramFill> program(String id) {
        return programs.stream().filter(p -> p.program().equals(id)).findFirst();
    }

    public int unfilledPositions() {
        return programs.stream().mapToInt(ProgramFill::unfilled).sum();
    }
}
