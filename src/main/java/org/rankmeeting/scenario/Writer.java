package org.rankmeeting.scenario;

/** Someone who writes letters or supervises research. */
public record Writer(String id, String name, Role role, String institution, String country) {

    public enum Role implements Coded { CHAIR, PD, APD, FACULTY, ATTENDING, PI }

    public boolean isUs() {
        return country != null && (country.equalsIgnoreCase("US") || country.equalsIgnoreCase("USA")
                || country.equalsIgnoreCase("United States"));
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
