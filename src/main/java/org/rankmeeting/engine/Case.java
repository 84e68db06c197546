package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ClassRank;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.School;

import java.util.List;

/**
 * One applicant file in front of one program's committee: the fact the rules reason about.
 * It carries the applicant's file, the program's profile and the look-ups that join them
 * (this program's past residents from the applicant's school, its people, its trust lists),
 * but no judgement: deciding what those facts mean is the rules' work.
 * Built by {@link CaseFactory}; immutable once inserted.
 */
public final class Case {

    final int id;
    final Applicant applicant;
    final Program program;
    final School school;
    final Region.Perception regionPerception;
    final int cycle;
    // look-ups
    int historyStrong, historySolid, historyAverage, historyWeak;
    String historyWeakNotes = "";
    boolean regionAvoided;
    String familiarityVia;
    String respectedVia;
    int visaBudget = -1;
    int visaCommitted;
    int visaSeatsLeft = Integer.MAX_VALUE;
    String visaSeatsTakenBy = "";
    boolean listThin;
    String listState = "";
    boolean sponsorsVisa;
    List<Views.LetterView> letters = List.of();
    List<Views.RotationView> rotations = List.of();
    List<Views.ResearchView> research = List.of();
    List<Views.PersonView> people = List.of();
    List<Views.ContactView> contacts = List.of();
    List<Views.AdvocacyView> advocacy = List.of();

    Case(int id, Applicant applicant, Program program, School school, Region.Perception regionPerception, int cycle) {
        this.id = id;
        this.applicant = applicant;
        this.program = program;
        this.school = school;
        this.regionPerception = regionPerception == null ? Region.Perception.NEUTRAL : regionPerception;
        this.cycle = cycle;
    }

    public int getId() { return id; }
    public Applicant applicant() { return applicant; }
    public Program program() { return program; }
    public School school() { return school; }

    // --- who and where
    public String getApplicantId() { return applicant.id(); }
    public String getApplicantName() { return applicant.displayName(); }
    public String getProgramId() { return program.id(); }
    public String getProgramName() { return program.displayName(); }
    public String getSchoolName() { return school.displayName(); }
    public String getCountry() { return school.country() == null ? "" : school.country(); }
    public String getRegion() { return school.region() == null ? "" : school.region(); }
    public Region.Perception getRegionPerception() { return regionPerception; }
    public boolean isImg() { return !school.isUs(); }
    public boolean isUsGraduate() { return school.isUs(); }
    public boolean isCaribbean() { return school.kind() == School.Kind.CARIBBEAN; }

    // --- the applicant's metrics
    public int getStep2() { return applicant.step2() == null || applicant.step2().score() == null ? 0 : applicant.step2().score(); }
    public int getStep2Attempts() { return applicant.step2() == null || applicant.step2().attempts() == null ? 1 : applicant.step2().attempts(); }
    public int getYearsSinceGraduation() { return applicant.graduationYear() == null ? 0 : cycle - applicant.graduationYear(); }
    public int getGraduationYear() { return applicant.graduationYear() == null ? cycle : applicant.graduationYear(); }
    public Applicant.Visa getVisa() { return applicant.visa() == null ? Applicant.Visa.CITIZEN : applicant.visa(); }
    public boolean isNeedsVisa() { return getVisa().needsSponsorship(); }
    public Applicant.Interview.Communication getCommunication() {
        return applicant.interview() == null || applicant.interview().communication() == null
                ? Applicant.Interview.Communication.ADEQUATE : applicant.interview().communication();
    }
    public int getTranscriptPercent() { return applicant.transcript() == null || applicant.transcript().percent() == null ? -1 : applicant.transcript().percent(); }
    /** K9: the class rank as "top N percent" of the class (from {@code transcript.classRank}); -1 when not given. */
    public int getClassRankTopPercent() {
        return applicant.transcript() == null ? -1 : ClassRank.topPercent(applicant.transcript().classRank());
    }
    public String getClassRank() { return applicant.transcript() == null ? "" : applicant.transcript().classRank(); }
    /** Gap years after graduation, as the file states them (0 when not given). */
    public int getGapYears() { return applicant.gapYears() == null ? 0 : applicant.gapYears(); }
    public int getSchoolTopDecile() { return school.gradeScale() == null || school.gradeScale().topDecilePercent() == null ? -1 : school.gradeScale().topDecilePercent(); }
    public boolean isLocalTie() { return applicant.localTies().contains(program.id()); }
    public List<Views.LetterView> getLetters() { return letters; }
    public List<Views.RotationView> getRotations() { return rotations; }
    public List<Views.ResearchView> getResearch() { return research; }
    public List<Views.ContactView> getContacts() { return contacts; }
    public List<Views.AdvocacyView> getAdvocacy() { return advocacy; }

