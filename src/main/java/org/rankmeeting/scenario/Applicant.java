package org.rankmeeting.scenario;

import java.util.List;

/** An applicant's file, as it reaches a program. */
public record Applicant(
        String id,
        String name,
        String school,
        Integer graduationYear,
        Integer gapYears,
        Step2 step2,
        Visa visa,
        List<Letter> letters,
        List<Rotation> usce,
        List<Research> research,
        Interview interview,
        Transcript transcript,
        List<Contact> contacts,
        List<Advocacy> lateAdvocacy,
        List<String> localTies,
        List<String> rankList,
        Preferences preferences,
        List<String> applications) {

    public Applicant {
        letters = letters == null ? List.of() : letters;
        usce = usce == null ? List.of() : usce;
        research = research == null ? List.of() : research;
        contacts = contacts == null ? List.of() : contacts;
        lateAdvocacy = lateAdvocacy == null ? List.of() : lateAdvocacy;
        localTies = localTies == null ? List.of() : localTies;
        rankList = rankList == null ? List.of() : rankList;
        applications = applications == null ? null : List.copyOf(applications);
    }

    /** A file with no {@code applications} list: sent to every program of the scenario. */
    public Applicant(String id, String name, String school, Integer graduationYear, Integer gapYears, Step2 step2,
                     Visa visa, List<Letter> letters, List<Rotation> usce, List<Research> research, Interview interview,
                     Transcript transcript, List<Contact> contacts, List<Advocacy> lateAdvocacy, List<String> localTies,
                     List<String> rankList, Preferences preferences) {
        this(id, name, school, graduationYear, gapYears, step2, visa, letters, usce, research, interview, transcript,
                contacts, lateAdvocacy, localTies, rankList, preferences, null);
    }

    /** The same file sent to these programs (ids or names); null: to every program. */
    public Applicant withApplications(List<String> programs) {
        return new Applicant(id, name, school, graduationYear, gapYears, step2, visa, letters, usce, research, interview,
                transcript, contacts, lateAdvocacy, localTies, rankList, preferences, programs);
    }

    /** Whether the file says where it was sent; when it does not, it was sent to every program. */
    public boolean appliedEverywhere() {
        return applications == null;
    }


    /** Step 2 CK: the score, how many attempts it took, and whether it has been sat yet. */
    public record Step2(Integer score, Integer attempts, Boolean taken) {}

    /** Immigration status: what the program would have to sponsor. */
    public enum Visa implements Coded {
        CITIZEN, GREEN_CARD, J1, H1B;

        public boolean needsSponsorship() {
            return this == J1 || this == H1B;
        }

        public String label() {
            return switch (this) {
                case CITIZEN -> "US citizen";
                case GREEN_CARD -> "green card";
                case J1 -> "J-1";
                case H1B -> "H-1B";
            };
        }
    }

    public record Letter(String writer, Strength strength, Style style) {
        public enum Strength implements Coded { STRONG, GOOD, LUKEWARM }

        /** L3/L4: a detailed comparative letter, a detailed one, or a short generic one. */
        public enum Style implements Coded { COMPARATIVE, DETAILED, GENERIC }
    }

    /** US clinical experience. {@code site} is a program id or a hospital name. */
    public record Rotation(Kind kind, String site, Integer weeks, LetterQuality letter, String writer) {
        public enum Kind implements Coded { SHADOWING, OBSERVERSHIP, CLINIC, INPATIENT, SUB_I }

        public enum LetterQuality implements Coded { NONE, GENERIC, DECENT, STRONG }
    }

    public record Research(Kind kind, Integer months, String pi) {
        public enum Kind implements Coded { POSTER, PROJECT, SUSTAINED }
    }

    public record Interview(Communication communication) {
        public enum Communication implements Coded { CONCERN, ADEQUATE, STRONG }
    }

    /** A transcript percentage and, optionally, the class rank as the school states it. */
    public record Transcript(Integer percent, String classRank) {}

    /** An alum or resident who knows the applicant, and what they said when asked. */
    public record Contact(String person, Relationship relationship, Verdict said, Boolean mentionedAtInterview) {
        public enum Relationship implements Coded { BUILT, MET, NONE }

        /** A2: top-10% kind of person / solid, won't embarrass you / not sure they'd keep up. */
        public enum Verdict implements Coded { TOP, SOLID, DOUBTS }
    }

    /**
     * How the applicant builds a rank order list when the scenario does not give one: places they would rather
     * train in and how many programs they rank at most.
     */
    public record Preferences(List<String> locations, Integer maxListLength) {
        public Preferences {
            locations = locations == null ? List.of() : locations;
        }
    }

    /** T3: a message to the PD after interviews from someone at the program. */
    public record Advocacy(String person, String says) {}

    public String displayName() {
        return name != null ? name : id;
    }
}
