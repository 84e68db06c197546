package org.rankmeeting.studio;

import org.rankmeeting.counterfactual.Action;
import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.output.Lines;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Coded;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.School;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rankmeeting.studio.Html.esc;

/** The "My file" page: the form, where the file lands at each program, and what would help. */
public final class MyFileView {

    /** The value of the base selector meaning the built-in panel of program archetypes. */
    public static final String PANEL = "panel";

    private MyFileView() {
    }

    public static String page(String base, Scenario scenario, List<ScenarioLibrary.Entry> scenarios, MyFile file) {
        Map<String, String> v = file.toForm();
        StringBuilder out = new StringBuilder("<h1>My file</h1>\n<p class=\"lead\">Fill in your own file. It is placed at "
                + "every program as the committee would place it; the placements change as you change the form.</p>\n"
                + "<div class=\"myfile\">\n<form id=\"myfile-form\" method=\"post\" action=\"/myfile/download\">\n");
        List<String[]> bases = new ArrayList<>();
        bases.add(new String[] {PANEL, "a panel of 24 program archetypes (category x IMG history x setting)"});
        scenarios.forEach(e -> bases.add(new String[] {e.name(), "the programs of: " + e.title()}));
        out.append(select("base", "Place my file at", bases, base));
        out.append(text("name", "Name on the file", v.get("name")));
        List<String[]> schools = new ArrayList<>();
        schools.add(new String[] {MyFile.UNKNOWN_SCHOOL, "a school nobody there knows"});
        for (School s : scenario.schools()) {
            schools.add(new String[] {s.id(), s.displayName() + (s.country() == null ? "" : " (" + s.country() + ")")});
        }
        out.append(select("school", "Medical school", schools, v.get("school")));
        List<String[]> regions = new ArrayList<>();
        regions.add(new String[] {"", "(no region)"});
        for (Region r : scenario.regions()) {
            regions.add(new String[] {r.id(), r.name()});
        }
        out.append(select("region", "Region of that school", regions, v.get("region")));
        out.append(number("graduationYear", "Graduation year", v.get("graduationYear")));
        out.append("<fieldset><legend>Step 2 CK</legend>").append(number("step2", "Score", v.get("step2")))
                .append(select("step2Taken", "Taken?", List.of(new String[] {"yes", "taken"}, new String[] {"no", "not yet"}), v.get("step2Taken")))
                .append(number("attempts", "Attempts", v.get("attempts"))).append("</fieldset>\n");
        out.append(select("visa", "Visa", codes(Applicant.Visa.values(), Applicant.Visa::label), v.get("visa")));
        out.append("<fieldset><legend>Letters</legend>");
        for (int i = 1; i <= MyFile.FORM_LETTERS; i++) {
            out.append("<div class=\"row\">")
                    .append(select("letter" + i + "Strength", "Letter " + i, withNone(codes(Applicant.Letter.Strength.values(), null)), v.get("letter" + i + "Strength")))
                    .append(select("letter" + i + "Style", "style", codes(Applicant.Letter.Style.values(), null), v.get("letter" + i + "Style")))
                    .append(select("letter" + i + "From", "from", List.of(new String[] {"us", "a US writer"}, new String[] {"home", "home country"}), v.get("letter" + i + "From")))
                    .append("</div>");
        }
        out.append("</fieldset>\n<fieldset><legend>US clinical experience</legend><div class=\"row\">")
                .append(select("usceKind", "Kind", withNone(codes(Applicant.Rotation.Kind.values(), null)), v.get("usceKind")))
                .append(number("usceWeeks", "Weeks", v.get("usceWeeks")))
                .append(select("usceLetter", "Letter from it", codes(Applicant.Rotation.LetterQuality.values(), null), v.get("usceLetter")));
        List<String[]> sites = new ArrayList<>();
        sites.add(new String[] {"elsewhere", "another US hospital"});
        scenario.programs().forEach(p -> sites.add(new String[] {p.id(), "at " + p.displayName()}));
        out.append(select("usceSite", "Where", sites, v.get("usceSite"))).append("</div></fieldset>\n");
        out.append("<fieldset><legend>Research</legend><div class=\"row\">")
                .append(select("researchKind", "Kind", withNone(codes(Applicant.Research.Kind.values(), null)), v.get("researchKind")))
                .append(number("researchMonths", "Months", v.get("researchMonths")))
                .append(select("researchPi", "PI", List.of(new String[] {"us", "a US PI"}, new String[] {"home", "at home"}), v.get("researchPi")))
                .append("</div></fieldset>\n");
        out.append(select("communication", "Interview communication", codes(Applicant.Interview.Communication.values(), null), v.get("communication")));
        List<String[]> people = new ArrayList<>();
        people.add(new String[] {"", "nobody"});
        for (Program p : scenario.programs()) {
            p.people().forEach(person -> people.add(new String[] {person.id(), person.displayName() + " (" + person.role().code() + ", " + p.displayName() + ")"}));
        }
        out.append("<fieldset><legend>Alumni contacts</legend><div class=\"row\">")
                .append(select("contactPerson", "Someone at a program who knows you", people, v.get("contactPerson")))
                .append(select("contactSaid", "says", codes(Applicant.Contact.Verdict.values(), null), v.get("contactSaid")))
                .append("</div></fieldset>\n");
        out.append("<div class=\"buttons\"><button type=\"submit\" id=\"download\">Download as YAML</button> "
                + "<label class=\"load\">Load a YAML file <input type=\"file\" id=\"load\" accept=\".yaml,.yml,text/yaml\"></label>"
                + " <button type=\"button\" id=\"help\">What would help?</button></div>\n"
                + "<p id=\"form-error\" class=\"error\" role=\"alert\" hidden></p>\n</form>\n");
        out.append("<div class=\"results\"><section id=\"placements\" aria-live=\"polite\"></section>"
                + "<section id=\"helps\" aria-live=\"polite\"></section></div>\n</div>\n");
        return out.toString();
    }

