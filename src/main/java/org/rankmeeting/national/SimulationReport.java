package org.rankmeeting.national;

import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A simulate run as text, markdown or JSON: the rates by group beside the NRMP's, the fill, SOAP, bands, cost. */
public final class SimulationReport {

    private SimulationReport() {
    }

    public static String render(Simulation s, Format format) {
        return switch (format) {
            case JSON -> JsonTree.write(json(s));
            case TEXT -> text(s, false);
            case MARKDOWN -> text(s, true);
        };
    }

    /** "without A, K7" or "all heuristics". */
    static String variantLabel(Simulation s) {
        return "without " + String.join(", ", s.without());
    }

    /** "National Main Match: COHORT, seed 42, scale 0.1, 1 replication; without A". */
    public static String headline(Simulation s) {
        return "National Main Match: " + s.cohort() + ", seed " + s.seed() + ", scale " + trim(s.scale()) + ", "
                + s.n() + (s.n() == 1 ? " replication" : " replications")
                + (s.without().isEmpty() ? "" : s.compare() ? "; compared " + variantLabel(s) : "; " + variantLabel(s));
    }

    private static String text(Simulation s, boolean markdown) {
        StringBuilder out = new StringBuilder();
        CycleResult first = s.primary().get(0);
        CycleResult.Run run = first.run();
        out.append(markdown ? "## " : "== ").append(headline(s)).append("\n\n");
        out.append(String.format(Locale.ROOT, "%,d applicants, %,d programs, %,d positions, %,d couples; %,d placements "
                        + "kept compactly (%.1f bytes each)%s%n%n", run.applicants(), run.programs(), first.positions(),
                run.couples(), run.placements(), run.bytesPerPlacement(), s.n() > 1 ? " (first replication)" : ""));

        String rateHead = s.n() > 1 ? "match rate (95% interval)" : "match rate";
        Table groups = s.compare()
                ? new Table("group", "applicants", "NRMP 2025", "all heuristics", variantLabel(s), "change")
                : new Table("group", "applicants", rateHead, "NRMP 2025", "difference", "after SOAP", "SOAP placed",
                        "no interview", "interviews");
        for (Simulation.GroupSummary g : s.groups()) {
            if (s.compare()) {
                groups.row(g.group().label() + " [" + g.group().key() + "]", count(g.applicants()),
                        Spread.one(g.group().nrmp2025()), g.matchRate().text(), g.variantRate().text(), signed(g.change()));
            } else {
                groups.row(g.group().label() + " [" + g.group().key() + "]", count(g.applicants()), g.matchRate().text(),
                        Spread.one(g.group().nrmp2025()), signedOne(g.difference()), g.placedRate().text(),
                        count(g.soapPlaced()), count(g.noInterview()), Spread.one(g.meanInterviews()));
            }
        }
        out.append(markdown ? groups.markdown() : groups.render()).append('\n');

        out.append("Fill: ").append(s.fillRate().text()).append("% of positions in the Main Match, ")
                .append(s.fillRateAfterSoap().text()).append("% after SOAP");
        if (s.compare()) {
            out.append("; ").append(variantLabel(s)).append(": ").append(s.variantFillRate().text()).append('%');
        }
        out.append(String.format(Locale.ROOT, "%nSOAP: %s positions open after the Match, %s offers, %s placed, %s still open%n",
                count(s.meanOf(r -> r.soap().openPositions())), count(s.meanOf(r -> r.soap().offers())),
                count(s.meanOf(r -> r.soap().placed())), count(s.meanOf(r -> r.soap().stillOpen()))));
        out.append(s.stable() ? "Every Match ended stable.\n" : "Not every Match ended stable: up to " + s.mostBlockingPairs()
                + " blocking pair(s) left when the couples' repair rounds stopped (see Couples under Match day).\n");

        cells(out, markdown, "Match rate by Step 2 band (all replications pooled)", "Step 2", s.byStep2(), s.compare());
        cells(out, markdown, "Match rate by school familiarity (all replications pooled)", "school", s.byFamiliarity(), s.compare());

        out.append(String.format(Locale.ROOT, "%nTime: rank meetings %.1f s, lists, Match and SOAP %.1f s, cycle %.1f s%s; "
                        + "whole run %.1f s%n", s.meanOf(r -> r.run().meetingSeconds()), s.meanOf(r -> r.run().matchSeconds()),
                s.meanOf(r -> r.run().seconds()), s.n() > 1 || s.compare() ? " (mean per cycle)" : "", s.seconds()));
        return out.toString();
    }

