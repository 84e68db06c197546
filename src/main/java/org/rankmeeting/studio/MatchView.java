package org.rankmeeting.studio;

import org.rankmeeting.engine.World;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.matchday.RankLists;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rankmeeting.studio.Html.esc;

/** Match day: the rank lists on both sides, the Match, SOAP, and an SVG of who matched where. */
public final class MatchView {

    private MatchView() {
    }

    public static String matchDay(MatchDay.Outcome o) {
        World world = o.meeting().world();
        StringBuilder out = new StringBuilder("<h1>Match day</h1>\n");
        out.append(picture(o));
        out.append("<div class=\"two\">\n<section><h2>Programs' rank lists</h2>\n");
        for (ProgramRanking r : o.input().programs()) {
            out.append("<h3>").append(esc(programName(world, r.id()))).append(" <small>").append(r.positions())
                    .append(" position(s)</small></h3><ol>");
            r.rankList().forEach(a -> out.append("<li>").append(esc(applicantName(world, a))).append("</li>"));
            if (r.rankList().isEmpty()) {
                out.append("<li class=\"none\">nobody ranked</li>");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n<section><h2>Applicants' rank lists</h2>\n");
        for (RankLists.ApplicantList l : o.applicantLists().values()) {
            out.append("<h3>").append(esc(applicantName(world, l.applicant()))).append(" <small>")
                    .append(l.given() ? "list given" : "list derived").append("</small></h3><ol>");
            l.programs().forEach(p -> out.append("<li>").append(esc(programName(world, p))).append("</li>"));
            out.append("</ol>");
            if (!l.reasons().isEmpty()) {
                out.append("<p class=\"small\">").append(esc(String.join("; ", l.reasons()))).append("</p>");
            }
        }
        out.append("</section>\n</div>\n<section><h2>The Match</h2>\n<table class=\"grid\"><tr><th>applicant</th><th>matched at</th><th>choice</th></tr>");
        for (MatchResult.Placement p : o.match().placements()) {
            out.append("<tr><td>").append(esc(applicantName(world, p.applicant()))).append("</td><td>")
                    .append(esc(programName(world, p.program()))).append("</td><td>#").append(p.choice())
                    .append(p.couple() == null ? "" : " (couple " + esc(p.couple()) + ")").append("</td></tr>");
        }
        for (String a : o.match().unmatched()) {
            out.append("<tr class=\"unmatched\"><td>").append(esc(applicantName(world, a))).append("</td><td>unmatched</td><td></td></tr>");
        }
        out.append("</table>\n<ul>");
        for (MatchResult.ProgramFill f : o.match().programs()) {
            out.append("<li>").append(esc(programName(world, f.program()))).append(": ").append(f.filled()).append(" of ")
                    .append(f.positions()).append(" filled</li>");
        }
        out.append("</ul></section>\n<section><h2>SOAP</h2>\n");
        SoapResult soap = o.soap();
        if (soap.rounds().isEmpty()) {
            out.append("<p>No SOAP: every position filled or nobody left to place.</p>");
        }
        for (SoapResult.Round r : soap.rounds()) {
            out.append("<h3>Round ").append(r.number()).append("</h3><ul>");
            r.offers().forEach(of -> out.append("<li>").append(esc(programName(world, of.program()))).append(" offers ")
                    .append(esc(applicantName(world, of.applicant())))
                    .append(r.acceptances().contains(of) ? " &mdash; accepted" : r.declines().contains(of) ? " &mdash; declined" : "")
                    .append("</li>"));
            out.append("</ul>");
        }
        if (!soap.unplaced().isEmpty()) {
            out.append("<p>Still unplaced: ").append(esc(String.join(", ", soap.unplaced().stream().map(a -> applicantName(world, a)).toList())))
                    .append("</p>");
        }
        out.append("</section>\n<section><h2>One tier more</h2><ul>");
        o.oneTier().forEach((a, t) -> out.append("<li>").append(esc(applicantName(world, a))).append(": ")
                .append(t.map(x -> "one tier more at " + esc(programName(world, x.program())) + " (" + esc(x.had().label())
                        + " &rarr; " + esc(x.oneUp().label()) + ") " + (x.wouldMatch() ? "<b>would have matched there</b>" : "would not have changed the Match"))
                        .orElse("no program they preferred to lift them at")).append("</li>"));
        return out.append("</ul></section>\n").toString();
    }

    /** Applicants on the left, programs on the right; a solid line for the Match, dashed for SOAP. */
    static String picture(MatchDay.Outcome o) {
        World world = o.meeting().world();
        List<Applicant> applicants = world.applicants();
        List<Program> programs = world.programs();
        int rowH = 34;
        int rows = Math.max(applicants.size(), programs.size());
        int h = rows * rowH + 40;
        int w = 1100;
        Map<String, Integer> ay = new LinkedHashMap<>();
        Map<String, Integer> py = new LinkedHashMap<>();
        for (int i = 0; i < applicants.size(); i++) {
            ay.put(applicants.get(i).id(), 30 + i * rowH + (rows - applicants.size()) * rowH / 2);
        }
        for (int i = 0; i < programs.size(); i++) {
            py.put(programs.get(i).id(), 30 + i * rowH + (rows - programs.size()) * rowH / 2);
        }
        StringBuilder svg = new StringBuilder("<figure class=\"matchpic\"><svg id=\"match-svg\" role=\"img\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" aria-label=\"who matched where\">");
        List<String> lines = new ArrayList<>();
        for (MatchResult.Placement p : o.match().placements()) {
            lines.add(line(ay.get(p.applicant()), py.get(p.program()), "matched", w));
        }
        for (SoapResult.Placement p : o.soap().placements()) {
            lines.add(line(ay.get(p.applicant()), py.get(p.program()), "soap", w));
        }
        lines.forEach(svg::append);
        for (Applicant a : applicants) {
            boolean matched = o.match().placement(a.id()).isPresent()
                    || o.soap().placements().stream().anyMatch(s -> s.applicant().equals(a.id()));
            svg.append("<circle cx=\"460\" cy=\"").append(ay.get(a.id())).append("\" r=\"7\" class=\"")
                    .append(matched ? "dot" : "dot none").append("\"/><text x=\"448\" y=\"").append(ay.get(a.id()) + 5)
                    .append("\" text-anchor=\"end\" class=\"").append(matched ? "lbl" : "lbl none").append("\">")
                    .append(esc(a.displayName())).append("</text>");
        }
        for (Program p : programs) {
            int filled = o.match().program(p.id()).map(MatchResult.ProgramFill::filled).orElse(0);
            long soap = o.soap().placements().stream().filter(s -> s.program().equals(p.id())).count();
            svg.append("<rect x=\"700\" y=\"").append(py.get(p.id()) - 9).append("\" width=\"14\" height=\"18\" class=\"prog\"/>")
                    .append("<text x=\"724\" y=\"").append(py.get(p.id()) + 5).append("\" class=\"lbl\">").append(esc(p.displayName()))
                    .append(" (").append(filled).append('/').append(p.positions() == null ? 0 : p.positions())
                    .append(soap == 0 ? "" : ", +" + soap + " in SOAP").append(")</text>");
        }
        svg.append("</svg><figcaption><span class=\"key matched\"></span> matched <span class=\"key soap\"></span> placed in SOAP "
                + "<span class=\"key none\"></span> unplaced</figcaption></figure>\n");
        return svg.toString();
    }

    private static String line(Integer y1, Integer y2, String cls, int w) {
        if (y1 == null || y2 == null) {
            return "";
        }
        return "<path class=\"" + cls + "\" d=\"M467 " + y1 + " C 580 " + y1 + ", 580 " + y2 + ", 700 " + y2 + "\"/>";
    }

    private static String applicantName(World world, String id) {
        Applicant a = world.applicant(id);
        return a == null ? id : a.displayName();
    }

    private static String programName(World world, String id) {
        Program p = world.program(id);
        return p == null ? id : p.displayName();
    }
}
