package org.rankmeeting.national;

import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.School;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any scenario as a cohort: an applicant's group read from the file (a US MD or DO school makes a US senior; an
 * international or Caribbean school with citizenship or a green card a US-citizen IMG; one needing a visa, or with
 * none given, a non-US IMG), and the school's familiarity from the programs' memories (whether any program's
 * history or people name it).
 */
public final class ScenarioCohort implements Cohort {

    static final String US_SCHOOL = "US school";
    static final String KNOWN = "school some program knows";
    static final String UNKNOWN = "school no program knows";

    private final World world;
    private final Set<String> knownSchools = new HashSet<>();

    public ScenarioCohort(World world) {
        this.world = world;
        for (Program p : world.programs()) {
            p.history().forEach(h -> knownSchools.add(h.school()));
            p.people().forEach(person -> knownSchools.add(person.school()));
        }
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public Group group(String applicantId) {
        Applicant a = world.applicant(applicantId);
        School s = a == null ? null : world.school(a.school());
        if (s == null) {
            return null;
        }
        return switch (s.kind()) {
            case US_MD -> Group.US_MD;
            case US_DO -> Group.US_DO;
            case INTERNATIONAL, CARIBBEAN -> a.visa() == Applicant.Visa.CITIZEN || a.visa() == Applicant.Visa.GREEN_CARD
                    ? Group.US_IMG : Group.NON_US_IMG;
        };
    }

    @Override
    public String familiarity(String applicantId) {
        Applicant a = world.applicant(applicantId);
        School s = world.school(a.school());
        if (s != null && s.isUs()) {
            return US_SCHOOL;
        }
        return knownSchools.contains(a.school()) ? KNOWN : UNKNOWN;
    }

    @Override
    public List<String> familiarityOrder() {
        return List.of(US_SCHOOL, KNOWN, UNKNOWN);
    }
}
