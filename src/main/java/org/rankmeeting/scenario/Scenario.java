package org.rankmeeting.scenario;

import java.util.List;

/** One scenario file: the world (schools, writers, programs), the applicants, and what should happen. */
public record Scenario(
        String title,
        String description,
        Integer cycle,
        List<Region> regions,
        List<School> schools,
        List<Writer> writers,
        List<Program> programs,
        List<Applicant> applicants,
        List<Expectation> expectations) {

    public Scenario {
        regions = regions == null ? List.of() : regions;
        schools = schools == null ? List.of() : schools;
        writers = writers == null ? List.of() : writers;
        programs = programs == null ? List.of() : programs;
        applicants = applicants == null ? List.of() : applicants;
        expectations = expectations == null ? List.of() : expectations;
    }

}
