package org.rankmeeting.studio;

import org.rankmeeting.judge.Component;
import org.rankmeeting.judge.Finding;
import org.rankmeeting.judge.Judgement;

import java.util.List;

import static org.rankmeeting.studio.Html.esc;

/** Judge a program: the five components as a bar chart out of their weights, the red flags, the category. */
public final class JudgeView {

    private JudgeView() {
    }

    public static String judgements(List<Judgement> judgements, Links links) {
        StringBuilder out = new StringBuilder("<h1>Judge a program, the applicant's side</h1>\n<p class=\"lead\">Read from "
                + "public signals only: graduate outcomes, board pass rates, SOAP history, leadership, visa handling.</p>\n");
        for (Judgement j : judgements) {
            out.append(judgement(j, links));
        }
        return out.toString();
    }

    static String judgement(Judgement j, Links links) {
        StringBuilder out = new StringBuilder("<section class=\"judgement\" id=\"judge-").append(esc(j.programId())).append("\"><h2>")
                .append(esc(j.programName())).append(" <span class=\"cat cat-").append(Html.cls(j.category().code())).append("\">")
                .append(esc(j.category().label())).append("</span> <span class=\"total\">").append(j.score()).append("/100</span></h2>\n");
        if (j.declaredCategory() != null && j.declaredCategory() != j.category()) {
            out.append("<p class=\"small\">The scenario's profile says ").append(esc(j.declaredCategory().label())).append(".</p>");
        }
        int barW = 420;
        int rowH = 30;
        Component[] cs = Component.values();
        out.append("<svg class=\"bars\" viewBox=\"0 0 760 ").append(cs.length * rowH + 10).append("\" width=\"760\" role=\"img\" aria-label=\"components\">");
        for (int i = 0; i < cs.length; i++) {
            Component c = cs[i];
            int y = 5 + i * rowH;
            int score = j.score(c);
            boolean neutral = j.neutral().contains(c);
            out.append("<text x=\"220\" y=\"").append(y + 18).append("\" text-anchor=\"end\" class=\"lbl\">").append(esc(c.label()))
                    .append("</text><rect x=\"230\" y=\"").append(y + 4).append("\" width=\"").append(barW).append("\" height=\"18\" class=\"track\"/>")
                    .append("<rect x=\"230\" y=\"").append(y + 4).append("\" width=\"").append(barW * score / c.weight())
                    .append("\" height=\"18\" class=\"bar").append(neutral ? " neutral" : "").append("\" data-component=\"")
                    .append(esc(c.code())).append("\"/><text x=\"").append(240 + barW).append("\" y=\"").append(y + 18)
                    .append("\" class=\"lbl\">").append(score).append('/').append(c.weight()).append(neutral ? " (not recorded)" : "")
                    .append("</text>");
        }
        out.append("</svg>\n");
        List<Finding> flags = j.redFlags();
        out.append("<h3>Red flags</h3><ul class=\"flags\">");
        if (flags.isEmpty()) {
            out.append("<li class=\"none\">none in the public data</li>");
        }
        for (Finding f : flags) {
            out.append("<li>").append(Html.heuristicLinks(f.getHeuristic(), links)).append(' ').append(esc(f.getSentence()))
                    .append(f.getValues() == null || f.getValues().isEmpty() ? "" : " <span class=\"values\">(" + esc(f.getValues()) + ")</span>")
                    .append("</li>");
        }
        out.append("</ul>\n<details><summary>Every line of the reading</summary><ul>");
        for (Finding f : j.lines()) {
            out.append("<li>").append(Html.heuristicLinks(f.getHeuristic(), links)).append(' ').append(esc(f.line())).append("</li>");
        }
        return out.append("</ul></details></section>\n").toString();
    }
}