    /** Where the file lands: a grid for the panel (category and setting by IMG history), a list otherwise. */
    public static String placements(Meeting meeting, boolean panel, Links links, String scenario) {
        StringBuilder out = new StringBuilder("<h2>Where my file lands</h2>\n");
        List<ProgramBoard> boards = meeting.boards();
        if (panel) {
            out.append("<table class=\"grid archetypes\"><tr><th></th>");
            for (Program.ImgHistory h : Program.ImgHistory.values()) {
                out.append("<th>").append(esc(h.code())).append(" IMG history</th>");
            }
            out.append("</tr>");
            for (Program.Category c : Program.Category.values()) {
                for (Program.Setting s : Program.Setting.values()) {
                    out.append("<tr><th>").append(esc(c.code())).append(" / ").append(esc(s.code())).append("</th>");
                    for (Program.ImgHistory h : Program.ImgHistory.values()) {
                        ProgramBoard b = boards.stream().filter(x -> x.program().category() == c && x.program().setting() == s
                                && x.program().imgHistory() == h).findFirst().orElse(null);
                        out.append("<td>").append(b == null ? "" : cell(b, links, scenario)).append("</td>");
                    }
                    out.append("</tr>");
                }
            }
            out.append("</table>\n");
        } else {
            out.append("<table class=\"grid\"><tr><th>program</th><th>outcome</th><th>principal reasons</th></tr>");
            for (ProgramBoard b : boards) {
                out.append("<tr><td>").append(esc(b.program().displayName())).append("</td><td>").append(cell(b, links, scenario))
                        .append("</td><td class=\"small\">").append(esc(reasons(b.placementOf(MyFile.ID)))).append("</td></tr>");
            }
            out.append("</table>\n");
        }
        out.append("<details><summary>Every explanation</summary>");
        for (ProgramBoard b : boards) {
            out.append(BoardView.explanation(b, b.placementOf(MyFile.ID), links));
        }
        return out.append("</details>\n").toString();
    }