    private static void cells(StringBuilder out, boolean markdown, String title, String what,
                              List<Simulation.CellSummary> cells, boolean compare) {
        if (cells.isEmpty()) {
            return;
        }
        out.append('\n').append(markdown ? "### " : "").append(title).append(markdown ? "\n\n" : "\n");
        List<Group> present = new ArrayList<>();
        Map<String, Map<Group, Simulation.CellSummary>> byKey = new LinkedHashMap<>();
        for (Simulation.CellSummary c : cells) {
            byKey.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).put(c.group(), c);
            if (!present.contains(c.group())) {
                present.add(c.group());
            }
        }
        present.sort(null);
        List<String> head = new ArrayList<>(List.of(what));
        present.forEach(g -> head.add(g.key()));
        Table t = new Table(head.toArray(String[]::new));
        byKey.forEach((key, row) -> {
            List<String> line = new ArrayList<>(List.of(key));
            for (Group g : present) {
                Simulation.CellSummary c = row.get(g);
                line.add(c == null ? "-" : Spread.one(c.matchRate()) + "% of " + count(c.applicants())
                        + (compare && c.variantRate() != null ? " -> " + Spread.one(c.variantRate()) + "%" : ""));
            }
            t.row(line.toArray(String[]::new));
        });
        out.append(markdown ? t.markdown() : t.render());
    }

    static Map<String, Object> json(Simulation s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cohort", s.cohort());
        m.put("seed", s.seed());
        m.put("scale", s.scale());
        m.put("replications", s.n());
        if (!s.without().isEmpty()) {
            m.put("without", s.without());
        }
        List<Object> groups = new ArrayList<>();
        for (Simulation.GroupSummary g : s.groups()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("group", g.group().key());
            line.put("matchRate", round(g.matchRate().mean()));
            line.put("nrmp2025", g.group().nrmp2025());
            line.put("difference", round(g.difference()));
            if (s.n() > 1) {
                line.put("interval", List.of(round(g.matchRate().low()), round(g.matchRate().high())));
            }
            line.put("applicants", number(g.applicants()));
            line.put("placedAfterSoap", round(g.placedRate().mean()));
            line.put("soapPlaced", number(g.soapPlaced()));
            line.put("noInterview", number(g.noInterview()));
            line.put("meanInterviews", round(g.meanInterviews()));
            groups.add(line);
        }
        m.put("groups", groups);
        m.put("fillRate", round(s.fillRate().mean()));
        m.put("fillRateAfterSoap", round(s.fillRateAfterSoap().mean()));
        m.put("soap", JsonTree.fields("openPositions", number(s.meanOf(r -> r.soap().openPositions())),
                "offers", number(s.meanOf(r -> r.soap().offers())), "placed", number(s.meanOf(r -> r.soap().placed())),
                "stillOpen", number(s.meanOf(r -> r.soap().stillOpen()))));
        if (s.compare()) {
            List<Object> variant = new ArrayList<>();
            for (Simulation.GroupSummary g : s.groups()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("group", g.group().key());
                line.put("matchRate", round(g.variantRate().mean()));
                line.put("change", round(g.change().mean()));
                if (s.n() > 1) {
                    line.put("changeInterval", List.of(round(g.change().low()), round(g.change().high())));
                }
                variant.add(line);
            }
            m.put("variant", JsonTree.fields("without", s.without(), "groups", variant,
                    "fillRate", round(s.variantFillRate().mean()),
                    "fillRateChange", round(s.variantFillRate().mean() - s.fillRate().mean())));
        }
        m.put("byStep2", cellsJson(s.byStep2(), "band"));
        m.put("byFamiliarity", cellsJson(s.byFamiliarity(), "familiarity"));
        m.put("placements", number(s.meanOf(r -> r.run().placements())));
        m.put("bytesPerPlacement", round(s.meanOf(r -> r.run().bytesPerPlacement())));
        m.put("stable", s.stable());
        m.put("blockingPairs", s.mostBlockingPairs());
        m.put("seconds", round(s.seconds()));
        return m;
    }

    private static List<Object> cellsJson(List<Simulation.CellSummary> cells, String keyName) {
        List<Object> out = new ArrayList<>();
        for (Simulation.CellSummary c : cells) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(keyName, c.key());
            m.put("group", c.group().key());
            m.put("applicants", c.applicants());
            m.put("matchRate", round(c.matchRate()));
            if (c.variantRate() != null) {
                m.put("variantRate", round(c.variantRate()));
            }
            out.add(m);
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A mean count: whole when it is whole (one replication), else to one decimal. */
    static Number number(double v) {
        return v == Math.rint(v) ? (Number) (long) v : (Number) round(v);
    }

    private static String count(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String signedOne(double v) {
        if (Math.abs(v) < 0.05) {
            return "0.0";
        }
        return (v > 0 ? "+" : "") + Spread.one(v);
    }

    private static String signed(Spread change) {
        return change.n() <= 1 ? signedOne(change.mean())
                : signedOne(change.mean()) + " (" + Spread.one(change.low()) + " to " + Spread.one(change.high()) + ")";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
