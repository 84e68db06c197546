package org.rankmeeting.scenario;

import java.util.List;

/**
 * A plain match file: programs with their positions and rank lists, single applicants with theirs, couples
 * with lists of program pairs, and what the Match should give. No meeting is run; the lists are taken as
 * written. A file is read as a match file when a program writes {@code rankList} as a list (in a scenario a
 * program's {@code rankList} is a map of how far its list has got).
 *
 * <pre>
 * programs:
 *   - {id: city, name: City Hospital, positions: 2, rankList: [garcia, hassan, eastman]}
 * applicants:
 *   - {id: garcia, name: Garcia, rankList: [city, mercy]}
 * couples:
 *   - {id: ann+bob, partners: [ann, bob], rankList: [[city, city], [city, no-match]]}
 * expectations:
 *   - {applicant: garcia, program: city, choice: 1}
 *   - {applicant: anderson, program: no-match}
 *   - {program: mercy, unfilled: 1}
 * </pre>
 */
public record MatchFile(String title, String description, List<MatchProgram> programs, List<MatchApplicant> applicants,
                        List<Couple> couples, List<MatchExpectation> expectations) {

    public MatchFile {
        programs = programs == null ? List.of() : programs;
        applicants = applicants == null ? List.of() : applicants;
        couples = couples == null ? List.of() : couples;
        expectations = expectations == null ? List.of() : expectations;
    }

    /** A program: its id, a display name, how many positions it fills and its rank list, most wanted first. */
    public record MatchProgram(String id, String name, Integer positions, List<String> rankList) {
        public MatchProgram {
            rankList = rankList == null ? List.of() : rankList;
        }

        public String displayName() {
            return name == null ? id : name;
        }
    }

    /** A single applicant: id, display name and rank list of program ids, first choice first. */
    public record MatchApplicant(String id, String name, List<String> rankList) {
        public MatchApplicant {
            rankList = rankList == null ? List.of() : rankList;
        }

        public String displayName() {
            return name == null ? id : name;
        }
    }

    /**
     * What the Match should give: an applicant at a program ({@code no-match}: unmatched), optionally at which
     * choice; or a program with how many positions stay unfilled.
     */
    public record MatchExpectation(String applicant, String program, Integer choice, Integer unfilled, String why) {}
}
