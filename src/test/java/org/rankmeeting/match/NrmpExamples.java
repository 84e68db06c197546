package org.rankmeeting.match;

/** The NRMP's published worked examples, as inputs. */
final class NrmpExamples {

    private NrmpExamples() {
    }

    /** The classic example: 8 applicants, 4 programs of 2 positions. */
    static MatchInput classic() {
        return MatchInput.builder()
                .program("mercy", 2, "chen", "garcia")
                .program("city", 2, "garcia", "hassan", "eastman", "anderson", "brown", "chen", "davis", "ford")
                .program("general", 2, "brown", "eastman", "hassan", "anderson", "chen", "davis", "garcia")
                .program("state", 2, "brown", "eastman", "anderson", "chen", "hassan", "ford", "davis", "garcia")
                .applicant("anderson", "city")
                .applicant("brown", "city", "mercy")
                .applicant("chen", "city", "mercy")
                .applicant("davis", "mercy", "city", "general", "state")
                .applicant("eastman", "city", "mercy", "state", "general")
                .applicant("ford", "city", "general", "mercy", "state")
                .applicant("garcia", "city", "mercy", "state", "general")
                .applicant("hassan", "state", "city", "mercy", "general")
                .build();
    }
}
