package org.rankmeeting.national.cohort;

import org.rankmeeting.scenario.Scenario;

import java.util.List;
import java.util.Map;

/**
 * A generated national Main Match: the scenario (world, programs, applicants, couples) and what the scenario model
 * does not carry: each applicant's group and school familiarity, where they applied (best first: the order is the
 * applicant's preference), and each program's specialty.
 */
public record SyntheticCohort(long seed, double scale, CohortParameters parameters, Scenario scenario,
                              Map<String, Group> groups, Map<String, Familiarity> familiarity,
                              Map<String, List<String>> applications, Map<String, String> specialties) {

    public SyntheticCohort {
        groups = Map.copyOf(groups);
        familiarity = Map.copyOf(familiarity);
        applications = Map.copyOf(applications);
        specialties = Map.copyOf(specialties);
    }

    public Group group(String applicantId) {
        return groups.get(applicantId);
    }

    /** The programs the applicant applied to, the one they want most first. */
    public List<String> applications(String applicantId) {
        return applications.getOrDefault(applicantId, List.of());
    }

    public Familiarity familiarity(String applicantId) {
        return familiarity.get(applicantId);
    }

    public String specialty(String programId) {
        return specialties.get(programId);
    }

    public int applicants(Group g) {
        return (int) groups.values().stream().filter(x -> x == g).count();
    }

    public int positions() {
        return scenario.programs().stream().mapToInt(p -> p.positions() == null ? 0 : p.positions()).sum();
    }

    /** Applications in all: the placements a national run evaluates. */
    public long placements() {
        return applications.values().stream().mapToLong(List::size).sum();
    }
}
