package org.rankmeeting.counterfactual;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Lines;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.whatif.ProgramDiff;
import org.rankmeeting.whatif.ReasonChange;
import org.rankmeeting.whatif.WhatIfReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a counterfactual search: the goal, the answers with what they change and why, the best next step. */
public final class CounterfactualReport {

    private CounterfactualReport() {
    }

    public static String render(Counterfactual.Outcome o, Format format) {
        return switch (format) {
            case JSON -> JsonTree.write(json(o));
            case TEXT -> text(o, false);
            case MARKDOWN -> text(o, true);
        };
    }

    private static String scopeName(Counterfactual.Outcome o) {
        return o.scope().size() == 1 ? o.scope().get(0).displayName()
                : "all " + o.scope().size() + " programs";
    }

    private static String goal(Counterfactual.Outcome o) {
        if (o.scope().size() == 1) {
            return o.target() == null ? "none: the file is already at the top tier" : o.target().label() + " or better";
        }
        return o.target() == null ? "gain levels in total (a level: not invited to interviewed, or one tier)"
                : "be at " + o.target().label() + " or better at more programs than now";
    }

    private static String text(Counterfactual.Outcome o, boolean md) {
        StringBuilder out = new StringBuilder();
        String h1 = md ? "## " : "== ";
        String h2 = md ? "### " : "";
        String item = md ? "- " : "   ";
        out.append(h1).append("What would lift ").append(o.applicant().displayName()).append(" at ").append(scopeName(o))
                .append("\n\n");
        out.append("Now: ");
        List<String> now = new ArrayList<>();
        o.baseline().forEach((id, p) -> now.add(name(o, id) + " " + p.outcomeLabel()));
        out.append(String.join("; ", now)).append(".\nGoal: ").append(goal(o)).append(".\n");
        out.append("Searched ").append(o.combinationsTried()).append(" combinations of up to ").append(o.maxActions())
                .append(" actions from a catalogue of ").append(o.catalogue().size())
                .append("; every answer below was checked by running the whole meeting again.\n\n");
        if (o.answers().isEmpty()) {
            out.append(noAnswer(o, md));
        }
        int n = 1;
        for (Counterfactual.Answer a : o.answers()) {
            out.append(h2).append(n++).append(". ").append(answerTitle(a)).append(md ? "\n\n" : "\n");
            answerBody(out, a, o.scope(), item);
            out.append('\n');
        }
        if (o.bestNextStep() != null) {
            Counterfactual.Answer b = o.bestNextStep();
            out.append(h2).append("Best next step over all programs: ").append(answerTitle(b))
                    .append(" - ").append(WhatIfReport.move(b.lift())).append(" in total").append(md ? "\n\n" : "\n");
            answerBody(out, b, null, item);
            out.append('\n');
        } else {
            out.append(h2).append("Best next step over all programs: none of the single actions lifts the file anywhere.\n\n");
        }
        out.append(md ? "**Actions considered** (effort cost in points)\n\n" : "Actions considered (effort cost in points):\n");
        for (Action a : o.catalogue()) {
            out.append(item).append(a.cost()).append("  ").append(a.id()).append(": ").append(a.description()).append('\n');
        }
        return out.toString();
    }

    private static String answerTitle(Counterfactual.Answer a) {
        Counterfactual.Candidate c = a.candidate();
        return "cost " + c.cost() + ": " + String.join("; and ", c.actions().stream().map(Action::description).toList())
                + " [" + c.ids() + "]";
    }

    private static void answerBody(StringBuilder out, Counterfactual.Answer a, List<Program> scope, String item) {
        for (ProgramDiff d : a.verified().programs()) {
            if (scope != null && scope.stream().noneMatch(p -> p.id().equals(d.program().id()))) {
                continue;
            }
            if (!d.anyChange()) {
                continue;
            }
            out.append(item).append(d.program().displayName()).append(": ")
                    .append(WhatIfReport.outcome(d.before(), d.rankBefore())).append(" -> ")
                    .append(WhatIfReport.outcome(d.after(), d.rankAfter())).append(" (")
                    .append(WhatIfReport.move(d.levelChange())).append(")\n");
            for (ReasonChange c : d.reasons()) {
                if (c.kind() == ReasonChange.Kind.CHANGED || c.line().getEffect() == org.rankmeeting.engine.Effect.NOTE) {
                    continue;
                }
                out.append(item).append("  ").append(c.kind() == ReasonChange.Kind.APPEARED ? "now fires: " : "no longer fires: ")
                        .append('[').append(c.line().getHeuristic()).append("] ").append(c.line().getRule())
                        .append(" (").append(Lines.effect(c.line())).append(")\n");
            }
        }
    }

    /** Says plainly that nothing in reach helps, and what holds the file there. */
    private static String noAnswer(Counterfactual.Outcome o, boolean md) {
        StringBuilder out = new StringBuilder();
        out.append(md ? "**No realistic change helps.** " : "No realistic change helps. ")
                .append("No combination of up to ").append(o.maxActions()).append(" actions from the catalogue reaches the goal")
                .append(o.scope().size() == 1 ? " at " + o.scope().get(0).displayName() : "").append(".\n");
        for (Map.Entry<String, Placement> e : o.baseline().entrySet()) {
            List<Evidence> stops = e.getValue().principalReasons();
            if (stops.isEmpty()) {
                continue;
            }
            out.append("What holds the file at ").append(name(o, e.getKey())).append(":\n");
            for (Evidence ev : stops) {
                out.append(md ? "- " : "   ").append(Lines.line(ev)).append('\n');
            }
        }
        return out.append("No action in the catalogue below moves these this season.\n\n").toString();
    }

    private static String name(Counterfactual.Outcome o, String programId) {
        return o.scope().stream().filter(p -> p.id().equals(programId)).findFirst().map(Program::displayName).orElse(programId);
    }

    private static Map<String, Object> json(Counterfactual.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicant", o.applicant().id());
        m.put("programs", o.scope().stream().map(Program::id).toList());
        m.put("target", o.target() == null ? null : o.target().code());
        m.put("goal", goal(o));
        m.put("maxActions", o.maxActions());
        m.put("combinationsTried", o.combinationsTried());
        Map<String, Object> now = new LinkedHashMap<>();
        o.baseline().forEach((id, p) -> now.put(id, p.outcomeLabel()));
        m.put("now", now);
        m.put("answers", o.answers().stream().map(CounterfactualReport::answer).toList());
        m.put("bestNextStep", o.bestNextStep() == null ? null : answer(o.bestNextStep()));
        m.put("catalogue", o.catalogue().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("cost", a.cost());
            x.put("description", a.description());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> answer(Counterfactual.Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actions", a.candidate().actions().stream().map(Action::id).toList());
        m.put("cost", a.candidate().cost());
        m.put("lift", a.lift());
        m.put("fileChanges", a.verified().fileChanges());
        m.put("programs", a.verified().programs().stream().filter(ProgramDiff::anyChange).map(d -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("program", d.program().id());
            p.put("before", d.before().outcomeLabel());
            p.put("after", d.after().outcomeLabel());
            p.put("levelChange", d.levelChange());
            p.put("rulesNowFiring", rules(d, ReasonChange.Kind.APPEARED));
            p.put("rulesNoLongerFiring", rules(d, ReasonChange.Kind.DISAPPEARED));
            return p;
        }).toList());
        return m;
    }

    private static List<String> rules(ProgramDiff d, ReasonChange.Kind kind) {
        return d.reasons().stream().filter(c -> c.kind() == kind)
                .map(c -> c.line().getHeuristic() + " " + c.line().getRule()).distinct().toList();
    }

}
