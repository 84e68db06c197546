package org.rankmeeting.counterfactual;

import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.TierLadder;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Lines;
import org.rankmeeting.output.MarkdownTable;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.whatif.ProgramDiff;
import org.rankmeeting.whatif.ReasonChange;
import org.rankmeeting.whatif.WhatIfReport;
import org.rankmeeting.whynot.WhyNot;
import org.rankmeeting.whynot.WhyNotLines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a counterfactual search: the goal, the answers with their effect at every program, what they take and why
 * they work, the best next step, and, when nothing helps, what holds the file. Text and JSON carry the same facts; the
 * JSON shape is documented in the README ("Counterfactuals").
 */
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
        if (o.program() != null) {
            return o.scope().get(0).displayName();
        }
        return o.programs().size() == 1 ? o.programs().get(0).displayName() + ", the only program"
                : "all " + o.programs().size() + " programs";
    }

    static String goal(Counterfactual.Outcome o) {
        if (o.program() != null) {
            return o.target() == null ? "none: the file is already at the top tier here" : o.target().label() + " or better";
        }
        return o.target() == null ? "gain levels in total (a level: not invited to interviewed, or one tier)"
                : "be at " + o.target().label() + " or better at more programs than now";
    }

    /** The status in one sentence, the same in text and JSON. */
    static String verdict(Counterfactual.Outcome o) {
        String where = o.program() != null ? " at " + o.scope().get(0).displayName() : "";
        return switch (o.status()) {
            case ANSWERS -> o.answers().size() + " answer(s) reach the goal" + where + ".";
            case AT_TOP -> o.applicant().displayName() + " is already at the top tier (" + org.rankmeeting.scenario.Tier.RANK_TO_MATCH.label()
                    + ")" + (o.program() != null ? where : " at every program") + ": there is nothing higher to reach.";
            case AT_GOAL -> o.applicant().displayName() + " is already at " + o.target().label() + " or better"
                    + (o.program() != null ? where : " at every program") + ": nothing to do for this goal.";
            case NOTHING_HELPS -> "No realistic change helps: no combination within the bound reaches the goal" + where + ".";
        };
    }

    private static String text(Counterfactual.Outcome o, boolean md) {
        StringBuilder out = new StringBuilder();
        String h1 = md ? "## " : "== ";
        String h2 = md ? "### " : "";
        String item = md ? "- " : "   ";
        String sub = md ? "  - " : "     ";   // under an item: nested in markdown, indented in text
        out.append(h1).append("What would lift ").append(o.applicant().displayName()).append(" at ").append(scopeName(o))
                .append("\n\n");
        List<String> now = new ArrayList<>();
        o.baseline().forEach((id, p) -> now.add(name(o, id) + " " + p.outcomeLabel()));
        out.append("Now: ").append(String.join("; ", now)).append(".\nGoal: ").append(goal(o)).append(".\n");
        if (o.by() != null) {
            out.append("As of ").append(o.by()).append(" (Match ").append(o.calendar().matchYear()).append("): ")
                    .append(o.tooLate().size()).append(" action(s) of the catalogue are too late (listed at the end).\n");
        }
        out.append("Searched ").append(o.combinationsTried()).append(" combinations (every single action; pairs of the ")
                .append(Counterfactual.PAIR_POOL).append(" and triples of the ").append(Counterfactual.TRIPLE_POOL)
                .append(" that do most alone) from a catalogue of ").append(o.catalogue().size())
                .append(", each placed at every program; every answer below was checked by running the whole meeting again.\n\n");
        out.append(md ? "**" + verdict(o) + "**" : verdict(o)).append("\n\n");
        if (o.status() == Counterfactual.Status.NOTHING_HELPS) {
            holds(out, o, md);
        }
        int n = 1;
        for (Counterfactual.Answer a : o.answers()) {
            out.append(h2).append(n++).append(". ").append(answerTitle(a)).append(md ? "\n\n" : "\n");
            answerBody(out, o, a, item, sub);
            out.append('\n');
        }
        if (o.bestNextStep() != null) {
            Counterfactual.Answer b = o.bestNextStep();
            out.append(h2).append("Best next step over all programs: ").append(answerTitle(b))
                    .append(" - ").append(WhatIfReport.move(b.netLevels())).append(" in total").append(md ? "\n\n" : "\n");
            answerBody(out, o, b, item, sub);
            out.append('\n');
        } else {
            out.append(h2).append("Best next step over all programs: none of the single actions lifts the file anywhere.\n\n");
        }
        for (Map.Entry<String, List<WhyNot.Miss>> e : o.whyNot().entrySet()) {
            out.append(md ? "**" + WhyNotLines.HEADING + " at " + name(o, e.getKey()) + "**\n\n"
                    : WhyNotLines.HEADING + " at " + name(o, e.getKey()) + ":\n");
            WhyNotLines.text(out, e.getValue(), item);
            out.append('\n');
        }
        if (md) {
            out.append("**Actions considered**\n\n");
            MarkdownTable actions = new MarkdownTable("effort score", "action", "what it is", "what it takes");
            for (Action a : o.catalogue()) {
                actions.row(Integer.toString(a.cost()), "`" + a.id() + "`", a.description(), a.effort().summary(o.calendar()));
            }
            out.append(actions.render());
        } else {
            out.append("Actions considered (effort score; what it takes):\n");
            for (Action a : o.catalogue()) {
                out.append(item).append(a.cost()).append("  ").append(a.id()).append(": ").append(a.description())
                        .append(" [").append(a.effort().summary(o.calendar())).append("]\n");
            }
        }
        if (!o.tooLate().isEmpty()) {
            out.append(md ? "\n**Too late as of " + o.by() + "**\n\n" : "Too late as of " + o.by() + ":\n");
            for (Action a : o.tooLate()) {
                out.append(item).append(a.id()).append(": ").append(a.description()).append(" [")
                        .append(a.effort().summary(o.calendar())).append("]\n");
            }
        }
        return out.toString();
    }

    private static void holds(StringBuilder out, Counterfactual.Outcome o, boolean md) {
        for (Map.Entry<String, List<NearMiss>> e : holds(o).entrySet()) {
            out.append("What holds the file at ").append(name(o, e.getKey())).append(md ? ":\n\n" : ":\n");
            for (NearMiss m : e.getValue()) {
                out.append(md ? "- " : "   ").append(Lines.nearMiss(m)).append('\n');
            }
        }
        out.append("No action in the catalogue moves these this season.\n\n");
    }

    /** What held the file back at each program in scope: its near misses (gates, holds, caps, the ladder). */
    static Map<String, List<NearMiss>> holds(Counterfactual.Outcome o) {
        Map<String, List<NearMiss>> out = new LinkedHashMap<>();
        for (Program p : o.scope()) {
            List<NearMiss> misses = o.baseline().get(p.id()).nearMisses();
            if (!misses.isEmpty()) {
                out.put(p.id(), misses);
            }
        }
        return out;
    }

    private static String answerTitle(Counterfactual.Answer a) {
        Counterfactual.Candidate c = a.candidate();
        List<String> pins = new ArrayList<>();
        if (a.cheapest()) {
            pins.add("the cheapest answer that reaches the goal");
        }
        if (a.mostGain()) {
            pins.add("gains the most");
        }
        return "cost " + c.cost() + (pins.isEmpty() ? "" : " (" + String.join("; ", pins) + ")") + ": "
                + String.join("; and ", c.actions().stream().map(Action::description).toList()) + " [" + c.ids() + "]";
    }

    private static void answerBody(StringBuilder out, Counterfactual.Outcome o, Counterfactual.Answer a, String item,
                                   String sub) {
        for (Action action : a.candidate().actions()) {
            out.append(item).append("takes (").append(action.id()).append("): ").append(action.effort().summary(o.calendar())).append('\n');
        }
        for (Counterfactual.ProgramEffect e : a.effects()) {
            ProgramDiff d = diff(a, e.program());
            if (!d.anyChange()) {
                out.append(item).append(e.program().displayName()).append(": ").append(WhatIfReport.outcome(d.before(), d.rankBefore()))
                        .append(", unchanged\n");
                continue;
            }
            out.append(item).append(e.program().displayName()).append(": ")
                    .append(WhatIfReport.outcome(d.before(), d.rankBefore())).append(" -> ")
                    .append(WhatIfReport.outcome(d.after(), d.rankAfter())).append(" (")
                    .append(WhatIfReport.move(d.levelChange())).append(d.levelChange() < 0 ? ": a cost of this answer" : "")
                    .append(")\n");
            if (e.fragile()) {
                out.append(sub).append("FRAGILE: ").append(fragility(e)).append('\n');
            }
            for (ReasonChange c : d.reasons()) {
                if (c.kind() == ReasonChange.Kind.CHANGED || c.line().getEffect() == org.rankmeeting.engine.Effect.NOTE) {
                    continue;
                }
                out.append(sub).append(c.kind() == ReasonChange.Kind.APPEARED ? "now fires: " : "no longer fires: ")
                        .append('[').append(c.line().getHeuristic()).append("] ").append(c.line().getRule())
                        .append(" (").append(Lines.effect(c.line())).append(")\n");
            }
        }
        out.append(item).append("net: ").append(WhatIfReport.move(a.netLevels())).append(" over all ")
                .append(a.effects().size()).append(" programs");
        if (!a.losses().isEmpty()) {
            out.append("; loses at ").append(String.join(", ", a.losses().stream().map(e -> e.program().displayName()).toList()));
        }
        out.append('\n');
        for (Counterfactual.Size s : a.sizes()) {
            out.append(item).append("same move, other size: ").append(s.ids()).append(" (cost ").append(s.cost())
                    .append("): ").append(liftWords(o, s.lift())).append(", net ").append(WhatIfReport.move(s.netLevels())).append('\n');
        }
    }

    private static String liftWords(Counterfactual.Outcome o, int lift) {
        if (o.program() != null || o.target() == null) {
            return WhatIfReport.move(lift) + (o.program() != null ? " here" : " in total");
        }
        return lift + " more program(s) at " + o.target().label() + " or better";
    }

    /** "clears upper-mid (30) by 1 point: a small change in how the committee reads the file undoes it". */
    static String fragility(Counterfactual.ProgramEffect e) {
        int floor = TierLadder.floorOf(e.after().tier());
        return "clears " + e.after().tier().label() + " (" + floor + ") by " + e.clearsBy() + " point"
                + (e.clearsBy() == 1 ? "" : "s") + " (score " + e.after().score()
                + "): a small change in how the committee reads the file undoes it";
    }

    private static ProgramDiff diff(Counterfactual.Answer a, Program p) {
        return a.verified().programs().stream().filter(d -> d.program().id().equals(p.id())).findFirst().orElseThrow();
    }

    private static String name(Counterfactual.Outcome o, String programId) {
        return o.programs().stream().filter(p -> p.id().equals(programId)).findFirst().map(Program::displayName).orElse(programId);
    }

    private static Map<String, Object> json(Counterfactual.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicant", o.applicant().id());
        m.put("program", o.program());
        m.put("programs", o.programs().stream().map(Program::id).toList());
        m.put("target", o.target() == null ? null : o.target().code());
        m.put("goal", goal(o));
        m.put("status", o.status().code());
        m.put("verdict", verdict(o));
        m.put("by", o.by() == null ? null : o.by().toString());
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("maxActions", Counterfactual.MAX_ACTIONS);
        search.put("pairPool", Counterfactual.PAIR_POOL);
        search.put("triplePool", Counterfactual.TRIPLE_POOL);
        search.put("combinationsTried", o.combinationsTried());
        m.put("search", search);
        Map<String, Object> now = new LinkedHashMap<>();
        o.baseline().forEach((id, p) -> now.put(id, placement(p)));
        m.put("now", now);
        Map<String, Object> holds = new LinkedHashMap<>();
        if (o.status() == Counterfactual.Status.NOTHING_HELPS) {
            holds(o).forEach((id, misses) -> holds.put(id, misses.stream().map(JsonTree::nearMiss).toList()));
        }
        m.put("holds", holds);
        m.put("answers", o.answers().stream().map(a -> answer(o, a)).toList());
        m.put("bestNextStep", o.bestNextStep() == null ? null : answer(o, o.bestNextStep()));
        Map<String, Object> whyNot = new LinkedHashMap<>();
        o.whyNot().forEach((id, misses) -> whyNot.put(id, misses.stream().map(WhyNotLines::json).toList()));
        m.put("whyNot", whyNot);
        m.put("catalogue", o.catalogue().stream().map(a -> action(o, a)).toList());
        m.put("tooLate", o.tooLate().stream().map(a -> action(o, a)).toList());
        return m;
    }

    private static Map<String, Object> placement(Placement p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("outcome", p.outcomeLabel());
        x.put("stage", p.stage().code());
        x.put("tier", p.tier() == null ? null : p.tier().code());
        x.put("level", p.level());
        x.put("score", p.score());
        return x;
    }

    private static Map<String, Object> action(Counterfactual.Outcome o, Action a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", a.id());
        x.put("cost", a.cost());
        x.put("description", a.description());
        x.put("weeks", a.effort().weeks());
        x.put("money", a.effort().money());
        x.put("visaStep", a.effort().visaStep());
        x.put("window", a.effort().window().code());
        x.put("deadline", o.calendar().deadline(a.effort().window()).toString());
        x.put("latestStart", a.effort().latestStart(o.calendar()).toString());
        return x;
    }

    private static Map<String, Object> answer(Counterfactual.Outcome o, Counterfactual.Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actions", a.candidate().actions().stream().map(Action::id).toList());
        m.put("cost", a.candidate().cost());
        m.put("lift", a.lift());
        m.put("netLevels", a.netLevels());
        m.put("cheapest", a.cheapest());
        m.put("mostGain", a.mostGain());
        m.put("fragile", !a.fragile().isEmpty());
        m.put("effort", a.candidate().actions().stream().map(x -> action(o, x)).toList());
        m.put("fileChanges", a.verified().fileChanges());
        m.put("programs", a.effects().stream().map(e -> {
            ProgramDiff d = diff(a, e.program());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("program", e.program().id());
            p.put("before", placement(e.before()));
            p.put("after", placement(e.after()));
            p.put("levelChange", e.levelChange());
            p.put("clearsBy", e.clearsBy());
            p.put("fragile", e.fragile());
            p.put("rulesNowFiring", rules(d, ReasonChange.Kind.APPEARED));
            p.put("rulesNoLongerFiring", rules(d, ReasonChange.Kind.DISAPPEARED));
            return p;
        }).toList());
        m.put("sizes", a.sizes().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("actions", s.actions().stream().map(Action::id).toList());
            x.put("cost", s.cost());
            x.put("lift", s.lift());
            x.put("netLevels", s.netLevels());
            return x;
        }).toList());
        return m;
    }

    private static List<String> rules(ProgramDiff d, ReasonChange.Kind kind) {
        return d.reasons().stream().filter(c -> c.kind() == kind)
                .map(c -> c.line().getHeuristic() + " " + c.line().getRule()).distinct().toList();
    }
}
