package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks any assignment of applicants to programs against a {@link MatchInput}: first that it is a
 * valid matching, then whether it is stable. Apart from input validation (which also numbers the ids)
 * it shares no code with the matcher: it keeps its own lookups (per program, the ranked applicants
 * sorted by number, for binary search) and its own tests, so it can judge the matcher's output
 * independently.
 *
 * <h2>Valid</h2>
 * Every matched applicant and program rank each other (a couple partner "ranks" a program when the
 * couple's assigned pair names it for them); no program holds more applicants than it has positions;
 * a couple is on a pair from its own list (one side may be "no match"), or both partners are unmatched.
 *
 * <h2>Blocking pairs</h2>
 * <ul>
 * <li><b>Single.</b> Applicant {@code a} and program {@code p} block when {@code a} ranks {@code p}
 *     above its current program (any listed program counts when {@code a} is unmatched), {@code p}
 *     ranks {@code a}, and {@code p} has a free position or holds someone it ranks below {@code a}.</li>
 * <li><b>Couple</b> (the usual pair-based definition, with the couple deviating as one). A couple and
 *     a pair {@code (p1, p2)} on its list block when the couple ranks that pair above the pair it has
 *     (any pair counts when it is unmatched), and every program the pair names would take the partner:
 *     it ranks the partner, and once the couple has left whatever positions it holds now, it has a free
 *     position or holds someone it ranks below that partner. When {@code p1 = p2}, the program must make
 *     room for both: after the couple leaves, at most {@code positions - 2} of its holders rank above the
 *     less wanted partner. A "no match" side needs nothing. A program keeps a partner who already holds
 *     a position there in the same pair, so an improvement for one partner only needs that partner's
 *     program to agree; this holds for a pair naming one program twice too: when one partner already
 *     holds a position there, that seat stays theirs and the program only has to take the other
 *     (at most {@code positions - 2} of its other holders rank above them).</li>
 * </ul>
 * Every blocking (applicant, program) or (couple, pair) combination is reported, not only the best one.
 */
public final class Stability {

    private static final int NONE = -1;

    /** The verdict: problems that make the assignment invalid, or else the blocking pairs (sorted by who, then choice). */
    public record Report(List<String> violations, List<BlockingPair> blockingPairs) {
        public Report {
            violations = List.copyOf(violations);
            blockingPairs = List.copyOf(blockingPairs);
        }

        public boolean valid() {
            return violations.isEmpty();
        }

        public boolean stable() {
            return valid() && blockingPairs.isEmpty();
        }
    }

    private final MatchInput input;
    private final InputCheck.Indexed ix;
    private final int singles;
    /** Per program: (applicant << 32 | rank), sorted, for every applicant on the program's list. */
    private final long[][] ranked;
    private final int[] programOf;
    private final int[] heldCount;
    private final int[] worstHeld;
    private final List<String> violations = new ArrayList<>();

    private Stability(MatchInput input, InputCheck.Indexed ix) {
        this.input = input;
        this.ix = ix;
        singles = input.applicants().size();
        int programs = ix.programIds().length;
        ranked = new long[programs][];
        for (int p = 0; p < programs; p++) {
            int[] list = ix.programLists()[p];
            long[] keys = new long[list.length];
            for (int r = 0; r < list.length; r++) {
                keys[r] = ((long) list[r] << 32) | r;
            }
            Arrays.sort(keys);
            ranked[p] = keys;
        }
        programOf = new int[ix.applicantIds().length];
        Arrays.fill(programOf, NONE);
        heldCount = new int[programs];
        worstHeld = new int[programs];
        Arrays.fill(worstHeld, NONE);
    }

    /**
     * Checks {@code assignment} (applicant id to program id; unmatched applicants absent or mapped to
     * {@code null}) against {@code input}, which is validated first.
     *
     * @throws org.rankmeeting.BadInputException when the input itself is invalid
     */
    public static Report check(MatchInput input, Map<String, String> assignment) {
        return check(input, InputCheck.index(input), assignment);
    }

    /** The same, for an input already validated and numbered. */
    static Report check(MatchInput input, InputCheck.Indexed indexed, Map<String, String> assignment) {
        return new Stability(input, indexed).run(assignment);
    }

    private Report run(Map<String, String> assignment) {
        read(assignment);
        if (!violations.isEmpty()) {
            return new Report(violations, List.of());
        }
        int[] singleChoice = new int[singles];
        for (int a = 0; a < singles; a++) {
            singleChoice[a] = currentSingle(a);
        }
        int[] coupleChoice = new int[input.couples().size()];
        for (int c = 0; c < coupleChoice.length; c++) {
            coupleChoice[c] = currentPair(c);
        }
        for (int p = 0; p < ranked.length; p++) {
            if (heldCount[p] > positions(p)) {
                violations.add("program '" + ix.programIds()[p] + "' holds " + heldCount[p] + " applicants for "
                        + positions(p) + " position(s)");
            }
        }
        if (!violations.isEmpty()) {
            return new Report(violations, List.of());
        }
        List<BlockingPair> blocking = new ArrayList<>();
        for (int a = 0; a < singles; a++) {
            singleBlocks(a, singleChoice[a], blocking);
        }
        for (int c = 0; c < coupleChoice.length; c++) {
            coupleBlocks(c, coupleChoice[c], blocking);
        }
        blocking.sort(Comparator.comparing(BlockingPair::who)
                .thenComparing(b -> b instanceof BlockingPair.Couple)
                .thenComparingInt(BlockingPair::wantedChoice));
        return new Report(violations, blocking);
    }

    /** Turns the id map into {@link #programOf}, reporting unknown ids (in applicant id order). */
    private void read(Map<String, String> assignment) {
        Map<String, Integer> applicantIndex = new HashMap<>(programOf.length * 2);
        for (int a = 0; a < programOf.length; a++) {
            applicantIndex.put(ix.applicantIds()[a], a);
        }
        Map<String, Integer> programIndex = new HashMap<>(ranked.length * 2);
        for (int p = 0; p < ranked.length; p++) {
            programIndex.put(ix.programIds()[p], p);
        }
        Map<String, String> sorted = new TreeMap<>();
        assignment.forEach((applicant, program) -> {
            if (program != null) {
                sorted.put(applicant, program);
            }
        });
        sorted.forEach((applicant, program) -> {
            Integer a = applicantIndex.get(applicant);
            Integer p = programIndex.get(program);
            if (a == null) {
                violations.add("assignment names unknown applicant '" + applicant + "'");
            } else if (p == null) {
                violations.add("applicant '" + applicant + "' is assigned to unknown program '" + program + "'");
            } else {
                programOf[a] = p;
            }
        });
    }

    /** The 0-based position of a single's program on its list (list length when unmatched), after checking it. */
    private int currentSingle(int a) {
        int[] list = ix.singleLists()[a];
        int p = programOf[a];
        if (p == NONE) {
            return list.length;
        }
        hold(p, a);
        for (int k = 0; k < list.length; k++) {
            if (list[k] == p) {
                return k;
            }
        }
        violations.add("applicant '" + ix.applicantIds()[a] + "' is assigned to '" + ix.programIds()[p]
                + "', which is not on their list");
        return list.length;
    }

    /** The 0-based pair a couple holds (list length when both are unmatched), after checking it. */
    private int currentPair(int c) {
        int first = partner(c, 0);
        int second = partner(c, 1);
        int[] firsts = ix.pairs()[0][c];
        int[] seconds = ix.pairs()[1][c];
        if (programOf[first] != NONE) {
            hold(programOf[first], first);
        }
        if (programOf[second] != NONE) {
            hold(programOf[second], second);
        }
        if (programOf[first] == NONE && programOf[second] == NONE) {
            return firsts.length;
        }
        for (int k = 0; k < firsts.length; k++) {
            if (firsts[k] == programOf[first] && seconds[k] == programOf[second]) {
                return k;
            }
        }
        violations.add("couple '" + input.couples().get(c).id() + "' is assigned (" + pairOf(programOf[first], programOf[second])
                + "), which is not on its list");
        return firsts.length;
    }

    private void hold(int p, int a) {
        int r = rank(p, a);
        if (r == NONE) {
            violations.add("applicant '" + ix.applicantIds()[a] + "' is assigned to '" + ix.programIds()[p]
                    + "', which does not rank them");
        }
        heldCount[p]++;
        worstHeld[p] = Math.max(worstHeld[p], r);
    }

    private void singleBlocks(int a, int current, List<BlockingPair> out) {
        int[] list = ix.singleLists()[a];
        for (int k = 0; k < current; k++) {
            int p = list[k];
            int r = rank(p, a);
            if (r == NONE || !(heldCount[p] < positions(p) || worstHeld[p] > r)) {
                continue;
            }
            String id = ix.applicantIds()[a];
            String now = current == list.length ? "being unmatched"
                    : ix.programIds()[list[current]] + " (choice " + (current + 1) + ")";
            out.add(new BlockingPair.Single(id, ix.programIds()[p], k + 1, current == list.length ? 0 : current + 1,
                    id + " prefers " + ix.programIds()[p] + " (choice " + (k + 1) + ") to " + now + "; "
                            + room(p, new int[] {a}, r, NONE, NONE, 0)));
        }
    }

    private void coupleBlocks(int c, int current, List<BlockingPair> out) {
        int a0 = partner(c, 0);
        int a1 = partner(c, 1);
        int[] firsts = ix.pairs()[0][c];
        int[] seconds = ix.pairs()[1][c];
        for (int k = 0; k < current; k++) {
            int p0 = firsts[k];
            int p1 = seconds[k];
            List<String> reasons = new ArrayList<>();
            boolean blocks;
            if (p0 != NONE && p0 == p1) {
                String room = sameProgramTakesBoth(p0, a0, a1);
                blocks = room != null;
                reasons.add(room);
            } else {
                blocks = sideTakes(p0, a0, a0, a1, reasons) && sideTakes(p1, a1, a0, a1, reasons);
            }
            if (blocks) {
                CoupleRanking couple = input.couples().get(c);
                boolean unmatched = current == firsts.length;
                String now = unmatched ? "being unmatched" : "pair " + (current + 1) + " (" + couple.rankList().get(current) + ")";
                out.add(new BlockingPair.Couple(couple.id(), couple.rankList().get(k), k + 1, unmatched ? 0 : current + 1,
                        "couple " + couple.id() + " prefers pair " + (k + 1) + " (" + couple.rankList().get(k) + ") to "
                                + now + "; " + String.join("; ", reasons)));
            }
        }
    }

    /**
     * Whether program {@code p}, named for both partners, would take them both: a partner who already holds a
     * position there keeps it, so the program then only has to make room for the other. Returns why, or
     * {@code null} if it would not.
     */
    private String sameProgramTakesBoth(int p, int a0, int a1) {
        int r0 = rank(p, a0);
        int r1 = rank(p, a1);
        if (r0 == NONE || r1 == NONE) {
            return null;
        }
        boolean keeps0 = programOf[a0] == p;
        boolean keeps1 = programOf[a1] == p;
        if (keeps0 && keeps1) {
            return ix.applicantIds()[a0] + " and " + ix.applicantIds()[a1] + " keep their positions at " + ix.programIds()[p];
        }
        if (keeps0 || keeps1) {
            int stays = keeps0 ? a0 : a1;
            int joins = keeps0 ? a1 : a0;
            String room = room(p, new int[] {joins}, keeps0 ? r1 : r0, a0, a1, 1);
            return room == null ? null : ix.applicantIds()[stays] + " keeps their position at " + ix.programIds()[p] + "; " + room;
        }
        return room(p, new int[] {a0, a1}, Math.max(r0, r1), a0, a1, 0);
    }

    /** Whether one side of a pair would take its partner; a "no match" side always does. */
    private boolean sideTakes(int p, int partner, int leaving0, int leaving1, List<String> reasons) {
        if (p == NONE) {
            return true;
        }
        int r = rank(p, partner);
        if (r == NONE) {
            return false;
        }
        if (programOf[partner] == p) {
            reasons.add(ix.applicantIds()[partner] + " keeps their position at " + ix.programIds()[p]);
            return true;
        }
        String room = room(p, new int[] {partner}, r, leaving0, leaving1, 0);
        if (room != null) {
            reasons.add(room);
        }
        return room != null;
    }

    /**
     * Whether program {@code p} would take all of {@code newcomers} (the least wanted of whom it ranks
     * {@code worstRank}) once {@code leaving0} and {@code leaving1} have left it, {@code kept} of its
     * positions staying with a partner among them; returns why, or {@code null} if it would not.
     */
    private String room(int p, int[] newcomers, int worstRank, int leaving0, int leaving1, int kept) {
        List<Integer> others = new ArrayList<>();
        int above = 0;
        for (int r = 0; r < ix.programLists()[p].length; r++) {
            int h = ix.programLists()[p][r];
            if (programOf[h] == p && h != leaving0 && h != leaving1) {
                others.add(h);
                above += r < worstRank ? 1 : 0;
            }
        }
        int need = newcomers.length;
        int open = positions(p) - kept;
        if (above + need > open) {
            return null;
        }
        List<String> whom = new ArrayList<>();
        for (int a : newcomers) {
            whom.add(ix.applicantIds()[a]);
        }
        String program = ix.programIds()[p];
        int free = open - others.size();
        if (free >= need) {
            return program + " has " + (need == 1 ? "a free position" : "free positions") + " for " + String.join(" and ", whom);
        }
        List<String> pushed = new ArrayList<>();
        for (int i = others.size() - 1; i >= 0 && pushed.size() < need - free; i--) {
            pushed.add(ix.applicantIds()[others.get(i)]);
        }
        return program + " would let go of " + String.join(" and ", pushed) + ", whom it ranks below " + String.join(" and ", whom);
    }

    /** Program {@code p}'s rank of applicant {@code a}, or {@link #NONE} if it does not rank them. */
    private int rank(int p, int a) {
        long[] keys = ranked[p];
        int at = Arrays.binarySearch(keys, (long) a << 32);
        int i = at >= 0 ? at : -at - 1;
        return i < keys.length && (int) (keys[i] >>> 32) == a ? (int) keys[i] : NONE;
    }

    private int positions(int p) {
        return input.programs().get(p).positions();
    }

    private int partner(int c, int side) {
        return singles + 2 * c + side;
    }

    private String pairOf(int p0, int p1) {
        return new ProgramPair(p0 == NONE ? null : ix.programIds()[p0], p1 == NONE ? null : ix.programIds()[p1]).toString();
    }
}