    /**
     * The parts of the file as this program sees them (letters, rotations, research, people, contacts, advocacy), each
     * carrying this case's id: inserted as facts beside the case, so rules join them on {@code caseId == $c.id} through
     * an index instead of walking the lists again for every rule ({@code from}). The session runs in identity mode, so
     * two equal parts (two identical letters) stay two facts.
     */
    List<Object> parts() {
        List<Object> out = new java.util.ArrayList<>(letters.size() + rotations.size() + research.size() + people.size()
                + contacts.size() + advocacy.size());
        out.addAll(letters);
        out.addAll(rotations);
        out.addAll(research);
        out.addAll(people);
        out.addAll(contacts);
        out.addAll(advocacy);
        return out;
    }

    // --- the program's profile
    public Program.Category getCategory() { return program.category() == null ? Program.Category.DEPENDENT : program.category(); }
    public boolean isDesperate() { return getCategory() == Program.Category.DESPERATE; }
    public Program.ImgHistory getImgHistory() { return program.imgHistory() == null ? Program.ImgHistory.MIXED : program.imgHistory(); }
    public Program.Setting getSetting() { return program.setting() == null ? Program.Setting.COMMUNITY : program.setting(); }
    public int getStep2Cutoff() { return program.screens() == null || program.screens().imgStep2Cutoff() == null ? 0 : program.screens().imgStep2Cutoff(); }
    public boolean isBoardTrouble() { return program.screens() != null && Boolean.TRUE.equals(program.screens().boardTrouble()); }
    public int getMaxYearsSinceGraduation() { return program.screens() == null || program.screens().maxYearsSinceGraduation() == null ? 0 : program.screens().maxYearsSinceGraduation(); }
    public boolean isFirstAttemptOnly() { return program.screens() != null && Boolean.TRUE.equals(program.screens().firstAttemptOnly()); }
    public boolean isSponsorsVisa() { return sponsorsVisa; }
    public boolean isH1bDenialLastCycle() { return Boolean.TRUE.equals(program.h1bDenialLastCycle()); }
    public int getInterviewSlots() { return program.interviews() == null || program.interviews().slots() == null ? 0 : program.interviews().slots(); }
    public int getApplications() { return program.interviews() == null || program.interviews().applications() == null ? 0 : program.interviews().applications(); }
    /** Interview slots per hundred applications (B2); 100 when the program gave no volume. */
    public int getInterviewRatePercent() {
        int apps = getApplications();
        return apps <= 0 ? 100 : (int) Math.round(100.0 * getInterviewSlots() / apps);
    }

    // --- look-ups joining the two
    public int getHistoryStrong() { return historyStrong; }
    public int getHistorySolid() { return historySolid; }
    public int getHistoryAverage() { return historyAverage; }
    public int getHistoryWeak() { return historyWeak; }
    public int getHistoryGood() { return historyStrong + historySolid; }
    public int getHistoryTotal() { return historyStrong + historySolid + historyAverage + historyWeak; }
    public String getHistoryWeakNotes() { return historyWeakNotes; }
    public String getHistorySummary() {
        return getHistoryTotal() + " resident(s) from " + getSchoolName() + ": " + historyStrong + " strong, "
                + historySolid + " solid, " + historyAverage + " average, " + historyWeak + " weak"
                + (historyWeakNotes.isEmpty() ? "" : " (" + historyWeakNotes + ")");
    }
    public List<Views.PersonView> getPeople() { return people; }
    public boolean isRegionAvoided() { return regionAvoided; }
    public String getFamiliarityVia() { return familiarityVia; }
    public boolean isFamiliarCountry() { return familiarityVia != null; }
    /** K8: why the committee respects the school by reputation, or null. */
    public String getRespectedVia() { return respectedVia; }
    public boolean isRespectedSchool() { return respectedVia != null; }
    public int getVisaBudget() { return visaBudget; }
    public int getVisaCommitted() { return visaCommitted; }
    public int getVisaSeatsLeft() { return visaSeatsLeft; }
    public String getVisaSeatsTakenBy() { return visaSeatsTakenBy; }
    public boolean isListThin() { return listThin; }
    public String getListState() { return listState; }

    @Override
    public String toString() {
        return applicant.id() + "@" + program.id();
    }
}
