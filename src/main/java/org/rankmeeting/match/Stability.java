package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks any assignment of applicants to programs against a {@link MatchInput}: first that it is a
 * valid matching, then whether it is stable. It works on ids and plain maps, sharing no code with the
 * matcher beyond input validation, so it can judge the matcher's output independently.
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
 *     program to agree.</li>
 * </ul>
 * Every blocking (applicant, program) or (couple, pair) combination is reported, not only the best one.
 */
public final class Stability {

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
    private final Map<String, String> programOf;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Map<String, Integer>> rankAt = new HashMap<>();
    private final Map<String, List<String>> holders = new HashMap<>();
    private final Map<String, Integer> worstHeld = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    private Stability(MatchInput input, Map<String, String> assignment) {
        this.input = input;
        this.programOf = new TreeMap<>();
        assignment.forEach((applicant, program) -> {
            if (program != null) {
                programOf.put(applicant, program);
            }
        });
        for (ProgramRanking p : input.programs()) {
            positions.put(p.id(), p.positions());
            Map<String, Integer> ranks = new HashMap<>(p.rankList().size() * 2);
            for (int r = 0; r < p.rankList().size(); r++) {
                ranks.put(p.rankList().get(r), r);
            }
            rankAt.put(p.id(), ranks);
            holders.put(p.id(), new ArrayList<>());
        }
    }

    /**
     * Checks {@code assignment} (applicant id to program id; unmatched applicants absent or mapped to
     * {@code null}) against {@code input}, which is validated first.
     *
     * @throws org.rankmeeting.BadInputException when the input itself is invalid
     */
    public static Report check(MatchInput input, Map<String, String> assignment) {
        InputCheck.validate(input);
        return new Stability(input, assignment).run();
    }

    private Report run() {
        Set<String> known = new HashSet<>();
        input.applicants().forEach(a -> known.add(a.id()));
        input.couples().forEach(c -> known.addAll(List.of(c.first(), c.second())));
        programOf.forEach((applicant, program) -> {
            if (!known.contains(applicant)) {
                violations.add("assignment names unknown applicant '" + applicant + "'");
            } else if (!positions.containsKey(program)) {
                violations.add("applicant '" + applicant + "' is assigned to unknown program '" + program + "'");
            }
        });
        if (!violations.isEmpty()) {
            return new Report(violations, List.of());
        }
        List<Integer> singleChoice = new ArrayList<>();
        for (ApplicantRanking a : input.applicants()) {
            singleChoice.add(currentSingle(a));
        }
        List<Integer> coupleChoice = new ArrayList<>();
        for (CoupleRanking c : input.couples()) {
            coupleChoice.add(currentPair(c));
        }
        for (ProgramRanking p : input.programs()) {
            if (holders.get(p.id()).size() > p.positions()) {
                violations.add("program '" + p.id() + "' holds " + holders.get(p.id()).size() + " applicants for "
                        + p.positions() + " position(s)");
            }
        }
        if (!violations.isEmpty()) {
            return new Report(violations, List.of());
        }
        for (ProgramRanking p : input.programs()) {
            int worst = -1;
            for (String h : holders.get(p.id())) {
                worst = Math.max(worst, rank(p.id(), h));
            }
            worstHeld.put(p.id(), worst);
        }
        List<BlockingPair> blocking = new ArrayList<>();
        for (int i = 0; i < input.applicants().size(); i++) {
            singleBlocks(input.applicants().get(i), singleChoice.get(i), blocking);
        }
        for (int i = 0; i < input.couples().size(); i++) {
            coupleBlocks(input.couples().get(i), coupleChoice.get(i), blocking);
        }
        blocking.sort(Comparator.comparing(BlockingPair::who)
                .thenComparing(b -> b instanceof BlockingPair.Couple)
                .thenComparingInt(BlockingPair::wantedChoice));
        return new Report(violations, blocking);
    }

    /** The 0-based position of a single's program on its list (list length when unmatched), after checking it. */
    private int currentSingle(ApplicantRanking a) {
        String program = programOf.get(a.id());
        if (program == null) {
            return a.rankList().size();
        }
        int k = a.rankList().indexOf(program);
        if (k < 0) {
            violations.add("applicant '" + a.id() + "' is assigned to '" + program + "', which is not on their list");
        }
        hold(program, a.id());
        return k < 0 ? a.rankList().size() : k;
    }

    /** The 0-based pair a couple holds (list length when both are unmatched), after checking it. */
    private int currentPair(CoupleRanking c) {
        String first = programOf.get(c.first());
        String second = programOf.get(c.second());
        hold(first, c.first());
        hold(second, c.second());
        if (first == null && second == null) {
            return c.rankList().size();
        }
        for (int k = 0; k < c.rankList().size(); k++) {
            ProgramPair pair = c.rankList().get(k);
            if (Objects.equals(pair.first(), first) && Objects.equals(pair.second(), second)) {
                return k;
            }
        }
        violations.add("couple '" + c.id() + "' is assigned (" + new ProgramPair(first, second) + "), which is not on its list");
        return c.rankList().size();
    }

