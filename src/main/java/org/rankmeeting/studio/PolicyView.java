package org.rankmeeting.studio;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.rankmeeting.studio.Html.esc;

/**
 * Policy toggles for educators: switch heuristics off (the engine's {@code run --without} hook) at every program or
 * one, and see each board beside the baseline, who moved, and how many files of each group were invited and ranked.
 */
public final class PolicyView {

    /** Named toggles a room understands, each a list of heuristic ids or family letters. */
    public static final Map<String, String> PRESETS = presets();

    private PolicyView() {
    }

    private static Map<String, String> presets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("A", "no alumni network (A)");
        m.put("K7", "forget once-burned regions (K7)");
        m.put("K4", "forget burned schools (K4)");
        m.put("S3,V1,V2,V3", "visa-blind (S3, V1-V3)");
        m.put("L", "ignore who wrote the letters (L)");
        m.put("U", "ignore US clinical experience (U)");
        m.put("T3", "no late saves (T3)");
        m.put("K5", "an unknown school weighs no more (K5)");
        return m;
    }

    /** The --without specs for the chosen toggles and ids, at one program or ({@code null}) every program. */
    public static List<String> specs(List<String> toggles, String extra, String program) {
        List<String> ids = new ArrayList<>(toggles);
        if (extra != null && !extra.isBlank()) {
            ids.add(extra.replace(' ', ','));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String list = String.join(",", ids);
        return List.of(program == null ? list : program + ":" + list);
    }

    public static String page(String scenario, World world, List<String> toggles, String extra, String program,
                              Meeting baseline, Meeting policy, Links links) {
        StringBuilder out = new StringBuilder("<h1>Policy toggles</h1>\n<p class=\"lead\">Switch heuristics off and watch the "
                + "boards change: the baseline on the left, the meeting without them on the right.</p>\n");
        out.append("<form id=\"policy-form\" class=\"policy-form\" method=\"get\" action=\"/s/").append(Html.url(scenario))
                .append("/policy\">\n");
        PRESETS.forEach((ids, label) -> out.append("<label><input type=\"checkbox\" name=\"off\" value=\"").append(esc(ids)).append("\"")
                .append(toggles.contains(ids) ? " checked" : "").append("> ").append(esc(label)).append("</label>\n"));
        out.append("<label>other ids <input type=\"text\" name=\"ids\" size=\"10\" placeholder=\"e.g. A2,K1\" value=\"")
                .append(esc(extra)).append("\"></label>\n<label>at <select name=\"program\"><option value=\"\">every program</option>");
        for (Program p : world.programs()) {
            out.append("<option value=\"").append(esc(p.id())).append("\"").append(p.id().equals(program) ? " selected" : "")
                    .append(">").append(esc(p.displayName())).append("</option>");
        }
        out.append("</select></label>\n<noscript><button type=\"submit\">apply</button></noscript>\n</form>\n");
        if (policy == null) {
            out.append("<p>Nothing switched off: pick a toggle above.</p>");
            return out.append(BoardView.boards(scenario, baseline, links, BoardView.Marks.NONE)).toString();
        }
        out.append("<p class=\"switched\">Switched off: <b>").append(esc(policy.switchedOff().describe())).append("</b></p>\n");
        out.append(moved(baseline, policy)).append(summary(baseline, policy));
        for (ProgramBoard b : baseline.boards()) {
            ProgramBoard after = policy.board(b.program().id());
            out.append("<div class=\"side\"><div><h3>Baseline</h3>").append(BoardView.board(scenario, b, links, BoardView.Marks.NONE))
                    .append("</div><div><h3>Without ").append(esc(policy.switchedOff().describe())).append("</h3>")
                    .append(BoardView.board(scenario, after, links, p -> mark(b, p))).append("</div></div>\n");
        }
        return out.toString();
    }

    private static String mark(ProgramBoard before, Placement after) {
        Placement was = before.placementOf(after.applicantId());
        if (was == null || was.level() == after.level()) {
            return "";
        }
        return (after.level() > was.level() ? "up from " : "down from ") + was.outcomeLabel();
    }

    static String moved(Meeting baseline, Meeting policy) {
        StringBuilder out = new StringBuilder("<section class=\"moved-list\"><h2>Who moved</h2><ul id=\"who-moved\">");
        int n = 0;
        for (ProgramBoard b : baseline.boards()) {
            ProgramBoard after = policy.board(b.program().id());
            for (Placement was : b.placements()) {
                Placement now = after.placementOf(was.applicantId());
                if (now != null && now.level() != was.level()) {
                    n++;
                    out.append("<li class=\"").append(now.level() > was.level() ? "up" : "down").append("\"><b>")
                            .append(esc(was.applicantName())).append("</b> at ").append(esc(b.program().displayName())).append(": ")
                            .append(esc(was.outcomeLabel())).append(" &rarr; ").append(esc(now.outcomeLabel())).append("</li>");
                }
            }
        }
        if (n == 0) {
            out.append("<li class=\"none\">nobody: these heuristics decided nothing in this meeting</li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    /** A group a file belongs to at a program. */
    record Grouping(String title, Function<Placement, String> of) {
    }

    static String summary(Meeting baseline, Meeting policy) {
        World w = baseline.world();
        List<Grouping> groupings = List.of(
                new Grouping("school known here", p -> knownHere(w, p) ? "school known here" : "school unknown here"),
                new Grouping("region", p -> region(w, p)),
                new Grouping("visa", p -> {
                    Applicant a = w.applicant(p.applicantId());
                    return a.visa() != null && a.visa().needsSponsorship() ? "needs a visa (" + a.visa().label() + ")" : "no visa needed";
                }),
                new Grouping("graduate", p -> {
                    School s = w.school(w.applicant(p.applicantId()).school());
                    return s != null && s.isUs() ? "US graduate" : "IMG";
                }));
        StringBuilder out = new StringBuilder("<section class=\"summary\"><h2>By group</h2><p class=\"small\">Each file counted "
                + "once per program.</p><table class=\"grid\" id=\"group-summary\"><tr><th>group</th><th>files</th>"
                + "<th>invited: baseline &rarr; without</th><th>ranked: baseline &rarr; without</th></tr>");
        for (Grouping g : groupings) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (ProgramBoard b : baseline.boards()) {
                ProgramBoard after = policy.board(b.program().id());
                for (Placement was : b.placements()) {
                    Placement now = after.placementOf(was.applicantId());
                    int[] c = counts.computeIfAbsent(g.of().apply(was), k -> new int[5]);
                    c[0]++;
                    c[1] += was.stage() == Stage.INTERVIEWED ? 1 : 0;
                    c[2] += now.stage() == Stage.INTERVIEWED ? 1 : 0;
                    c[3] += was.isRanked() ? 1 : 0;
                    c[4] += now.isRanked() ? 1 : 0;
                }
            }
            counts.forEach((group, c) -> out.append("<tr").append(c[1] != c[2] || c[3] != c[4] ? " class=\"changed\"" : "").append("><td>")
                    .append(esc(group)).append("</td><td class=\"num\">").append(c[0]).append("</td><td class=\"num\">").append(c[1])
                    .append(" &rarr; ").append(c[2]).append("</td><td class=\"num\">").append(c[3]).append(" &rarr; ").append(c[4])
                    .append("</td></tr>"));
        }
        return out.append("</table></section>\n").toString();
    }

    /** The program has had residents from the file's school or has someone from it (what K1/A1 read). */
    private static boolean knownHere(World w, Placement p) {
        String school = w.applicant(p.applicantId()).school();
        Program program = w.program(p.programId());
        return program.history().stream().anyMatch(h -> school.equals(h.school()))
                || program.people().stream().anyMatch(x -> school.equals(x.school()));
    }

    private static String region(World w, Placement p) {
        School s = w.school(w.applicant(p.applicantId()).school());
        if (s == null) {
            return "unknown region";
        }
        if (s.isUs()) {
            return "US";
        }
        Region r = w.region(s.region());
        return r == null ? "no region given" : r.name();
    }

    /** Toggle values the page accepts: the presets' keys only (anything else goes in the ids field). */
    public static List<String> toggles(List<String> requested) {
        Set<String> known = PRESETS.keySet();
        return requested.stream().filter(known::contains).toList();
    }
}
