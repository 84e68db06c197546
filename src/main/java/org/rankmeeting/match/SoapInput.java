package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the Supplemental Offer and Acceptance Program starts from: the programs taking part with their
 * open positions and the applicants they would offer to (most wanted first), and the applicants taking
 * part with the programs they applied to (most wanted first). Programs with no open positions may be
 * listed; they make no offers.
 */
public record SoapInput(List<SoapProgram> programs, List<SoapApplicant> applicants) {

    public SoapInput {
        programs = Lists.copy(programs);
        applicants = Lists.copy(applicants);
    }

    /** A program in SOAP: open positions and the applicants it would offer to, in order. */
    public record SoapProgram(String id, int openPositions, List<String> preferences) {
        public SoapProgram {
            preferences = Lists.copy(preferences);
        }

        public SoapProgram(String id, int openPositions, String... preferences) {
            this(id, openPositions, List.of(preferences));
        }
    }

    /** An applicant in SOAP: the programs they applied to, in order of preference. */
    public record SoapApplicant(String id, List<String> preferences) {
        public SoapApplicant {
            preferences = Lists.copy(preferences);
        }

        public SoapApplicant(String id, String... preferences) {
            this(id, List.of(preferences));
        }
    }

    /**
     * SOAP after a Match: every program with its unfilled positions (programs that filled take part with
     * none, so applicants may still name them) and every unmatched applicant, with preference lists from
     * the two functions (called once per program and per applicant, in id order; {@code null} means none).
     */
    public static SoapInput fromMatch(MatchResult result, Function<String, List<String>> programPreferences,
                                      Function<String, List<String>> applicantPreferences) {
        List<SoapProgram> programs = new ArrayList<>();
        for (MatchResult.ProgramFill p : result.programs()) {
            programs.add(new SoapProgram(p.program(), p.unfilled(), orEmpty(programPreferences.apply(p.program()))));
        }
        List<SoapApplicant> applicants = new ArrayList<>();
        for (String a : result.unmatched()) {
            applicants.add(new SoapApplicant(a, orEmpty(applicantPreferences.apply(a))));
        }
        return new SoapInput(programs, applicants);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
