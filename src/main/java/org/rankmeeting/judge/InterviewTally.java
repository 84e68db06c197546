package org.rankmeeting.judge;

import org.rankmeeting.scenario.Program.Signals.InterviewCue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * P4, intermediate: the interview-day cues of one program sorted by the rules into talk of service (coverage,
 * workload) and talk of training (teaching, outcomes). Never shown to the user directly.
 */
public record InterviewTally(String programId, List<InterviewCue> service, List<InterviewCue> training) {

    public InterviewTally {
        service = List.copyOf(service);
        training = List.copyOf(training);
    }

    public int serviceCount() { return service.size(); }
    public int trainingCount() { return training.size(); }

    /** "coverage, hours, not afraid of hard work" (what was heard, in words). */
    public String serviceHeard() { return heard(service); }
    public String trainingHeard() { return heard(training); }

    private static String heard(List<InterviewCue> cues) {
        return cues.isEmpty() ? "nothing" : cues.stream().map(InterviewCue::phrase).collect(Collectors.joining(", "));
    }
}
