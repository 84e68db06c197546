package org.rankmeeting.matchday;

import org.rankmeeting.match.ApplicantRanking;
import org.rankmeeting.match.CoupleRanking;
import org.rankmeeting.match.DeferredAcceptance;
import org.rankmeeting.match.MatchInput;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramPair;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.match.TraceStep;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.MatchFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Match on a plain {@link MatchFile}: the lists as written, no meeting; the file's expectations checked. */
public final class PlainMatch {

    /** The Match's result, the steps when a trace was asked for (else empty), and each expectation checked. */
    public record Outcome(MatchFile file, MatchInput input, MatchResult result, List<TraceStep> steps, List<Check> checks) {
        public boolean allMet() {
            return checks.stream().allMatch(Check::met);
        }
    }

    /** One expectation: what it says, whether it holds, and what the Match gave. */
    public record Check(String text, boolean met, String got) {}

    private PlainMatch() {
    }

    public static Outcome run(MatchFile file, boolean trace) {
        MatchInput input = input(file);
        List<TraceStep> steps = new ArrayList<>();
        MatchResult result = trace ? new DeferredAcceptance().trace(input, steps::add) : new DeferredAcceptance().run(input);
        return new Outcome(file, input, result, List.copyOf(steps), check(file, result));
    }

    /** The file's lists as the matcher's input, in the file's order. */
    public static MatchInput input(MatchFile file) {
        MatchInput.Builder b = MatchInput.builder();
        for (MatchFile.MatchProgram p : file.programs()) {
            b.add(new ProgramRanking(p.id(), p.positions(), p.rankList()));
        }
        for (MatchFile.MatchApplicant a : file.applicants()) {
            b.add(new ApplicantRanking(a.id(), a.rankList()));
        }
        for (Couple c : file.couples()) {
            List<ProgramPair> pairs = new ArrayList<>();
            for (List<String> pair : c.rankList()) {
                pairs.add(new ProgramPair(side(pair.get(0)), side(pair.get(1))));
            }
            b.add(new CoupleRanking(c.id(), c.partners().get(0), c.partners().get(1), pairs));
        }
        return b.build();
    }

    private static String side(String program) {
        return Couple.NO_MATCH.equals(program) ? null : program;
    }

    static List<Check> check(MatchFile file, MatchResult r) {
        List<Check> out = new ArrayList<>();
        for (MatchFile.MatchExpectation e : file.expectations()) {
            String why = e.why() == null ? "" : " (" + e.why() + ")";
            if (e.applicant() == null) {
                int unfilled = r.program(e.program()).map(MatchResult.ProgramFill::unfilled).orElse(0);
                out.add(new Check(e.program() + " has " + e.unfilled() + " unfilled position(s)" + why, unfilled == e.unfilled(),
                        unfilled + " unfilled"));
                continue;
            }
            Optional<MatchResult.Placement> got = r.placement(e.applicant());
            String gotText = got.map(p -> "matched at " + p.program() + " (choice " + p.choice() + ")").orElse("unmatched");
            boolean met;
            String text;
            if (Couple.NO_MATCH.equals(e.program())) {
                met = got.isEmpty();
                text = e.applicant() + " is unmatched";
            } else {
                met = got.map(p -> p.program().equals(e.program()) && (e.choice() == null || p.choice() == e.choice())).orElse(false);
                text = e.applicant() + " matches at " + e.program() + (e.choice() == null ? "" : " (choice " + e.choice() + ")");
            }
            out.add(new Check(text + why, met, gotText));
        }
        return out;
    }
}
