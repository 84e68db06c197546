package org.rankmeeting.studio;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.output.Lines;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.rankmeeting.studio.Html.esc;

/**
 * The board: per program a column for each tier and for not invited / screened out, one card per applicant; and
 * the explanation a card opens (principal reasons, what held the file back, full trace), every heuristic id linked.
 */
public final class BoardView {

    /** A column of the board: its title, CSS class and which placements it holds. */
    record Column(String title, String cls, Predicate<Placement> holds) {
    }

    static final List<Column> COLUMNS = columns();

    private BoardView() {
    }

    private static List<Column> columns() {
        List<Column> out = new ArrayList<>();
        Tier[] tiers = Tier.values();
        for (int i = tiers.length - 1; i >= 0; i--) {
            Tier t = tiers[i];
            out.add(new Column(t.label(), t.code(), p -> p.stage() == Stage.INTERVIEWED && p.tier() == t));
        }
        out.add(new Column(Stage.NOT_INVITED.label(), Stage.NOT_INVITED.code(), p -> p.stage() == Stage.NOT_INVITED));
        out.add(new Column(Stage.SCREENED_OUT.label(), Stage.SCREENED_OUT.code(), p -> p.stage() == Stage.SCREENED_OUT));
        return List.copyOf(out);
    }

    /** Every program's board of a meeting. */
    public static String boards(String scenario, Meeting meeting, Links links, Marks marks) {
        StringBuilder out = new StringBuilder();
        for (ProgramBoard b : meeting.boards()) {
            out.append(board(scenario, b, links, marks));
        }
        return out.toString();
    }

    /** One program's board: the tier columns and the not-invited / screened-out columns. */
    public static String board(String scenario, ProgramBoard b, Links links, Marks marks) {
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"board\" id=\"board-").append(esc(b.program().id())).append("\">\n<h2>")
                .append(esc(b.program().displayName())).append(" <small>").append(esc(b.program().id()))
                .append(b.program().category() == null ? "" : " &middot; " + esc(b.program().category().label()))
                .append("</small></h2>\n<div class=\"columns\">\n");
        for (Column c : COLUMNS) {
            List<Placement> in = b.placements().stream().filter(c.holds()).toList();
            out.append("<div class=\"column col-").append(Html.cls(c.cls())).append("\"><h3>").append(esc(c.title()))
                    .append(" <span class=\"count\">").append(in.size()).append("</span></h3>\n");
            for (Placement p : in) {
                out.append(card(scenario, b, p, links, marks));
            }
            out.append("</div>\n");
        }
        out.append("</div>\n</section>\n");
        return out.toString();
    }

    static String card(String scenario, ProgramBoard b, Placement p, Links links, Marks marks) {
        int rank = b.rankOf(p.applicantId());
        String mark = marks.of(p);
        StringBuilder out = new StringBuilder();
        out.append("<a class=\"card").append(mark.isEmpty() ? "" : " moved").append("\" data-applicant=\"")
                .append(esc(p.applicantId())).append("\" data-program=\"").append(esc(p.programId())).append("\" href=\"")
                .append(esc(links.explanation(scenario, p.applicantId(), p.programId()))).append("\">");
        out.append("<span class=\"name\">").append(rank == 0 ? "" : "<b>#" + rank + "</b> ").append(esc(p.applicantName()))
                .append("</span>");
        if (p.stage() == Stage.INTERVIEWED) {
            out.append("<span class=\"score\">score ").append(p.score()).append("</span>");
        }
        out.append("<span class=\"why\">").append(esc(reasons(p))).append("</span>");
        if (!mark.isEmpty()) {
            out.append("<span class=\"mark\">").append(esc(mark)).append("</span>");
        }
        out.append("</a>\n");
        return out.toString();
    }

    private static String reasons(Placement p) {
        return String.join("; ", p.principalReasons().stream().map(Lines::brief).toList());
    }

    /** The explanation of one placement, as the CLI's explain prints it, with linked heuristic ids. */
    public static String explanation(ProgramBoard b, Placement p, Links links) {
        StringBuilder out = new StringBuilder();
        int rank = b.rankOf(p.applicantId());
        out.append("<article class=\"explanation\" id=\"x-").append(esc(p.programId())).append("--")
                .append(esc(p.applicantId())).append("\">\n<h3>").append(esc(p.applicantName())).append(" at ")
                .append(esc(p.programName())).append(": <span class=\"outcome out-").append(Html.cls(outcomeCode(p))).append("\">")
                .append(esc(p.outcomeLabel())).append("</span></h3>\n<p class=\"facts\">")
                .append(p.bucket() == null ? "" : "bucket: " + esc(p.bucket().label()) + " &middot; ")
                .append(rank == 0 ? "not on the rank list" : "#" + rank + " on the rank list")
                .append(p.stage() == Stage.INTERVIEWED ? " &middot; score " + p.score() + " &middot; order key " + p.orderKey() : "")
                .append("</p>\n<h4>Principal reasons</h4>\n<ol class=\"reasons\">\n");
        for (Evidence e : p.principalReasons()) {
            out.append("<li>").append(line(e, links)).append("</li>\n");
        }
        out.append("</ol>\n<h4>What held this file back</h4>\n<ul class=\"near\">\n");
        List<NearMiss> near = p.nearMisses();
        if (near.isEmpty()) {
            out.append("<li>").append(esc(Lines.NO_NEAR_MISS)).append("</li>\n");
        }
        for (NearMiss n : near) {
            out.append("<li>").append(Html.heuristicLinks(n.heuristic(), links)).append(" <span class=\"rule\">")
                    .append(esc(n.rule())).append("</span>: <b>").append(esc(n.margin().phrase())).append("</b></li>\n");
        }
        out.append("</ul>\n<details><summary>Full trace, in the order the rules fired (").append(p.trail().size())
                .append(" lines)</summary>\n<ul class=\"trace\">\n");
        for (Evidence e : p.trail()) {
            out.append("<li>").append(line(e, links)).append("</li>\n");
        }
        out.append("</ul>\n</details>\n</article>\n");
        return out.toString();
    }

    /** One evidence line: linked ids, the rule, the effect, the committee's sentence and the deciding values. */
    static String line(Evidence e, Links links) {
        return Html.heuristicLinks(e.getHeuristic(), links) + " <span class=\"rule\">" + esc(e.getRule())
                + "</span> <span class=\"effect eff-" + e.getEffect().label() + "\">" + esc(Lines.effect(e)) + "</span> "
                + "<q>" + esc(e.getSentence()) + "</q>"
                + (e.getValues().isEmpty() ? "" : " <span class=\"values\">(" + esc(e.getValues()) + ")</span>");
    }

    static String outcomeCode(Placement p) {
        return p.stage() == Stage.INTERVIEWED ? p.tier().code() : p.stage().code();
    }

    /** The scenario's expectations, met or failed. */
    public static String checks(List<ExpectationCheck.Result> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        long failed = checks.stream().filter(c -> !c.met()).count();
        StringBuilder out = new StringBuilder("<section class=\"checks\"><h2>Expectations: ")
                .append(checks.size() - failed).append(" met, ").append(failed).append(" failed</h2><ul>");
        for (ExpectationCheck.Result c : checks) {
            out.append("<li class=\"").append(c.met() ? "ok" : "failed").append("\">").append(c.met() ? "ok " : "FAILED ")
                    .append(esc(c.text())).append("</li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    /** A note on a card (the policy page marks who moved); {@link #NONE} marks nothing. */
    public interface Marks {
        String of(Placement p);

        Marks NONE = p -> "";
    }
}
