package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the Match needs: the programs with their positions and rank lists, the single applicants
 * and the couples with theirs. The order of each list is the processing order (see
 * {@link DeferredAcceptance}); results do not depend on it except where couples make the outcome
 * depend on the order in which they are processed.
 *
 * <p>{@link DeferredAcceptance#run} validates the input and throws
 * {@link org.rankmeeting.BadInputException} listing every problem found.
 */
public record MatchInput(List<ProgramRanking> programs, List<ApplicantRanking> applicants, List<CoupleRanking> couples) {

    public MatchInput {
        programs = Lists.copy(programs);
        applicants = Lists.copy(applicants);
        couples = couples == null ? List.of() : Lists.copy(couples);
    }

    public MatchInput(List<ProgramRanking> programs, List<ApplicantRanking> applicants) {
        this(programs, applicants, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects programs, applicants and couples in the order they are added. */
    public static final class Builder {
        private final List<ProgramRanking> programs = new ArrayList<>();
        private final List<ApplicantRanking> applicants = new ArrayList<>();
        private final List<CoupleRanking> couples = new ArrayList<>();

        private Builder() {
        }

        public Builder program(String id, int positions, String... rankList) {
            programs.add(new ProgramRanking(id, positions, rankList));
            return this;
        }

        public Builder applicant(String id, String... rankList) {
            applicants.add(new ApplicantRanking(id, rankList));
            return this;
        }

        public Builder couple(String id, String first, String second, ProgramPair... rankList) {
            couples.add(new CoupleRanking(id, first, second, rankList));
            return this;
        }

        public Builder add(ProgramRanking program) {
            programs.add(program);
            return this;
        }

        public Builder add(ApplicantRanking applicant) {
            applicants.add(applicant);
            return this;
        }

        public Builder add(CoupleRanking couple) {
            couples.add(couple);
            return this;
        }

        public MatchInput build() {
            return new MatchInput(programs, applicants, couples);
        }
    }
}
