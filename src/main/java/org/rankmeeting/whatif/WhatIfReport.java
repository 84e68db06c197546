package org.rankmeeting.whatif;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Lines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders what-if results: the file changes, then per program the move and the reasons behind it. */
public final class WhatIfReport {

    private WhatIfReport() {
    }

    public static String render(List<WhatIf.Result> results, Format format) {
        return switch (format) {
            case JSON -> JsonTree.write(results.stream().map(WhatIfReport::json).toList());
            case TEXT -> text(results, false);
            case MARKDOWN -> text(results, true);
        };
    }

    /** "not invited (high risk)", "upper-mid (probably safe), #2". */
    public static String outcome(Placement p, int rank) {
        return p.outcomeLabel() + (p.bucket() == null ? "" : " (" + p.bucket().label() + ")")
                + (rank > 0 ? ", #" + rank : "");
    }

    /** "up 2 levels", "down 1 level", "same outcome". */
    public static String move(int levels) {
        if (levels == 0) {
            return "same outcome";
        }
        int n = Math.abs(levels);
        return (levels > 0 ? "up " : "down ") + n + (n == 1 ? " level" : " levels");
    }

    private static String text(List<WhatIf.Result> results, boolean md) {
        StringBuilder out = new StringBuilder();
        for (WhatIf.Result r : results) {
            String title = "What if: " + r.before().displayName() + " - " + r.variant().displayName()
                    + (r.variant().id() == null ? "" : " [" + r.variant().id() + "]");
            out.append(md ? "## " : "== ").append(title).append("\n\n");
            out.append(md ? "**Changes to the file**\n\n" : "Changes to the file:\n");
            if (r.fileChanges().isEmpty()) {
                out.append(md ? "- (none)\n" : "  (none)\n");
            }
            for (String change : r.fileChanges()) {
                out.append(md ? "- `" + change + "`\n" : "  " + change + "\n");
            }
            out.append('\n');
            if (md) {
                out.append("| program | before | after | move | score |\n|---|---|---|---|---|\n");
                for (ProgramDiff d : r.programs()) {
                    out.append("| ").append(d.program().displayName()).append(" | ").append(outcome(d.before(), d.rankBefore()))
                            .append(" | ").append(outcome(d.after(), d.rankAfter())).append(" | ").append(move(d.levelChange()))
                            .append(" | ").append(d.before().score()).append(" -> ").append(d.after().score()).append(" |\n");
                }
                out.append('\n');
            }
            for (ProgramDiff d : r.programs()) {
                String head = d.program().displayName() + " [" + d.program().id() + "]: "
                        + outcome(d.before(), d.rankBefore()) + " -> " + outcome(d.after(), d.rankAfter())
                        + "; " + move(d.levelChange())
                        + (d.before().score() != d.after().score() ? "; score " + d.before().score() + " -> " + d.after().score() : "");
                out.append(md ? "### " + head + "\n\n" : head + "\n");
                if (d.reasons().isEmpty()) {
                    out.append(md ? "No reason changed.\n\n" : "  no reason changed\n");
                    continue;
                }
                for (ReasonChange c : d.reasons()) {
                    out.append(md ? "- " : "  ").append(reasonLine(c)).append('\n');
                }
                out.append(md ? "\n" : "");
            }
            long up = r.programs().stream().filter(d -> d.levelChange() > 0).count();
            long down = r.programs().stream().filter(d -> d.levelChange() < 0).count();
            out.append(md ? "\n**Summary:** " : "Summary: ").append("up at ").append(up).append(", down at ").append(down)
                    .append(", same at ").append(r.programs().size() - up - down).append(" of ").append(r.programs().size())
                    .append(" programs (levels ").append(Evidence.signed(r.totalLevelChange())).append(")\n\n");
        }
        return out.toString();
    }

    /** {@code + [U4] rule | points +8 | sentence (values)}; a change shows both effects and both value sets. */
    static String reasonLine(ReasonChange c) {
        Evidence e = c.line();
        if (c.kind() != ReasonChange.Kind.CHANGED) {
            return c.kind().mark() + " " + Lines.line(e);
        }
        Evidence was = c.before();
        String effect = Lines.effect(was).equals(Lines.effect(e)) ? Lines.effect(e) : Lines.effect(was) + " -> " + Lines.effect(e);
        String values = was.getValues().equals(e.getValues()) ? e.getValues() : was.getValues() + " -> " + e.getValues();
        return "~ [" + e.getHeuristic() + "] " + e.getRule() + " | " + effect + " | " + e.getSentence()
                + (values.isEmpty() ? "" : " (" + values + ")");
    }

    private static Map<String, Object> json(WhatIf.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variant", r.variant().id());
        m.put("name", r.variant().displayName());
        m.put("applicant", r.before().id());
        m.put("fileChanges", r.fileChanges());
        m.put("totalLevelChange", r.totalLevelChange());
        m.put("programs", r.programs().stream().map(d -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("program", d.program().id());
            p.put("programName", d.program().displayName());
            p.put("before", summary(d.before(), d.rankBefore()));
            p.put("after", summary(d.after(), d.rankAfter()));
            p.put("levelChange", d.levelChange());
            p.put("reasons", d.reasons().stream().map(c -> {
                Map<String, Object> rc = new LinkedHashMap<>();
                rc.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                if (c.before() != null) {
                    rc.put("before", JsonTree.evidence(c.before()));
                }
                if (c.after() != null) {
                    rc.put("after", JsonTree.evidence(c.after()));
                }
                return rc;
            }).toList());
            return p;
        }).toList());
        return m;
    }

    private static Map<String, Object> summary(Placement p, int rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", p.stage().code());
        m.put("bucket", p.bucket() == null ? null : p.bucket().code());
        m.put("tier", p.tier() == null ? null : p.tier().code());
        m.put("rank", rank == 0 ? null : rank);
        m.put("score", p.score());
        return m;
    }
}
