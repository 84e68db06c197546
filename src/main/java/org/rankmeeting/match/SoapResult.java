package org.rankmeeting.match;

import java.util.List;

/**
 * The outcome of {@link Soap#run}. Rounds are numbered from 1 and all are listed, even when nothing
 * happened in one. Within a round, offers are in program id order and then the program's preference
 * order; acceptances in applicant id order; declines in applicant id order and then the applicant's
 * preference order. Placements, openings and unplaced applicants are sorted by id.
 *
 * @param rounds        what happened in each round
 * @param placements    applicants placed by SOAP, with the round they accepted in
 * @param openPositions programs with positions still open after the last round
 * @param unplaced      applicants still without a position
 */
public record SoapResult(List<Round> rounds, List<Placement> placements, List<Opening> openPositions, List<String> unplaced) {

    public SoapResult {
        rounds = List.copyOf(rounds);
        placements = List.copyOf(placements);
        openPositions = List.copyOf(openPositions);
        unplaced = List.copyOf(unplaced);
    }

    /** An offer of a position at {@code program} to {@code applicant} (also used for acceptances and declines). */
    public record Offer(String program, String applicant) {
    }

    public record Round(int number, List<Offer> offers, List<Offer> acceptances, List<Offer> declines) {
        public Round {
            offers = List.copyOf(offers);
            acceptances = List.copyOf(acceptances);
            declines = List.copyOf(declines);
        }
    }

    /** {@code choice}: the 1-based position of the program on the applicant's SOAP list. */
    public record Placement(String applicant, String program, int round, int choice) {
    }

    public record Opening(String program, int open) {
    }
}
