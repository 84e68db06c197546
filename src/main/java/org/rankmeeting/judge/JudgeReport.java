package org.rankmeeting.judge;

import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The judgements of one or more scenarios' programs, in any {@link Format}. */
public final class JudgeReport {

    /** The programs judged in one scenario file. */
    public record Section(String source, String title, List<Judgement> judgements) {
        public Section {
            judgements = List.copyOf(judgements);
        }
    }

    private JudgeReport() {
    }

    /** Text and Markdown: one section after another; JSON: one list with an entry per section. */
    public static String render(List<Section> sections, Format format) {
        return switch (format) {
            case TEXT -> sections.stream().map(JudgeReport::text).collect(Collectors.joining("\n"));
            case MARKDOWN -> sections.stream().map(JudgeReport::markdown).collect(Collectors.joining("\n"));
            case JSON -> JsonTree.write(sections.stream().map(JudgeReport::json).toList());
        };
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static String text(Section s) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(s.title() == null ? s.source() : s.title()).append(" (").append(s.source()).append(")\n");
        if (s.judgements().size() > 1) {
            out.append("\nBest first, on public signals alone:\n");
            Table table = new Table("#", "program", "category", "score", "red flags", "interview day");
            int rank = 1;
            for (Judgement j : best(s)) {
                table.row(Integer.toString(rank++), j.programName(), j.category().label(),
                        Integer.toString(j.score()), Integer.toString(j.redFlags().size()), j.interviewDay().label());
            }
            out.append(table.render());
        }
        for (Judgement j : s.judgements()) {
            out.append('\n').append(j.programName()).append(" [").append(j.programId()).append("]\n");
            out.append("  ").append(headline(j)).append('\n');
            if (j.declaredCategory() != null) {
                out.append("  ").append(declared(j)).append('\n');
            }
            out.append("  components: ").append(j.components().entrySet().stream()
                    .map(e -> e.getKey().label() + " " + e.getValue() + "/" + e.getKey().weight()
                            + (j.neutral().contains(e.getKey()) ? " (no data)" : ""))
                    .collect(Collectors.joining(", "))).append('\n');
            List<Finding> flags = j.redFlags();
            out.append("  red flags: ").append(flags.isEmpty() ? "none" : flags.stream().map(Finding::getRule)
                    .collect(Collectors.joining("; "))).append('\n');
            out.append("  why:\n");
            int i = 1;
            for (Finding f : j.lines()) {
                out.append("    ").append(i++).append(". ").append(f.line()).append('\n');
            }
        }
        return out.toString();
    }

    private static String headline(Judgement j) {
        return j.category().label() + ", score " + j.score() + "/100; " + warningSigns(j)
                + "; interview day: " + j.interviewDay().label();
    }

    /**
     * What P1 counts, as its line counts it: "7 warning signs (6 red flags and a service-program interview day)",
     * "1 warning sign (1 red flag)", "no warning signs".
     */
    static String warningSigns(Judgement j) {
        int flags = j.redFlags().size();
        int signs = j.warningSigns();
        if (signs == 0) {
            return Wording.warnings(0);
        }
        String parts = (flags == 0 ? "" : flags + (flags == 1 ? " red flag" : " red flags"))
                + (signs > flags ? (flags == 0 ? "" : " and ") + "a service-program interview day" : "");
        return Wording.warnings(signs) + " (" + parts + ")";
    }

    private static String declared(Judgement j) {
        return "the scenario's profile declares it " + j.declaredCategory().code()
                + (j.agreesWithDeclared() ? " (agrees)" : " (the applicant's reading differs)");
    }

    private static List<Judgement> best(Section s) {
        return s.judgements().stream().sorted(Judgement.BEST_FIRST).toList();
    }

    // ---- markdown --------------------------------------------------------------------------------------------

    private static String markdown(Section s) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(s.title() == null ? s.source() : s.title()).append("\n\n");
        out.append("| # | program | category | score | red flags | interview day |\n|---|---|---|---|---|---|\n");
        int rank = 1;
        for (Judgement j : best(s)) {
            out.append("| ").append(rank++).append(" | ").append(cell(j.programName())).append(" | ").append(j.category().label())
                    .append(" | ").append(j.score()).append(" | ").append(j.redFlags().size()).append(" | ")
                    .append(j.interviewDay().label()).append(" |\n");
        }
        for (Judgement j : s.judgements()) {
            out.append("\n## ").append(j.programName()).append("\n\n");
            out.append("**").append(j.category().label()).append("**, score ").append(j.score()).append("/100; ")
                    .append(headline(j).substring(headline(j).indexOf("; ") + 2)).append(".");
            if (j.declaredCategory() != null) {
                out.append(" The scenario's profile declares it ").append(j.declaredCategory().code())
                        .append(j.agreesWithDeclared() ? " (agrees)." : " (the applicant's reading differs).");
            }
            out.append("\n\n| component | score | weight |\n|---|---|---|\n");
            j.components().forEach((c, points) -> out.append("| ").append(c.label()).append(" | ").append(points)
                    .append(j.neutral().contains(c) ? " (no data)" : "").append(" | ").append(c.weight()).append(" |\n"));
            out.append("\n**Red flags**: ").append(j.redFlags().isEmpty() ? "none" : j.redFlags().stream()
                    .map(Finding::getRule).collect(Collectors.joining("; "))).append("\n\n**Why**\n\n");
            int i = 1;
            for (Finding f : j.lines()) {
                out.append(i++).append(". ").append(f.line()).append('\n');
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "/");
    }

    // ---- json ------------------------------------------------------------------------------------------------

    private static Map<String, Object> json(Section s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", s.source());
        root.put("title", s.title());
        root.put("programs", s.judgements().stream().map(JudgeReport::json).toList());
        return root;
    }

    /** One judgement as a plain JSON tree. */
    public static Map<String, Object> json(Judgement j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", j.programId());
        m.put("name", j.programName());
        m.put("category", j.category().code());
        m.put("categoryLabel", j.category().label());
        m.put("score", j.score());
        m.put("components", j.components().entrySet().stream().map(e -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("component", e.getKey().code());
            c.put("score", e.getValue());
            c.put("weight", e.getKey().weight());
            c.put("noData", j.neutral().contains(e.getKey()));
            return c;
        }).toList());
        m.put("redFlags", j.redFlags().stream().map(JudgeReport::json).toList());
        m.put("interviewDay", j.interviewDay().code());
        m.put("declaredCategory", j.declaredCategory() == null ? null : j.declaredCategory().code());
        m.put("explanation", j.lines().stream().map(JudgeReport::json).toList());
        return m;
    }

    private static Map<String, Object> json(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heuristic", f.getHeuristic());
        m.put("rule", f.getRule());
        m.put("effect", f.effect());
        m.put("sentence", f.getSentence());
        m.put("values", f.getValues());
        return m;
    }
}
