package org.rankmeeting.scenario;

/** A medical school as the committee sees it: where it is and what kind it is. */
public record School(String id, String name, String country, String region, Kind kind, GradeScale gradeScale) {

    public enum Kind implements Coded { US_MD, US_DO, INTERNATIONAL, CARIBBEAN }

    /** How the school grades: the transcript percentage that puts a student in its top tenth. */
    public record GradeScale(Integer topDecilePercent) {}

    public boolean isUs() {
        return kind == Kind.US_MD || kind == Kind.US_DO;
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
