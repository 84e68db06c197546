package org.rankmeeting.matchday;

import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.match.BlockingPair;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramPair;
import org.rankmeeting.match.TraceStep;
import org.rankmeeting.scenario.MatchFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the Match on a plain match file: the steps (with {@code --trace}), who matched where at which
 * choice, what stayed open, and the file's expectations. JSON uses ordered maps only, so the same input
 * gives the same bytes.
 */
public final class PlainMatchReport {

    private PlainMatchReport() {
    }

    public static String render(String source, PlainMatch.Outcome o, Format format) {
        return switch (format) {
            case JSON -> JsonTree.write(json(source, o));
            case TEXT -> text(source, o, false);
            case MARKDOWN -> text(source, o, true);
        };
    }

    private static String text(String source, PlainMatch.Outcome o, boolean md) {
        MatchFile f = o.file();
        String h1 = md ? "## " : "== ";
        String h2 = md ? "### " : "";
        String li = md ? "- " : "  ";
        StringBuilder out = new StringBuilder();
        out.append(h1).append("The Match: ").append(f.title() == null ? source : f.title()).append(" (").append(source).append(")\n\n");
        if (!o.steps().isEmpty()) {
            out.append(steps(o.steps(), md)).append('\n');
        }
        MatchResult r = o.result();
        out.append(h2).append("Result\n").append(md ? "\n" : "");
        for (MatchFile.MatchProgram p : f.programs()) {
            MatchResult.ProgramFill fill = r.program(p.id()).orElseThrow();
            List<String> who = new ArrayList<>();
            for (String a : fill.matched()) {
                who.add(a + " (choice " + r.placement(a).map(MatchResult.Placement::choice).orElse(0) + ")");
            }
            out.append(li).append(p.displayName()).append(", ").append(fill.positions()).append(fill.positions() == 1 ? " position: " : " positions: ")
                    .append(who.isEmpty() ? "nobody" : String.join(", ", who))
                    .append(fill.unfilled() > 0 ? "; " + fill.unfilled() + " unfilled" : "; full").append('\n');
        }
        out.append(li).append("unmatched: ").append(r.unmatched().isEmpty() ? "nobody" : String.join(", ", r.unmatched())).append('\n');
        out.append(li).append(r.stable() ? "stable: no applicant and program would both rather have each other"
                : "NOT STABLE: " + String.join("; ", r.blockingPairs().stream().map(BlockingPair::explanation).toList())).append('\n');
        for (String note : r.notes()) {
            out.append(li).append(note).append('\n');
        }
        if (!o.checks().isEmpty()) {
            long met = o.checks().stream().filter(PlainMatch.Check::met).count();
            out.append('\n').append(h2).append("Expectations: ").append(met).append(" met, ").append(o.checks().size() - met)
                    .append(" failed\n").append(md ? "\n" : "");
            for (PlainMatch.Check c : o.checks()) {
                out.append(li).append(c.met() ? "ok    " : "FAIL  ").append(c.text()).append(c.met() ? "" : "; got " + c.got()).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /** The steps of the Match in words, numbered, under a "Step by step" heading. */
    static String steps(List<TraceStep> steps, boolean md) {
        StringBuilder out = new StringBuilder(md ? "### The Match step by step\n\n" : "The Match step by step\n");
        for (TraceStep s : steps) {
            out.append(md ? s.step() + ". " : String.format("  %3d. ", s.step())).append(s.text()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> json(String source, PlainMatch.Outcome o) {
        MatchFile f = o.file();
        MatchResult r = o.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", source);
        m.put("title", f.title());
        m.put("programs", f.programs().stream().map(p -> JsonTree.fields("id", p.id(), "name", p.displayName(),
                "positions", p.positions(), "rankList", p.rankList())).toList());
        m.put("applicants", f.applicants().stream().map(a -> JsonTree.fields("id", a.id(), "name", a.displayName(),
                "rankList", a.rankList())).toList());
        m.put("couples", f.couples().stream().map(c -> JsonTree.fields("id", c.id(), "partners", c.partners(),
                "rankList", c.rankList())).toList());
        if (!o.steps().isEmpty()) {
            m.put("steps", o.steps().stream().map(PlainMatchReport::step).toList());
        }
        m.put("matched", r.placements().stream().map(p -> JsonTree.fields("applicant", p.applicant(), "program", p.program(),
                "choice", p.choice(), "couple", p.couple())).toList());
        m.put("unmatched", r.unmatched());
        m.put("unfilled", r.programs().stream().filter(x -> x.unfilled() > 0)
                .map(x -> JsonTree.fields("program", x.program(), "unfilled", x.unfilled())).toList());
        m.put("stable", r.stable());
        m.put("blockingPairs", r.blockingPairs().stream().map(BlockingPair::explanation).toList());
        m.put("notes", r.notes());
        m.put("expectations", o.checks().stream().map(c -> JsonTree.fields("expectation", c.text(), "met", c.met(),
                "got", c.got())).toList());
        return m;
    }

    /** One step as the studio reads it; absent fields are left out. */
    static Map<String, Object> step(TraceStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("event", s.event());
        putIf(m, "applicant", s.applicant());
        putIf(m, "couple", s.couple());
        putIf(m, "program", s.program());
        if (s.pair() != null) {
            m.put("pair", pair(s.pair()));
        }
        if (s.choice() > 0) {
            m.put("choice", s.choice());
        }
        putIf(m, "result", s.result());
        putIf(m, "bumped", s.bumped());
        m.put("text", s.text());
        m.put("held", s.held());
        return m;
    }

    private static List<String> pair(ProgramPair p) {
        List<String> sides = new ArrayList<>();
        sides.add(p.first() == null ? "no-match" : p.first());
        sides.add(p.second() == null ? "no-match" : p.second());
        return sides;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
