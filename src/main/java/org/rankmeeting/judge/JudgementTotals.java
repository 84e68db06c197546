package org.rankmeeting.judge;

/**
 * P1, intermediate: what the category rules weigh for one program, summed by a rule from the other findings.
 * Never shown to the user directly (the category line repeats the numbers it used).
 *
 * @param total    the component scores added up, 0-100
 * @param warnings red flags, plus one for an interview day that sounded like a service program
 * @param unknown  components scored neutral for lack of data, 0-5
 */
public record JudgementTotals(String programId, int total, int warnings, int unknown) {
}
