package org.rankmeeting.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one file past one program, as the meeting opens, on another rule base built from the same rules (for
 * example with probe rules added), and hands back what the rules inserted: the evidence trail and the facts of a
 * wanted type.
 */
public final class ProbeRun {

    /** The evidence of the run and the inserted facts of the wanted type, in insertion order. */
    public record Result<T>(List<Evidence> trail, List<T> facts) {
    }

    private ProbeRun() {
    }

    public static <T> Result<T> run(KieBase base, World world, Applicant applicant, Program program, Class<T> wanted) {
        Case c = new CaseFactory(world).build(0, applicant, program, CaseFactory.MeetingState.OPENING);
        KieSession session = base.newKieSession();
        try {
            session.insert(c);
            RuleSession.focusStages(session, RuleSet.MEETING.stages());
            session.fireAllRules(RuleSet.MEETING.maxFiringsPerSubject());
            List<Evidence> trail = new ArrayList<>();
            List<T> facts = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Evidence e) {
                    trail.add(e);
                } else if (wanted.isInstance(o)) {
                    facts.add(wanted.cast(o));
                }
            }
            return new Result<>(List.copyOf(trail), List.copyOf(facts));
        } finally {
            session.dispose();
        }
    }
}
