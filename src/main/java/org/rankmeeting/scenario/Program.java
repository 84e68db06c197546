package org.rankmeeting.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        List<Respected> respectedSchools,
        List<String> alumniSites,
        InterviewVolume interviews,
        RankListState rankList,
        Signals signals,
        String location) {

    public Program {
        visas = visas == null ? Map.of() : visas;
        history = history == null ? List.of() : history;
        avoidingRegions = avoidingRegions == null ? List.of() : avoidingRegions;
        people = people == null ? List.of() : people;
        familiarCountries = familiarCountries == null ? List.of() : familiarCountries;
        respectedSchools = respectedSchools == null ? List.of() : respectedSchools;
        alumniSites = alumniSites == null ? List.of() : alumniSites;
    }


    public enum Setting implements Coded { COMMUNITY, ACADEMIC }

    /** P1: how the program relates to IMGs. */
    public enum Category implements Coded {
        STRATEGIC("strategically IMG-friendly"), DEPENDENT("dependent but stable"), DESPERATE("desperate for bodies");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        /** The category in words: "strategically IMG-friendly", "dependent but stable", "desperate for bodies". */
        public String label() {
            return label;
        }
    }

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

    /**
     * K8 (article 000: a well-regarded school abroad, say one where a colleague of the PD teaches): a school the
     * committee respects by reputation, without having taken anyone from it, and why.
     */
    public record Respected(String school, String via) {}

    /**
     * B2: how many interviews the program gives against how many applications it gets and, where known, what its
     * pool looks like: the slots taken by files reviewed before the maybe pile (US graduates, known quantities) and
     * how many files sit in the maybe pile. Left out, the engine assumes them ({@code engine/MaybePile.java}).
     */
    public record InterviewVolume(Integer slots, Integer applications, Integer knownQuantities, Integer maybePile) {

        public InterviewVolume(Integer slots, Integer applications) {
            this(slots, applications, null, null);
        }
    }

    /** T3: how long the rank list already is (files outside the scenario) and how long it should be. */
    public record RankListState(Integer alreadyRanked, Integer target) {}

    /**
     * P1-P4: what an applicant can find out about the program from outside (public data, the website, residents,
     * the interview day). The judging rules ({@code rules/judging.drl}) read these; the rank-meeting engine does not.
     * A whole section left out means "not known" and is scored neutral.
     *
     * @param boardPassRates year -> percent of the program's graduates who passed the boards that year
     * @param unfilledYears  Match years in which positions were left unfilled; absent: not known, {@code []}: none
     * @param soapYears      Match years in which the program filled positions through SOAP; absent: not known,
     *                       {@code []}: none
     * @param pdStartYears   the years a new program director took over; the last is the current director's
     * @param graduates      what recent graduates went on to, as far as anyone can find; both lists empty means
     *                       "looked, and nothing is visible"
     * @param visaPaperwork  how the program handles its residents' visa paperwork, as its residents tell it
     * @param roster         the current residents: share of non-US graduates and how often people leave
     * @param website        whether the residency website is kept current
     * @param interviewDay   what the applicant heard on interview day, as tags (coverage, like-a-family, ...)
     */
    public record Signals(Map<Integer, Integer> boardPassRates, List<Integer> unfilledYears, List<Integer> soapYears,
                          List<Integer> pdStartYears, Graduates graduates, VisaPaperwork visaPaperwork, Roster roster,
                          Website website, List<InterviewCue> interviewDay) {
        public Signals {
            boardPassRates = boardPassRates == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(boardPassRates));
            // unfilledYears and soapYears stay null when absent: "not known" differs from "none" ([]).
            pdStartYears = pdStartYears == null ? List.of() : pdStartYears;
            interviewDay = interviewDay == null ? List.of() : interviewDay;
        }

        /** Named fellowships and jobs of recent graduates (free text, e.g. "cardiology, Henry Ford, 2024"). */
        public record Graduates(List<String> fellowships, List<String> jobs) {
            public Graduates {
                fellowships = fellowships == null ? List.of() : fellowships;
                jobs = jobs == null ? List.of() : jobs;
            }
        }

        public enum VisaPaperwork implements Coded { ON_TIME, SOMETIMES_LATE, ALWAYS_LATE }

        /** The resident roster: percent of non-US graduates (0-100) and turnover. */
        public record Roster(Integer nonUsPercent, Turnover turnover) {
            public enum Turnover implements Coded { LOW, MODERATE, HIGH }
        }

        public enum Website implements Coded { CURRENT, OUTDATED }

        /** Something said on interview day. Which of these point to service or to training is for the rules to say. */
        public enum InterviewCue implements Coded {
            /** Coverage: who covers nights, the wards, the service lines. */
            COVERAGE("coverage"),
            /** Hours and call schedules, more than what is learned in them. */
            HOURS("hours"),
            /** "Residents here are not afraid of hard work." */
            HARD_WORK("not afraid of hard work"),
            /** "We are like a family." */
            LIKE_A_FAMILY("we are like a family"),
            /** How busy the service is and how much pathology comes through the door. */
            VERY_BUSY("how busy it is"),
            /** "Our residents are very independent." */
            VERY_INDEPENDENT("our residents are very independent"),
            /** Protected teaching time, with when and how it is protected. */
            PROTECTED_TEACHING("protected teaching time"),
            /** Graduates' fellowships and jobs named, with places and years. */
            NAMED_FELLOWSHIPS("graduates' fellowships named"),
            /** The program speaks about the quality it expects, not about filling spots. */
            QUALITY_TALK("talk about the quality they expect");

            private final String phrase;

            InterviewCue(String phrase) {
                this.phrase = phrase;
            }

            /** What was heard, in a few words. */
            public String phrase() {
                return phrase;
            }
        }
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
