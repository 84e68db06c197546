package org.rankmeeting.match;

import org.rankmeeting.BadInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@link MatchInput} while mapping its ids to ints, and collects every problem, in input
 * order, into one {@link BadInputException}: missing or blank ids, duplicate programs, applicants or
 * couples, negative positions, unknown ids on a rank list, an id twice on one list, a pair with no
 * program at all, and an applicant who is both single and a partner in a couple (or in two couples).
 *
 * <p>Applicants are numbered singles first (input order), then each couple's first and second partner;
 * programs in input order. Duplicates on a list are found with one stamp array per side, not a map per
 * list.
 */
final class InputCheck {

    /** The validated input as int indices; {@code pairs[side][couple][k]} is a program index or -1 for "no match". */
    record Indexed(String[] programIds, String[] applicantIds, int[][] programLists, int[][] singleLists, int[][][] pairs) {
    }

    private final MatchInput input;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> programIndex;
    /** Applicant id to index; the declaration ("single" or the couple id) is kept alongside for messages. */
    private final Map<String, Integer> applicantIndex;
    private final Map<String, String> declaredAs;
    private final String[] applicantIds;
    private final String[] programIds;

    private InputCheck(MatchInput input) {
        this.input = input;
        int applicants = input.applicants().size() + 2 * input.couples().size();
        programIndex = new HashMap<>(input.programs().size() * 2);
        applicantIndex = new HashMap<>(applicants * 2);
        declaredAs = new HashMap<>(applicants * 2);
        applicantIds = new String[applicants];
        programIds = new String[input.programs().size()];
    }

    static void validate(MatchInput input) {
        index(input);
    }

    /** Validates and indexes; throws {@link BadInputException} listing every problem. */
    static Indexed index(MatchInput input) {
        if (input.programs() == null || input.applicants() == null) {
            throw new BadInputException("match input: the " + (input.programs() == null ? "program" : "applicant") + " list is missing");
        }
        InputCheck check = new InputCheck(input);
        Indexed indexed = check.run();
        if (!check.problems.isEmpty()) {
            throw new BadInputException(check.problems);
        }
        return indexed;
    }

    private Indexed run() {
        declarePrograms();
        declareApplicants();
        int[][] programLists = new int[programIds.length][];
        int[] stamp = new int[applicantIds.length];
        int[] firstAt = new int[applicantIds.length];
        Arrays.fill(stamp, -1);
        for (int p = 0; p < programIds.length; p++) {
            ProgramRanking program = input.programs().get(p);
            if (program != null && program.id() != null) {
                programLists[p] = list("program '" + program.id() + "'", "position", program.rankList(), applicantIndex,
                        "applicant", p, stamp, firstAt);
            }
        }
        int singles = input.applicants().size();
        int[][] singleLists = new int[singles][];
        stamp = new int[programIds.length];
        firstAt = new int[programIds.length];
        Arrays.fill(stamp, -1);
        for (int a = 0; a < singles; a++) {
            ApplicantRanking applicant = input.applicants().get(a);
            if (applicant != null && applicant.id() != null) {
                singleLists[a] = list("applicant '" + applicant.id() + "'", "choice", applicant.rankList(), programIndex,
                        "program", a, stamp, firstAt);
            }
        }
        int[][][] pairs = new int[2][input.couples().size()][];
        for (int c = 0; c < input.couples().size(); c++) {
            CoupleRanking couple = input.couples().get(c);
            if (couple != null && couple.id() != null) {
                pairs(couple, c, pairs);
            }
        }
        return new Indexed(programIds, applicantIds, programLists, singleLists, pairs);
    }

    private void declarePrograms() {
        for (int i = 0; i < programIds.length; i++) {
            ProgramRanking p = input.programs().get(i);
            if (p == null || blank(p.id())) {
                problems.add("program #" + (i + 1) + ": the id is missing");
                continue;
            }
            programIds[i] = p.id();
            if (programIndex.putIfAbsent(p.id(), i) != null) {
                problems.add("program '" + p.id() + "' is listed twice");
            }
            if (p.positions() < 0) {
                problems.add("program '" + p.id() + "': positions must be 0 or more, got " + p.positions());
            }
        }
    }

