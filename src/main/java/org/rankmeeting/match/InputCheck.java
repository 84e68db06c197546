package org.rankmeeting.match;

import org.rankmeeting.BadInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a {@link MatchInput} and collects every problem, in input order, into one
 * {@link BadInputException}: missing or blank ids, duplicate programs, applicants or couples, negative
 * positions, unknown ids on a rank list, an id twice on one list, a pair with no program at all, and an
 * applicant who is both single and a partner in a couple (or in two couples).
 */
final class InputCheck {

    private final List<String> problems = new ArrayList<>();
    private final Set<String> programIds = new HashSet<>();
    /** Applicant id to where it was declared: "single" or the couple id. */
    private final Map<String, String> applicantIds = new HashMap<>();

    private InputCheck() {
    }

    static void validate(MatchInput input) {
        InputCheck check = new InputCheck();
        check.run(input);
        if (!check.problems.isEmpty()) {
            throw new BadInputException(check.problems);
        }
    }

    private void run(MatchInput input) {
        if (input.programs() == null || input.applicants() == null) {
            problems.add("match input: the " + (input.programs() == null ? "program" : "applicant") + " list is missing");
            return;
        }
        declarePrograms(input.programs());
        declareApplicants(input.applicants(), input.couples());
        for (ProgramRanking p : input.programs()) {
            if (p != null && p.id() != null) {
                checkList("program '" + p.id() + "'", "position", p.rankList(), applicantIds.keySet(), "applicant");
            }
        }
        for (ApplicantRanking a : input.applicants()) {
            if (a != null && a.id() != null) {
                checkList("applicant '" + a.id() + "'", "choice", a.rankList(), programIds, "program");
            }
        }
        for (CoupleRanking c : input.couples()) {
            if (c != null && c.id() != null) {
                checkPairs(c);
            }
        }
    }

    private void declarePrograms(List<ProgramRanking> programs) {
        for (int i = 0; i < programs.size(); i++) {
            ProgramRanking p = programs.get(i);
            if (p == null || blank(p.id())) {
                problems.add("program #" + (i + 1) + ": the id is missing");
                continue;
            }
            if (!programIds.add(p.id())) {
                problems.add("program '" + p.id() + "' is listed twice");
            }
            if (p.positions() < 0) {
                problems.add("program '" + p.id() + "': positions must be 0 or more, got " + p.positions());
            }
        }
    }

    private void declareApplicants(List<ApplicantRanking> applicants, List<CoupleRanking> couples) {
        for (int i = 0; i < applicants.size(); i++) {
            ApplicantRanking a = applicants.get(i);
            if (a == null || blank(a.id())) {
                problems.add("applicant #" + (i + 1) + ": the id is missing");
            } else if (applicantIds.putIfAbsent(a.id(), "single") != null) {
                problems.add("applicant '" + a.id() + "' is listed twice");
            }
        }
        Set<String> coupleIds = new HashSet<>();
        for (int i = 0; i < couples.size(); i++) {
            CoupleRanking c = couples.get(i);
            if (c == null || blank(c.id())) {
                problems.add("couple #" + (i + 1) + ": the id is missing");
                continue;
            }
            if (!coupleIds.add(c.id())) {
                problems.add("couple '" + c.id() + "' is listed twice");
            }
            if (blank(c.first()) || blank(c.second())) {
                problems.add("couple '" + c.id() + "': both partners' applicant ids are needed");
                continue;
            }
            if (c.first().equals(c.second())) {
                problems.add("couple '" + c.id() + "': both partners are '" + c.first() + "'");
                continue;
            }
            declarePartner(c.id(), c.first());
            declarePartner(c.id(), c.second());
        }
    }

    private void declarePartner(String coupleId, String applicantId) {
        String earlier = applicantIds.putIfAbsent(applicantId, coupleId);
        if (earlier == null) {
            return;
        }
        if (earlier.equals("single")) {
            problems.add("applicant '" + applicantId + "' is both a single applicant and a partner in couple '" + coupleId + "'");
        } else {
            problems.add("applicant '" + applicantId + "' is a partner in two couples: '" + earlier + "' and '" + coupleId + "'");
        }
    }

    private void checkList(String owner, String entry, List<String> list, Set<String> known, String kind) {
        if (list == null) {
            problems.add(owner + ": the rank list is missing");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            if (blank(id)) {
                problems.add(owner + ": rank list " + entry + " " + (i + 1) + " is empty");
            } else if (!known.contains(id)) {
                problems.add(owner + ": rank list names unknown " + kind + " '" + id + "'");
            } else {
                Integer first = seen.putIfAbsent(id, i + 1);
                if (first != null) {
                    problems.add(owner + ": rank list names '" + id + "' twice (" + entry + "s " + first + " and " + (i + 1) + ")");
                }
            }
        }
    }

    private void checkPairs(CoupleRanking c) {
        String owner = "couple '" + c.id() + "'";
        if (c.rankList() == null) {
            problems.add(owner + ": the rank list is missing");
            return;
        }
        Map<ProgramPair, Integer> seen = new HashMap<>();
        for (int i = 0; i < c.rankList().size(); i++) {
            ProgramPair pair = c.rankList().get(i);
            if (pair == null || (pair.first() == null && pair.second() == null)) {
                problems.add(owner + ": pair " + (i + 1) + " names no program for either partner");
                continue;
            }
            boolean known = true;
            for (int side = 0; side < 2; side++) {
                String program = pair.side(side);
                if (program != null && !programIds.contains(program)) {
                    problems.add(owner + ": pair " + (i + 1) + " names unknown program '" + program + "'");
                    known = false;
                }
            }
            Integer first = seen.putIfAbsent(pair, i + 1);
            if (known && first != null) {
                problems.add(owner + ": pair (" + pair + ") is listed twice (pairs " + first + " and " + (i + 1) + ")");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
