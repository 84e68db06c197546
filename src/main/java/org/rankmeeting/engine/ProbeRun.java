package org.rankmeeting.engine;

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

    /** The evidence of the run and the inserted facts of the wanted type, for one program. */
    public record Result<T>(List<Evidence> trail, List<T> facts) {
    }

    /** The caseId of a fact, for grouping (probe facts carry the id of the case they were made for). */
    public interface OfCase {
        int caseId();
    }

    private ProbeRun() {
    }

    /** One session for all the programs; results in the order of the programs. */
    public static <T extends OfCase> List<Result<T>> run(RuleBase rules, World world, Applicant applicant,
                                                         List<Program> programs, Class<T> wanted) {
        CaseFactory factory = new CaseFactory(world);
        List<List<Evidence>> trails = new ArrayList<>();
        List<List<T>> facts = new ArrayList<>();
        KieSession session = rules.kieBase().newKieSession();
        rules.prepare(session);
        try {
            for (int i = 0; i < programs.size(); i++) {
                Case c = factory.build(i, applicant, programs.get(i), CaseFactory.MeetingState.OPENING);
                RuleSession.insertWithParts(session, c, c.parts());
                trails.add(new ArrayList<>());
                facts.add(new ArrayList<>());
            }
            RuleSession.focusStages(session, RuleSet.MEETING.stages());
            session.fireAllRules(RuleSet.MEETING.maxFiringsPerSubject() * Math.max(1, programs.size()));
            for (Object o : session.getObjects()) {
                if (o instanceof Evidence e) {
                    trails.get(e.getCaseId()).add(e);
                } else if (wanted.isInstance(o)) {
                    T t = wanted.cast(o);
                    facts.get(t.caseId()).add(t);
                }
            }
        } finally {
            session.dispose();
        }
        List<Result<T>> out = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            out.add(new Result<>(List.copyOf(trails.get(i)), List.copyOf(facts.get(i))));
        }
        return out;
    }
}
