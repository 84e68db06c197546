package org.rankmeeting.scenario;

/**
 * What the scenario's author expects: a placement of one applicant at one program
 * (any of stage, bucket, tier), or an order on one program's list ({@code above} ranks above {@code below}).
 * With {@code variant}, it is checked on the meeting run with that what-if variant in place of the applicant's file.
 */
public record Expectation(String applicant, String program, Stage stage, Bucket bucket, Tier tier,
                          String above, String below, String variant, String why) {

    public boolean isOrder() {
        return above != null || below != null;
    }
}
