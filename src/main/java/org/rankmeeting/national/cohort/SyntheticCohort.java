package org.rankmeeting.national.cohort;

import org.rankmeeting.engine.World;
import org.rankmeeting.national.Cohort;
import org.rankmeeting.national.Group;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A generated national Main Match: the scenario (world, programs, applicants with where they applied, best first,
 * couples) and what the scenario model does not carry: each applicant's group and school familiarity, and each
 * program's specialty.
 */
public final class SyntheticCohort implements Cohort {

    private final long seed;
    private final double scale;
    private final CohortParameters parameters;
    private final World world;
    private final Map<String, Group> groups;
    private final Map<String, Familiarity> familiarity;
    private final Map<String, String> specialties;

    SyntheticCohort(long seed, double scale, CohortParameters parameters, Scenario scenario, Map<String, Group> groups,
                    Map<String, Familiarity> familiarity, Map<String, String> specialties) {
        this.seed = seed;
        this.scale = scale;
        this.parameters = parameters;
        this.world = new World(scenario);
        this.groups = Map.copyOf(groups);
        this.familiarity = Map.copyOf(familiarity);
        this.specialties = Map.copyOf(specialties);
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }

    public CohortParameters parameters() {
        return parameters;
    }

    @Override
    public World world() {
        return world;
    }

    public Scenario scenario() {
        return world.scenario();
    }

    @Override
    public Group group(String applicantId) {
        return groups.get(applicantId);
    }

    /** Every applicant's group, by id. */
    public Map<String, Group> groups() {
        return groups;
    }

    @Override
    public String familiarity(String applicantId) {
        Familiarity f = familiarity.get(applicantId);
        return f == null ? null : f.label();
    }

    @Override
    public List<String> familiarityOrder() {
        return Arrays.stream(Familiarity.values()).map(Familiarity::label).toList();
    }

    public Familiarity schoolFamiliarity(String applicantId) {
        return familiarity.get(applicantId);
    }

    /** The programs the applicant applied to, the one they want most first. */
    public List<String> applications(String applicantId) {
        Applicant a = world.applicant(applicantId);
        return a == null || a.applications() == null ? List.of() : a.applications();
    }

    public String specialty(String programId) {
        return specialties.get(programId);
    }

    public int applicants(Group g) {
        return (int) groups.values().stream().filter(x -> x == g).count();
    }

    public int positions() {
        return world.programs().stream().mapToInt(p -> p.positions() == null ? 0 : p.positions()).sum();
    }

    /** Applications in all: the placements a national run evaluates. */
    public long placements() {
        return world.applicants().stream().mapToLong(a -> a.applications() == null ? 0 : a.applications().size()).sum();
    }
}
