package org.rankmeeting.national.cohort;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rankmeeting.national.Group;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.ScenarioReader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

class CohortGeneratorTest {

    private static SyntheticCohort national;
    private static SyntheticCohort tenth;

    @BeforeAll
    static void generate() {
        national = new CohortGenerator().generate(7, 1.0);
        tenth = new CohortGenerator().generate(7, 0.1);
    }

    private static long programsOf(SyntheticCohort c, String specialty) {
        return c.scenario().programs().stream().filter(p -> c.specialty(p.id()).equals(specialty)).count();
    }

    private static int positionsOf(SyntheticCohort c, String specialty) {
        return c.scenario().programs().stream().filter(p -> c.specialty(p.id()).equals(specialty)).mapToInt(Program::positions).sum();
    }

    @Test
    void atScaleOneTheApplicantsPositionsAndProgramsAreTheNrmp2025Figures() {
        assertThat(national.scenario().applicants()).hasSize(NrmpFigures.ACTIVE_APPLICANTS);
        assertThat(national.positions()).isEqualTo(NrmpFigures.POSITIONS);
        assertThat(national.scenario().programs()).hasSize(NrmpFigures.PROGRAMS);
        assertThat(positionsOf(national, Specialty.INTERNAL_MEDICINE)).isEqualTo(NrmpFigures.INTERNAL_MEDICINE_POSITIONS);
        assertThat(programsOf(national, Specialty.INTERNAL_MEDICINE)).isEqualTo(NrmpFigures.INTERNAL_MEDICINE_PROGRAMS);
        assertThat(national.applicants(Group.US_IMG) + national.applicants(Group.NON_US_IMG)).isEqualTo(NrmpFigures.ACTIVE_IMGS);
        for (Group g : Group.values()) {
            assertThat(national.applicants(g)).as(g.key()).isEqualTo(NrmpFigures.APPLICANTS.get(g));
        }
    }

    @Test
    void aTenthOfTheScaleShrinksEveryCountProportionally() {
        for (Group g : Group.values()) {
            assertThat((double) tenth.applicants(g)).as(g.key()).isCloseTo(NrmpFigures.APPLICANTS.get(g) * 0.1, within(0.5));
        }
        for (Specialty s : Specialty.ALL) {
            assertThat((double) programsOf(tenth, s.id())).as(s.id()).isCloseTo(s.programs() * 0.1, within(0.5));
            assertThat((double) positionsOf(tenth, s.id())).as(s.id()).isCloseTo(s.positions() * 0.1, within(0.5));
        }
        assertThat((double) tenth.positions()).isCloseTo(NrmpFigures.POSITIONS * 0.1, within(0.5 * Specialty.ALL.size()));
        assertThat((double) tenth.scenario().couples().size())
                .isCloseTo(national.scenario().couples().size() * 0.1, within(2.0));
    }

