package org.rankmeeting.explain;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Lines;
import org.rankmeeting.output.Table;
import org.rankmeeting.scenario.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tier board of every program of a meeting, with the expectation results, in any {@link Format}. */
public final class BoardReport {

    private BoardReport() {
    }

    public static String render(String source, Meeting meeting, List<ExpectationCheck.Result> checks, Format format) {
        return switch (format) {
            case TEXT -> text(source, meeting, checks);
            case MARKDOWN -> markdown(source, meeting, checks);
            case JSON -> JsonTree.write(json(source, meeting, checks));
        };
    }

    /** The tier, or the stage; "mid (T4 band)" when a band rather than the score set the tier. */
    private static String outcome(Placement p) {
        Evidence band = p.band();
        return band == null ? p.outcomeLabel() : p.outcomeLabel() + " (" + band.getHeuristic() + " band)";
    }

    private static String reasons(Placement p) {
        return p.principalReasons().stream().map(Lines::brief).collect(Collectors.joining("; "));
    }

    private static String text(String source, Meeting meeting, List<ExpectationCheck.Result> checks) {
        StringBuilder out = new StringBuilder();
        String title = meeting.world().scenario().title();
        out.append("== ").append(title == null ? source : title).append(" (").append(source).append(")\n");
        if (!meeting.switchedOff().isEmpty()) {
            out.append("Switched off: ").append(meeting.switchedOff().describe()).append('\n');
        }
        for (ProgramBoard board : meeting.boards()) {
            out.append('\n').append(board.program().displayName()).append(" [").append(board.program().id()).append("]\n");
            Table table = new Table("#", "id", "applicant", "outcome", "bucket", "score", "principal reasons");
            for (Placement p : board.placements()) {
                int rank = board.rankOf(p.applicantId());
                table.row(rank == 0 ? "-" : Integer.toString(rank), p.applicantId(), p.applicantName(), outcome(p),
                        p.bucket() == null ? "-" : p.bucket().label(),
                        p.stage() == Stage.INTERVIEWED ? Integer.toString(p.score()) : "-", reasons(p));
            }
            out.append(table.render());
        }
        appendChecks(out, checks, "");
        return out.toString();
    }

    private static void appendChecks(StringBuilder out, List<ExpectationCheck.Result> checks, String bullet) {
        if (checks.isEmpty()) {
            return;
        }
        long failed = checks.stream().filter(c -> !c.met()).count();
        out.append("\nExpectations: ").append(checks.size() - failed).append(" met, ").append(failed).append(" failed\n");
        for (ExpectationCheck.Result c : checks) {
            out.append(bullet.isEmpty() ? "  " : bullet).append(c.met() ? "ok    " : "FAILED ").append(c.text()).append('\n');
        }
    }

    private static String markdown(String source, Meeting meeting, List<ExpectationCheck.Result> checks) {
        StringBuilder out = new StringBuilder();
        String title = meeting.world().scenario().title();
        out.append("# ").append(title == null ? source : title).append("\n\n");
        if (!meeting.switchedOff().isEmpty()) {
            out.append("Switched off: ").append(meeting.switchedOff().describe()).append("\n\n");
        }
        if (meeting.world().scenario().description() != null) {
            out.append(meeting.world().scenario().description().strip()).append("\n\n");
        }
        for (ProgramBoard board : meeting.boards()) {
            out.append("## ").append(board.program().displayName()).append("\n\n");
            out.append("| # | id | applicant | outcome | bucket | score | principal reasons |\n|---|---|---|---|---|---|---|\n");
            for (Placement p : board.placements()) {
                int rank = board.rankOf(p.applicantId());
                out.append("| ").append(rank == 0 ? "-" : rank).append(" | `").append(p.applicantId()).append("` | ")
                        .append(p.applicantName()).append(" | ").append(outcome(p)).append(" | ").append(p.bucket() == null ? "-" : p.bucket().label())
                        .append(" | ").append(p.stage() == Stage.INTERVIEWED ? p.score() : "-")
                        .append(" | ").append(reasons(p).replace("|", "/")).append(" |\n");
            }
            out.append('\n');
        }
        if (!checks.isEmpty()) {
            out.append("## Expectations\n\n");
            for (ExpectationCheck.Result c : checks) {
                out.append("- ").append(c.met() ? "ok: " : "**FAILED**: ").append(c.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static Map<String, Object> json(String source, Meeting meeting, List<ExpectationCheck.Result> checks) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", source);
        root.put("title", meeting.world().scenario().title());
        if (!meeting.switchedOff().isEmpty()) {
            root.put("switchedOff", meeting.switchedOff().describe());
        }
        List<Object> programs = new ArrayList<>();
        for (ProgramBoard board : meeting.boards()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("program", board.program().id());
            pm.put("name", board.program().displayName());
            pm.put("placements", board.placements().stream()
                    .map(p -> JsonTree.placement(p, board.rankOf(p.applicantId()), false)).toList());
            programs.add(pm);
        }
        root.put("programs", programs);
        root.put("expectations", checks.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("met", c.met());
            m.put("text", c.text());
            return m;
        }).toList());
        return root;
    }

    /** For tests and logs: a one-line summary of a placement. */
    public static String summary(Placement p) {
        return p.applicantId() + "@" + p.programId() + " " + p.outcomeLabel() + " " + p.score() + " "
                + p.trail().stream().map(Evidence::getHeuristic).toList();
    }
}