    private void declareApplicants() {
        List<ApplicantRanking> applicants = input.applicants();
        for (int i = 0; i < applicants.size(); i++) {
            ApplicantRanking a = applicants.get(i);
            if (a == null || blank(a.id())) {
                problems.add("applicant #" + (i + 1) + ": the id is missing");
            } else if (declare(a.id(), i, "single") != null) {
                problems.add("applicant '" + a.id() + "' is listed twice");
            }
        }
        Map<String, Integer> coupleIds = new HashMap<>();
        for (int i = 0; i < input.couples().size(); i++) {
            CoupleRanking c = input.couples().get(i);
            if (c == null || blank(c.id())) {
                problems.add("couple #" + (i + 1) + ": the id is missing");
                continue;
            }
            if (coupleIds.putIfAbsent(c.id(), i) != null) {
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
            declarePartner(c.id(), c.first(), applicants.size() + 2 * i);
            declarePartner(c.id(), c.second(), applicants.size() + 2 * i + 1);
        }
    }

    /** Records an applicant id at an index; returns the earlier declaration if the id was already taken. */
    private String declare(String id, int index, String as) {
        applicantIds[index] = id;
        String earlier = declaredAs.putIfAbsent(id, as);
        if (earlier == null) {
            applicantIndex.put(id, index);
        }
        return earlier;
    }

    private void declarePartner(String coupleId, String applicantId, int index) {
        String earlier = declare(applicantId, index, coupleId);
        if (earlier == null) {
            return;
        }
        if (earlier.equals("single")) {
            problems.add("applicant '" + applicantId + "' is both a single applicant and a partner in couple '" + coupleId + "'");
        } else {
            problems.add("applicant '" + applicantId + "' is a partner in two couples: '" + earlier + "' and '" + coupleId + "'");
        }
    }

    /**
     * Maps one rank list to indices, reporting empty, unknown and repeated entries. {@code stamp} and
     * {@code firstAt} say, per index, which list last named it and where.
     */
    private int[] list(String owner, String entry, List<String> ids, Map<String, Integer> index, String kind,
                       int listNumber, int[] stamp, int[] firstAt) {
        if (ids == null) {
            problems.add(owner + ": the rank list is missing");
            return new int[0];
        }
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            String id = ids.get(i);
            Integer at = id == null ? null : index.get(id);
            out[i] = at == null ? -1 : at;
            if (blank(id)) {
                problems.add(owner + ": rank list " + entry + " " + (i + 1) + " is empty");
            } else if (at == null) {
                problems.add(owner + ": rank list names unknown " + kind + " '" + id + "'");
            } else if (stamp[at] == listNumber) {
                problems.add(owner + ": rank list names '" + id + "' twice (" + entry + "s " + (firstAt[at] + 1) + " and " + (i + 1) + ")");
            } else {
                stamp[at] = listNumber;
                firstAt[at] = i;
            }
        }
        return out;
    }

    private void pairs(CoupleRanking c, int couple, int[][][] out) {
        String owner = "couple '" + c.id() + "'";
        if (c.rankList() == null) {
            problems.add(owner + ": the rank list is missing");
            out[0][couple] = new int[0];
            out[1][couple] = new int[0];
            return;
        }
        int n = c.rankList().size();
        out[0][couple] = new int[n];
        out[1][couple] = new int[n];
        Map<ProgramPair, Integer> seen = new HashMap<>();
        for (int k = 0; k < n; k++) {
            ProgramPair pair = c.rankList().get(k);
            if (pair == null || (pair.first() == null && pair.second() == null)) {
                problems.add(owner + ": pair " + (k + 1) + " names no program for either partner");
                continue;
            }
            boolean known = true;
            for (int side = 0; side < 2; side++) {
                String program = pair.side(side);
                Integer at = program == null ? null : programIndex.get(program);
                out[side][couple][k] = at == null ? -1 : at;
                if (program != null && at == null) {
                    problems.add(owner + ": pair " + (k + 1) + " names unknown program '" + program + "'");
                    known = false;
                }
            }
            Integer first = seen.putIfAbsent(pair, k + 1);
            if (known && first != null) {
                problems.add(owner + ": pair (" + pair + ") is listed twice (pairs " + first + " and " + (k + 1) + ")");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
