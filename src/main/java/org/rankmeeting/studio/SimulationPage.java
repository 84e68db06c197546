package org.rankmeeting.studio;

import org.rankmeeting.national.Group;
import org.rankmeeting.national.Simulation;
import org.rankmeeting.national.SimulationReport;
import org.rankmeeting.output.Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.rankmeeting.studio.Html.esc;

/**
 * {@code simulate --report}: one self-contained HTML page (inline style and SVG, no script, nothing fetched) with
 * three bar charts (the match rate of each group beside the NRMP's 2025 rate, with the 95% interval over
 * replications and, comparing, the variant; the rate by Step 2 band and by school familiarity, one bar per group)
 * and the run's text report under them.
 */
public final class SimulationPage {

    /** One colour per group, and for the NRMP's bars and the variant's. */
    private static final Map<Group, String> COLOURS = Map.of(Group.US_MD, "#1f5f99", Group.US_DO, "#4f9fd1",
            Group.US_IMG, "#c7711f", Group.NON_US_IMG, "#8e3b2f");
    private static final String SIMULATED = "#2e6b4f";
    private static final String NRMP = "#9a9a9a";
    private static final String VARIANT = "#b58a00";

    /** A series of bars: one value per category (null: no bar), optionally an interval per category. */
    record Series(String name, String colour, List<Double> values, List<double[]> intervals) {
    }

    private SimulationPage() {
    }

    public static String render(Simulation s) {
        StringBuilder body = new StringBuilder("<h1>National Main Match simulation</h1>\n<p class=\"lead\">")
                .append(esc(SimulationReport.headline(s))).append("; positions filled in the Main Match: ")
                .append(esc(s.fillRate().text())).append("%</p>\n");

        List<String> groups = new ArrayList<>();
        List<Double> simulated = new ArrayList<>();
        List<double[]> intervals = new ArrayList<>();
        List<Double> nrmp = new ArrayList<>();
        List<Double> variant = new ArrayList<>();
        for (Simulation.GroupSummary g : s.groups()) {
            groups.add(g.group().label());
            simulated.add(g.matchRate().mean());
            intervals.add(s.n() > 1 ? new double[] {g.matchRate().low(), g.matchRate().high()} : null);
            nrmp.add(g.group().nrmp2025());
            variant.add(g.variantRate() == null ? null : g.variantRate().mean());
        }
        List<Series> first = new ArrayList<>();
        first.add(new Series(s.compare() || s.without().isEmpty() ? "simulated" : "simulated, without "
                + String.join(", ", s.without()), SIMULATED, simulated, intervals));
        first.add(new Series("NRMP 2025", NRMP, nrmp, null));
        if (s.compare()) {
            first.add(new Series("without " + String.join(", ", s.without()), VARIANT, variant, null));
        }
        body.append("<h2>Match rate by group, against the NRMP 2025 Main Match</h2>\n")
                .append(chart("Match rate by group against the NRMP 2025 rates", groups, first));

        body.append("<h2>Match rate by Step 2 band</h2>\n").append(byGroup("Match rate by Step 2 band", s.byStep2()));
        if (!s.byFamiliarity().isEmpty()) {
            body.append("<h2>Match rate by school familiarity</h2>\n")
                    .append(byGroup("Match rate by school familiarity", s.byFamiliarity()));
        }
        body.append("<h2>The numbers</h2>\n<pre>").append(esc(SimulationReport.render(s, Format.TEXT))).append("</pre>\n");
        return Layout.standalone("rank-meeting simulate", body.toString());
    }

    /** Classes along the axis, one bar per group present. */
    private static String byGroup(String title, List<Simulation.CellSummary> cells) {
        List<String> classes = new ArrayList<>();
        Map<Group, Map<String, Double>> rates = new LinkedHashMap<>();
        for (Simulation.CellSummary c : cells) {
            if (!classes.contains(c.key())) {
                classes.add(c.key());
            }
        }
        for (Group g : Group.values()) {
            for (Simulation.CellSummary c : cells) {
                if (c.group() == g) {
                    rates.computeIfAbsent(g, k -> new LinkedHashMap<>()).put(c.key(), c.matchRate());
                }
            }
        }
        List<Series> series = new ArrayList<>();
        rates.forEach((g, byClass) -> series.add(new Series(g.label(), COLOURS.get(g),
                classes.stream().map(byClass::get).toList(), null)));
        return chart(title, classes, series);
    }

    /** A grouped bar chart of percentages (0 to 100) with a legend; whiskers where a series has intervals. */
    static String chart(String title, List<String> categories, List<Series> series) {
        int left = 50;
        int top = 20;
        int plotH = 240;
        int barW = 22;
        int gap = 26;
        // A category is at least as wide as its label (about 6.5 px a character at 11 px), so labels never overlap.
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        int groupW = Math.max(series.size() * barW + gap, (int) Math.ceil(longest * 6.5) + 12);
        int width = left + categories.size() * groupW + 20;
        int legendY = top + plotH + 56;
        int height = legendY + 22 * series.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"chart\"><svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" aria-label=\"")
                .append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
        for (int pct = 0; pct <= 100; pct += 20) {
            double y = top + plotH - plotH * pct / 100.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d%%</text>",
                    left, y, width - 10, y, left - 6, y + 4, pct));
        }
        for (int c = 0; c < categories.size(); c++) {
            int x0 = left + c * groupW + (groupW - series.size() * barW) / 2;
            for (int k = 0; k < series.size(); k++) {
                Series se = series.get(k);
                Double v = se.values().get(c);
                if (v == null) {
                    continue;
                }
                double h = plotH * Math.max(0, Math.min(100, v)) / 100.0;
                int x = x0 + k * barW;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                        + "<title>%s, %s: %.1f%%</title></rect>", x, top + plotH - h, barW - 3, h, se.colour(),
                        esc(categories.get(c)), esc(se.name()), v));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%.0f</text>",
                        x + (barW - 3) / 2.0, top + plotH - h - 3, v));
                double[] ci = se.intervals() == null ? null : se.intervals().get(c);
                if (ci != null) {
                    double cx = x + (barW - 3) / 2.0;
                    double y1 = top + plotH - plotH * ci[0] / 100.0;
                    double y2 = top + plotH - plotH * ci[1] / 100.0;
                    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>",
                            cx, y1, cx, y2));
                }
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x0 + series.size() * barW / 2, top + plotH + 18, esc(categories.get(c))));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                left, top + plotH, width - 10, top + plotH));
        for (int k = 0; k < series.size(); k++) {
            int y = legendY + 22 * k;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", left, y, series.get(k).colour(), left + 20, y + 12,
                    esc(series.get(k).name())));
        }
        return svg.append("</svg></figure>\n").toString();
    }
}
