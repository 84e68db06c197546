package org.rankmeeting.scenario;

import java.util.List;

/**
 * One scenario file: the world (schools, writers, programs), the applicants, what should happen, what-if variants
 * of applicants, and the couples who enter the Match together.
 */
public record Scenario(
        String title,
        String description,
        Integer cycle,
        String asOf,
        List<Region> regions,
        List<School> schools,
        List<Writer> writers,
        List<Program> programs,
        List<Applicant> applicants,
        List<Expectation> expectations,
        List<Variant> variants,
        List<Couple> couples) {

    public Scenario {
        regions = regions == null ? List.of() : regions;
        schools = schools == null ? List.of() : schools;
        writers = writers == null ? List.of() : writers;
        programs = programs == null ? List.of() : programs;
        applicants = applicants == null ? List.of() : applicants;
        expectations = expectations == null ? List.of() : expectations;
        variants = variants == null ? List.of() : variants;
        couples = couples == null ? List.of() : couples;
    }

    /** The same scenario with one applicant's file replaced (matched by id); the others are the same instances. */
    public Scenario withApplicant(Applicant replacement) {
        List<Applicant> out = new java.util.ArrayList<>(applicants.size());
        for (Applicant a : applicants) {
            out.add(a.id().equals(replacement.id()) ? replacement : a);
        }
        return withApplicants(List.copyOf(out));
    }

    public Scenario withApplicants(List<Applicant> replaced) {
        return new Scenario(title, description, cycle, asOf, regions, schools, writers, programs, replaced, expectations,
                variants, couples);
    }
}