    private void hold(String program, String applicant) {
        if (program == null) {
            return;
        }
        if (rank(program, applicant) == null) {
            violations.add("applicant '" + applicant + "' is assigned to '" + program + "', which does not rank them");
        }
        holders.get(program).add(applicant);
    }

    private void singleBlocks(ApplicantRanking a, int current, List<BlockingPair> out) {
        for (int k = 0; k < current; k++) {
            String program = a.rankList().get(k);
            Integer rank = rank(program, a.id());
            if (rank == null || !roomy(program, rank)) {
                continue;
            }
            String room = room(program, List.of(a.id()), rank, Set.of());
            if (room != null) {
                String now = current == a.rankList().size() ? "being unmatched"
                        : a.rankList().get(current) + " (choice " + (current + 1) + ")";
                out.add(new BlockingPair.Single(a.id(), program, k + 1, current == a.rankList().size() ? 0 : current + 1,
                        a.id() + " prefers " + program + " (choice " + (k + 1) + ") to " + now + "; " + room));
            }
        }
    }

    private void coupleBlocks(CoupleRanking c, int current, List<BlockingPair> out) {
        Set<String> partners = Set.of(c.first(), c.second());
        for (int k = 0; k < current; k++) {
            ProgramPair pair = c.rankList().get(k);
            List<String> reasons = new ArrayList<>();
            boolean blocks;
            if (pair.first() != null && pair.first().equals(pair.second())) {
                Integer r0 = rank(pair.first(), c.first());
                Integer r1 = rank(pair.second(), c.second());
                String room = r0 == null || r1 == null ? null
                        : room(pair.first(), List.of(c.first(), c.second()), Math.max(r0, r1), partners);
                blocks = room != null;
                reasons.add(room);
            } else {
                blocks = sideTakes(pair.first(), c.first(), partners, reasons)
                        && sideTakes(pair.second(), c.second(), partners, reasons);
            }
            if (blocks) {
                boolean unmatched = current == c.rankList().size();
                String now = unmatched ? "being unmatched" : "pair " + (current + 1) + " (" + c.rankList().get(current) + ")";
                reasons.removeIf(Objects::isNull);
                out.add(new BlockingPair.Couple(c.id(), pair, k + 1, unmatched ? 0 : current + 1,
                        "couple " + c.id() + " prefers pair " + (k + 1) + " (" + pair + ") to " + now + "; "
                                + String.join("; ", reasons)));
            }
        }
    }

    /** Whether one side of a pair would take its partner; a "no match" side always does. */
    private boolean sideTakes(String program, String partner, Set<String> partners, List<String> reasons) {
        if (program == null) {
            return true;
        }
        Integer rank = rank(program, partner);
        if (rank == null) {
            return false;
        }
        if (program.equals(programOf.get(partner))) {
            reasons.add(partner + " keeps their position at " + program);
            return true;
        }
        String room = room(program, List.of(partner), rank, partners);
        reasons.add(room);
        return room != null;
    }

    /** Quick test for a single: a free position, or a holder ranked below {@code rank}. */
    private boolean roomy(String program, int rank) {
        return holders.get(program).size() < positions.get(program) || worstHeld.get(program) > rank;
    }

    /**
     * Whether {@code program} would take all of {@code newcomers} (the least wanted of whom it ranks
     * {@code worstRank}) once {@code leaving} have left it; returns why, or {@code null} if it would not.
     */
    private String room(String program, List<String> newcomers, int worstRank, Set<String> leaving) {
        List<String> others = new ArrayList<>();
        for (String h : holders.get(program)) {
            if (!leaving.contains(h)) {
                others.add(h);
            }
        }
        int above = 0;
        for (String h : others) {
            if (rank(program, h) < worstRank) {
                above++;
            }
        }
        int need = newcomers.size();
        int places = positions.get(program);
        if (above + need > places) {
            return null;
        }
        String whom = String.join(" and ", newcomers);
        int free = places - others.size();
        if (free >= need) {
            return program + " has " + (need == 1 ? "a free position" : "free positions") + " for " + whom;
        }
        others.sort(Comparator.comparing((String h) -> rank(program, h)).reversed());
        List<String> pushed = others.subList(0, need - free);
        return program + " would let go of " + String.join(" and ", pushed) + ", whom it ranks below " + whom;
    }

    private Integer rank(String program, String applicant) {
        return rankAt.get(program).get(applicant);
    }
}