    private static String cell(ProgramBoard b, Links links, String scenario) {
        Placement p = b.placementOf(MyFile.ID);
        int rank = b.rankOf(MyFile.ID);
        return "<span class=\"outcome out-" + Html.cls(BoardView.outcomeCode(p)) + "\" data-program=\"" + esc(b.program().id())
                + "\" title=\"" + esc(reasons(p)) + "\">" + esc(p.outcomeLabel()) + (rank == 0 ? "" : " #" + rank) + "</span>";
    }

    private static String reasons(Placement p) {
        return String.join("; ", p.principalReasons().stream().map(Lines::brief).toList());
    }

    /** What would help: each answer of the counterfactual search with its effect at every program. */
    public static String helps(Counterfactual.Outcome o) {
        StringBuilder out = new StringBuilder("<h2>What would help</h2>\n<p class=\"small\">Searched ").append(o.combinationsTried())
                .append(" combinations of up to ").append(o.maxActions()).append(" realistic changes; cheapest first.</p>\n");
        if (o.answers().isEmpty()) {
            out.append("<p class=\"none\">No combination within the bound lifts this file.</p>\n");
        }
        int n = 0;
        for (Counterfactual.Answer a : o.answers()) {
            out.append("<div class=\"answer\"><h3>").append(++n).append(". ")
                    .append(esc(String.join(" + ", a.candidate().actions().stream().map(Action::description).toList())))
                    .append(" <small>cost ").append(a.candidate().cost()).append(", ").append(a.lift()).append(" tier(s) up in all</small></h3>")
                    .append(effects(a)).append("</div>\n");
        }
        if (o.bestNextStep() != null) {
            out.append("<div class=\"answer best\"><h3>Best next step: ").append(esc(String.join(" + ",
                    o.bestNextStep().candidate().actions().stream().map(Action::description).toList()))).append("</h3>")
                    .append(effects(o.bestNextStep())).append("</div>\n");
        }
        return out.toString();
    }

    /** The answer's effect at every program, as the search verified it (a fragile gain is marked). */
    private static String effects(Counterfactual.Answer a) {
        StringBuilder out = new StringBuilder("<table class=\"grid effects\"><tr><th>program</th><th>now</th><th>with it</th></tr>");
        for (Counterfactual.ProgramEffect e : a.effects()) {
            int d = e.levelChange();
            out.append("<tr class=\"").append(d > 0 ? "up" : d < 0 ? "down" : "same").append("\"><td>").append(esc(e.program().displayName()))
                    .append("</td><td>").append(esc(e.before().outcomeLabel())).append("</td><td>").append(esc(e.after().outcomeLabel()))
                    .append(d > 0 ? " &uarr;" : d < 0 ? " &darr;" : "").append(e.fragile() ? " (only just)" : "").append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    private static String select(String name, String label, List<String[]> options, String value) {
        StringBuilder out = new StringBuilder("<label>").append(esc(label)).append(" <select name=\"").append(esc(name))
                .append("\" id=\"f-").append(esc(name)).append("\">");
        for (String[] o : options) {
            out.append("<option value=\"").append(esc(o[0])).append("\"").append(o[0].equals(value == null ? "" : value) ? " selected" : "")
                    .append(">").append(esc(o[1])).append("</option>");
        }
        return out.append("</select></label>\n").toString();
    }

    private static String number(String name, String label, String value) {
        return "<label>" + esc(label) + " <input type=\"number\" name=\"" + esc(name) + "\" id=\"f-" + esc(name) + "\" value=\""
                + esc(value) + "\"></label>\n";
    }

    private static String text(String name, String label, String value) {
        return "<label>" + esc(label) + " <input type=\"text\" name=\"" + esc(name) + "\" id=\"f-" + esc(name) + "\" value=\""
                + esc(value) + "\" maxlength=\"80\"></label>\n";
    }

    private static List<String[]> withNone(List<String[]> options) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"", "none"});
        out.addAll(options);
        return out;
    }

    private static <E extends Coded> List<String[]> codes(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> new String[] {v.code(), label == null ? v.code() : label.apply(v)}).toList();
    }

}
