package org.rankmeeting.scenario;

import java.util.List;
import java.util.Map;

/**
 * A residency program's profile: its institutional memory and this cycle's constraints.
 * Every program-specific number the rules use lives here, not in the DRL.
 */
public record Program(
        String id,
        String name,
        Setting setting,
        Category category,
        ImgHistory imgHistory,
        Integer positions,
        Screens screens,
        Map<Applicant.Visa, VisaBudget> visas,
        Boolean h1bDenialLastCycle,
        List<PastResident> history,
        List<String> avoidingRegions,
        WriterLists letterWriters,
        List<Person> people,
        List<Familiarity> familiarCountries,
        List<String> alumniSites,
        InterviewVolume interviews,
        RankListState rankList) {

    public Program {
        visas = visas == null ? Map.of() : visas;
        history = history == null ? List.of() : history;
        avoidingRegions = avoidingRegions == null ? List.of() : avoidingRegions;
        people = people == null ? List.of() : people;
        familiarCountries = familiarCountries == null ? List.of() : familiarCountries;
        alumniSites = alumniSites == null ? List.of() : alumniSites;
    }


    public enum Setting implements Coded { COMMUNITY, ACADEMIC }

    /** P1: how the program relates to IMGs. */
    public enum Category implements Coded { STRATEGIC, DEPENDENT, DESPERATE }

    /** A5: the program's history with IMGs, which sets how it uses alumni. */
    public enum ImgHistory implements Coded { STRONG, MIXED, RARE, ONCE_BURNED }

    /** The coordinator's filters, applied before anyone with power reads the file. */
    public record Screens(Integer imgStep2Cutoff, Boolean boardTrouble, Integer maxYearsSinceGraduation,
                          Boolean firstAttemptOnly, List<Applicant.Visa> sponsors) {
        public Screens {
            sponsors = sponsors == null ? List.of() : sponsors;
        }
    }

    /** Sponsorship slots of one visa type this cycle, and how many are already promised. */
    public record VisaBudget(Integer budget, Integer committed) {}

    /** A former or current resident and how they turned out. */
    public record PastResident(String school, Integer year, Outcome outcome, String note, String recommendedBy) {
        public enum Outcome implements Coded { STRONG, SOLID, AVERAGE, WEAK }
    }

    /** Letter writers the program has an opinion of (L1). */
    public record WriterLists(List<String> trusted, List<String> ignored, List<String> redFlag) {
        public WriterLists {
            trusted = trusted == null ? List.of() : trusted;
            ignored = ignored == null ? List.of() : ignored;
            redFlag = redFlag == null ? List.of() : redFlag;
        }
    }

    /** Someone at the program who can be asked about a school or an applicant. */
    public record Person(String id, String name, Role role, String school, Integer since,
                         Record record, View viewOfSchool) {
        public enum Role implements Coded { RESIDENT, CHIEF, FACULTY, APD, PD, GRADUATE }

        /** A3: how the person's past calls have held up. */
        public enum Record implements Coded { PROVEN, UNTESTED, PRAISES_EVERYONE }

        /** A1: what the person says of their own school when asked. */
        public enum View implements Coded { SOLID, MIXED, WEAK }

        public String displayName() {
            return name != null ? name : id;
        }
    }

    /** K8: a faculty member who trained or worked in a country. */
    public record Familiarity(String country, String via) {}

    /** B2: how many interviews the program gives against how many applications it gets. */
    public record InterviewVolume(Integer slots, Integer applications) {}

    /** T3: how long the rank list already is (files outside the scenario) and how long it should be. */
    public record RankListState(Integer alreadyRanked, Integer target) {}

    public String displayName() {
        return name != null ? name : id;
    }
}
