package org.rankmeeting.match;

import org.rankmeeting.BadInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Supplemental Offer and Acceptance Program, run after the Match for positions left open.
 *
 * <h2>Rules</h2>
 * Programs and applicants are taken in id order, so the input order does not matter. In each round:
 * <ol>
 * <li>Every program with open positions offers to the applicants highest on its own list who are still
 *     available, up to its number of open positions. An applicant can receive an offer only if they
 *     applied to that program (it is on their list), have not been placed yet, and have not already
 *     declined that program.</li>
 * <li>Every applicant holding offers accepts the one from the program highest on their list; acceptance
 *     is binding and final. The other offers are declined, and a program is never again offered to an
 *     applicant who declined it.</li>
 * <li>Positions whose offers were declined stay open for the next round.</li>
 * </ol>
 * The NRMP runs four rounds ({@link #NRMP_ROUNDS}); every round is listed in the result even if nothing
 * happened in it.
 */
public final class Soap {

    public static final int NRMP_ROUNDS = 4;

    private final int rounds;

    public Soap() {
        this(NRMP_ROUNDS);
    }

    public Soap(int rounds) {
        if (rounds < 1) {
            throw new BadInputException("SOAP needs at least 1 round, got " + rounds);
        }
        this.rounds = rounds;
    }

    /**
     * Runs SOAP.
     *
     * @throws BadInputException listing every problem when the input is invalid
     */
    public SoapResult run(SoapInput input) {
        validate(input);
        List<SoapInput.SoapProgram> programs = new ArrayList<>(input.programs());
        programs.sort(Comparator.comparing(SoapInput.SoapProgram::id));
        List<SoapInput.SoapApplicant> applicants = new ArrayList<>(input.applicants());
        applicants.sort(Comparator.comparing(SoapInput.SoapApplicant::id));

        Map<String, Integer> open = new HashMap<>();
        programs.forEach(p -> open.put(p.id(), p.openPositions()));
        Map<String, SoapInput.SoapApplicant> byId = new HashMap<>();
        applicants.forEach(a -> byId.put(a.id(), a));
        Set<SoapResult.Offer> declined = new HashSet<>();
        Map<String, SoapResult.Placement> placed = new HashMap<>();

        List<SoapResult.Round> done = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<SoapResult.Offer> offers = new ArrayList<>();
            Map<String, List<String>> offersTo = new HashMap<>();
            for (SoapInput.SoapProgram p : programs) {
                int left = open.get(p.id());
                for (String a : p.preferences()) {
                    if (left == 0) {
                        break;
                    }
                    if (!placed.containsKey(a) && byId.get(a).preferences().contains(p.id())
                            && !declined.contains(new SoapResult.Offer(p.id(), a))) {
                        offers.add(new SoapResult.Offer(p.id(), a));
                        offersTo.computeIfAbsent(a, x -> new ArrayList<>()).add(p.id());
                        left--;
                    }
                }
            }
            List<SoapResult.Offer> acceptances = new ArrayList<>();
            List<SoapResult.Offer> declines = new ArrayList<>();
            for (SoapInput.SoapApplicant a : applicants) {
                List<String> held = offersTo.get(a.id());
                if (held == null) {
                    continue;
                }
                List<String> prefs = a.preferences();
                held.sort(Comparator.comparingInt(prefs::indexOf));
                String accepted = held.get(0);
                acceptances.add(new SoapResult.Offer(accepted, a.id()));
                open.merge(accepted, -1, Integer::sum);
                placed.put(a.id(), new SoapResult.Placement(a.id(), accepted, round, prefs.indexOf(accepted) + 1));
                for (String other : held.subList(1, held.size())) {
                    SoapResult.Offer decline = new SoapResult.Offer(other, a.id());
                    declines.add(decline);
                    declined.add(decline);
                }
            }
            done.add(new SoapResult.Round(round, offers, acceptances, declines));
        }

        List<SoapResult.Placement> placements = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (SoapInput.SoapApplicant a : applicants) {
            if (placed.containsKey(a.id())) {
                placements.add(placed.get(a.id()));
            } else {
                unplaced.add(a.id());
            }
        }
        List<SoapResult.Opening> openings = new ArrayList<>();
        for (SoapInput.SoapProgram p : programs) {
            if (open.get(p.id()) > 0) {
                openings.add(new SoapResult.Opening(p.id(), open.get(p.id())));
            }
        }
        return new SoapResult(done, placements, openings, unplaced);
    }

    private static void validate(SoapInput input) {
        List<String> problems = new ArrayList<>();
        if (input.programs() == null || input.applicants() == null) {
            throw new BadInputException("SOAP input: the " + (input.programs() == null ? "program" : "applicant") + " list is missing");
        }
        Set<String> programIds = new HashSet<>();
        for (SoapInput.SoapProgram p : input.programs()) {
            if (p == null || p.id() == null || p.id().isBlank()) {
                problems.add("SOAP program: the id is missing");
            } else if (!programIds.add(p.id())) {
                problems.add("SOAP program '" + p.id() + "' is listed twice");
            } else if (p.openPositions() < 0) {
                problems.add("SOAP program '" + p.id() + "': open positions must be 0 or more, got " + p.openPositions());
            }
        }
        Set<String> applicantIds = new HashSet<>();
        for (SoapInput.SoapApplicant a : input.applicants()) {
            if (a == null || a.id() == null || a.id().isBlank()) {
                problems.add("SOAP applicant: the id is missing");
            } else if (!applicantIds.add(a.id())) {
                problems.add("SOAP applicant '" + a.id() + "' is listed twice");
            }
        }
        for (SoapInput.SoapProgram p : input.programs()) {
            if (p != null && p.id() != null) {
                checkList("SOAP program '" + p.id() + "'", p.preferences(), applicantIds, "applicant", problems);
            }
        }
        for (SoapInput.SoapApplicant a : input.applicants()) {
            if (a != null && a.id() != null) {
                checkList("SOAP applicant '" + a.id() + "'", a.preferences(), programIds, "program", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    private static void checkList(String owner, List<String> list, Set<String> known, String kind, List<String> problems) {
        if (list == null) {
            problems.add(owner + ": the preference list is missing");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : list) {
            if (id == null || !known.contains(id)) {
                problems.add(owner + ": preference list names unknown " + kind + " '" + id + "'");
            } else if (!seen.add(id)) {
                problems.add(owner + ": preference list names '" + id + "' twice");
            }
        }
    }
}