    @Test
    void theSpecialtyTableAddsUpToTheNrmpTotals() {
        assertThat(Specialty.ALL.stream().mapToInt(Specialty::positions).sum()).isEqualTo(NrmpFigures.POSITIONS);
        assertThat(Specialty.ALL.stream().mapToInt(Specialty::programs).sum()).isEqualTo(NrmpFigures.PROGRAMS);
        for (Group g : Group.values()) {
            assertThat(Specialty.ALL.stream().mapToDouble(s -> s.demand(g)).sum()).as(g.key()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void theSameSeedGivesTheSameCohortAndAnotherSeedAnotherOne() throws Exception {
        var writer = ScenarioReader.jsonMapper().writer();
        SyntheticCohort a = new CohortGenerator().generate(11, 0.02);
        SyntheticCohort b = new CohortGenerator().generate(11, 0.02);
        SyntheticCohort c = new CohortGenerator().generate(12, 0.02);
        assertThat(writer.writeValueAsString(a.scenario())).isEqualTo(writer.writeValueAsString(b.scenario()));
        assertThat(a.groups()).isEqualTo(b.groups());
        assertThat(writer.writeValueAsString(a.scenario())).isNotEqualTo(writer.writeValueAsString(c.scenario()));
    }

    @Test
    void everyGeneratedObjectPassesTheScenarioValidationTheCliUses() throws Exception {
        SyntheticCohort c = new CohortGenerator().generate(3, 0.05);
        String json = ScenarioReader.jsonMapper().writeValueAsString(c.scenario());
        assertThatCode(() -> ScenarioReader.parse("cohort.json", json, ScenarioReader.Format.JSON)).doesNotThrowAnyException();
        Set<String> programs = new HashSet<>();
        c.scenario().programs().forEach(p -> programs.add(p.id()));
        for (Applicant a : c.scenario().applicants()) {
            assertThat(c.applications(a.id())).as(a.id()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(programs).as(a.id()).containsAll(c.applications(a.id()));
        }
    }

    @Test
    void applicationsPerApplicantStayWithinTheGroupsRangesAndImgsApplyFarWider() {
        Map<Group, Double> mean = new HashMap<>();
        for (Group g : Group.values()) {
            CohortParameters.GroupParameters gp = national.parameters().group(g);
            List<Integer> counts = national.scenario().applicants().stream().filter(a -> national.group(a.id()) == g)
                    .map(a -> national.applications(a.id()).size()).toList();
            assertThat(counts).as(g.key()).allSatisfy(n -> assertThat(n).isBetween(gp.applicationsMin(), gp.applicationsMax()));
            mean.put(g, counts.stream().mapToInt(Integer::intValue).average().orElseThrow());
        }
        assertThat(mean.get(Group.US_IMG)).isGreaterThan(1.5 * mean.get(Group.US_MD));
        assertThat(mean.get(Group.NON_US_IMG)).isGreaterThan(1.5 * mean.get(Group.US_MD));
        assertThat(national.placements()).as("placements of a national run").isBetween(2_500_000L, 3_500_000L);
    }

    @Test
    void aWeakerScoreAppliesWider() {
        for (Group g : Group.values()) {
            double low = meanApplications(national, a -> national.group(a.id()) == g && a.step2().score() < national.parameters().group(g).step2Mean() - 15);
            double high = meanApplications(national, a -> national.group(a.id()) == g && a.step2().score() > national.parameters().group(g).step2Mean() + 15);
            assertThat(low).as(g.key()).isGreaterThan(high * 1.2);
        }
    }

    private static double meanApplications(SyntheticCohort c, Predicate<Applicant> which) {
        return c.scenario().applicants().stream().filter(which).mapToInt(a -> c.applications(a.id()).size()).average().orElseThrow();
    }

    @Test
    void imgsWhoNeedAVisaApplyMostlyWhereItIsSponsored() {
        Map<String, Program> byId = new HashMap<>();
        national.scenario().programs().forEach(p -> byId.put(p.id(), p));
        long sponsored = 0;
        long all = 0;
        for (Applicant a : national.scenario().applicants()) {
            if (a.visa() == Applicant.Visa.J1) {
                for (String p : national.applications(a.id())) {
                    all++;
                    sponsored += byId.get(p).screens().sponsors().contains(Applicant.Visa.J1) ? 1 : 0;
                }
            }
        }
        long programsSponsoring = national.scenario().programs().stream().filter(p -> p.screens().sponsors().contains(Applicant.Visa.J1)).count();
        assertThat((double) sponsored / all).isGreaterThan((double) programsSponsoring / national.scenario().programs().size() + 0.2);
        long j1 = national.scenario().applicants().stream().filter(a -> a.visa() == Applicant.Visa.J1).count();
        assertThat((double) j1 / national.applicants(Group.NON_US_IMG)).isCloseTo(0.55, within(0.02));
    }

    @Test
    void aProgramsInterviewVolumeIsTheApplicationsItReceives() {
        Map<String, Integer> received = new HashMap<>();
        tenth.scenario().applicants().forEach(a -> a.applications().forEach(p -> received.merge(p, 1, Integer::sum)));
        for (Program p : tenth.scenario().programs()) {
            assertThat(p.interviews().applications()).as(p.id()).isEqualTo(received.getOrDefault(p.id(), 0));
            assertThat(p.interviews().slots()).as(p.id()).isLessThanOrEqualTo(p.interviews().applications());
        }
    }

    @Test
    void couplesAreAShareOfTheApplicantsEachInOneCoupleOnly() {
        List<Couple> couples = national.scenario().couples();
        assertThat(2.0 * couples.size() / NrmpFigures.ACTIVE_APPLICANTS)
                .isCloseTo(national.parameters().coupleShare(), within(0.002));
        Set<String> seen = new HashSet<>();
        for (Couple c : couples) {
            assertThat(c.partners()).hasSize(2).doesNotHaveDuplicates();
            assertThat(seen.add(c.partners().get(0)) && seen.add(c.partners().get(1))).as(c.id()).isTrue();
        }
    }

    @Test
    void imgSchoolsCarryTheirFamiliarityAndProgramsRememberOnlyKnownOnes() {
        Map<String, Familiarity> bySchool = new HashMap<>();
        for (Applicant a : national.scenario().applicants()) {
            Familiarity f = national.schoolFamiliarity(a.id());
            assertThat(f == Familiarity.US).as(a.id()).isEqualTo(!national.group(a.id()).img());
            bySchool.put(a.school(), f);
        }
        for (Program p : national.scenario().programs()) {
            for (Program.PastResident r : p.history()) {
                assertThat(bySchool.getOrDefault(r.school(), Familiarity.KNOWN)).as(p.id()).isNotEqualTo(Familiarity.UNKNOWN);
            }
        }
    }
}
