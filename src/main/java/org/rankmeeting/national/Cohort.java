package org.rankmeeting.national;

import org.rankmeeting.engine.World;

import java.util.List;

/**
 * A national applicant pool, ready for {@code simulate}: the world (schools, writers, programs with their positions,
 * applicants, couples) and what the scenario model does not say, each applicant's group and, for the report, how
 * well known their school is.
 *
 * <p>Every applicant's {@code applications} should say where the file was sent, the program the applicant wants most
 * first: the meeting places a file only there, and the applicant ranks the programs that interviewed them in that
 * order. A file without the list is sent everywhere (fine for a few programs, not at national size).
 */
public interface Cohort {

    World world();

    /** The applicant's group; every applicant of the world has one. */
    Group group(String applicantId);

    /**
     * How well program directors know the applicant's school, as a short label for the report ("trusted school",
     * "unknown school"...), or null when the cohort does not say.
     */
    default String familiarity(String applicantId) {
        return null;
    }

    /** The familiarity labels in the order the report lists them (labels not named here come after, by name). */
    default List<String> familiarityOrder() {
        return List.of();
    }
}
