package org.rankmeeting.explain;

import org.rankmeeting.engine.Cores;
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

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The tier board of every program of a meeting, with the expectation results, in any {@link Format}. */
public final class BoardReport {

    private BoardReport() {
    }

    /** A meeting of fewer files than this is rendered on the calling thread (as {@code Engine} runs it there). */
    private static final int SIDE_BY_SIDE_FROM = 400;

    public static String render(String source, Meeting meeting, List<ExpectationCheck.Result> checks, Format format) {
        StringWriter out = new StringWriter();
        report(source, meeting, checks, format, UnaryOperator.identity()).writeTo(out);
        return out.toString();
    }

    /**
     * The report, rendered and ready to be written: what {@link #render} returns, in pieces. Each program's board is
     * rendered as a piece of its own, side by side on the cores for a large meeting ({@link Cores}), and the pieces
     * are written in the programs' order, so the text is the same whichever thread rendered what. For the text format
     * {@code eachPiece} is applied to every piece in the task that rendered it (folding to a width: every piece ends
     * a line, so folding the pieces one by one folds the whole); markdown and JSON are left as they are.
     */
    public static Rendered report(String source, Meeting meeting, List<ExpectationCheck.Result> checks, Format format,
                                  UnaryOperator<String> eachPiece) {
        UnaryOperator<String> finish = format == Format.TEXT ? eachPiece : UnaryOperator.identity();
        List<String> boards = boards(meeting, board -> finish.apply(switch (format) {
            case TEXT -> textBoard(board);
            case MARKDOWN -> markdownBoard(board);
            case JSON -> JsonTree.fragment(jsonBoard(board), 1);
        }));
        return switch (format) {
            case TEXT -> new Pieces(inOrder(finish.apply(textHead(source, meeting)), boards, finish.apply(textChecks(checks))));
            case MARKDOWN -> new Pieces(inOrder(finish.apply(markdownHead(source, meeting)), boards,
                    finish.apply(markdownChecks(checks))));
            case JSON -> out -> JsonTree.write(json(source, meeting, checks,
                    boards.stream().map(JsonTree.Written::new).toList()), out);
        };
    }

    /** A report ready to be written: nothing is left to compute or check. */
    @FunctionalInterface
    public interface Rendered {
        /** Writes the report (not closing or flushing {@code out}). */
        void writeTo(Writer out);
    }

    /** Pieces of text written one after the other. */
    private record Pieces(List<String> pieces) implements Rendered {
        @Override
        public void writeTo(Writer out) {
            try {
                for (String piece : pieces) {
                    out.write(piece);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> inOrder(String head, List<String> boards, String tail) {
        List<String> all = new ArrayList<>(boards.size() + 2);
        all.add(head);
        all.addAll(boards);
        all.add(tail);
        return all;
    }

    /** Every board's piece, in the boards' order; side by side on the cores when the meeting is large. */
    private static List<String> boards(Meeting meeting, Function<ProgramBoard, String> piece) {
        long files = 0;
        for (ProgramBoard board : meeting.boards()) {
            files += board.placements().size();
        }
        if (files < SIDE_BY_SIDE_FROM) {
            List<String> out = new ArrayList<>(meeting.boards().size());
            meeting.boards().forEach(board -> out.add(piece.apply(board)));
            return out;
        }
        return Cores.map(meeting.boards(), piece);
    }

    /** The tier, or the stage; "mid (T4 band)" when a band rather than the score set the tier. */
    private static String outcome(Placement p) {
        Evidence band = p.band();
        return band == null ? p.outcomeLabel() : p.outcomeLabel() + " (" + band.getHeuristic() + " band)";
    }

    private static String reasons(Placement p) {
        return p.principalReasons().stream().map(Lines::brief).collect(Collectors.joining("; "));
    }

    private static String textHead(String source, Meeting meeting) {
        StringBuilder out = new StringBuilder();
        String title = meeting.world().scenario().title();
        out.append("== ").append(title == null ? source : title).append(" (").append(source).append(")\n");
        if (!meeting.switchedOff().isEmpty()) {
            out.append("Switched off: ").append(meeting.switchedOff().describe()).append('\n');
        }
        return out.toString();
    }

    private static String textBoard(ProgramBoard board) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(board.program().displayName()).append(" [").append(board.program().id()).append("]\n");
        Table table = new Table("#", "id", "applicant", "outcome", "bucket", "score", "principal reasons");
        for (Placement p : board.placements()) {
            int rank = board.rankOf(p.applicantId());
            table.row(rank == 0 ? "-" : Integer.toString(rank), p.applicantId(), p.applicantName(), outcome(p),
                    p.bucket() == null ? "-" : p.bucket().label(),
                    p.stage() == Stage.INTERVIEWED ? Integer.toString(p.score()) : "-", reasons(p));
        }
        return out.append(table.render()).toString();
    }

    private static String textChecks(List<ExpectationCheck.Result> checks) {
        StringBuilder out = new StringBuilder();
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

    private static String markdownHead(String source, Meeting meeting) {
        StringBuilder out = new StringBuilder();
        String title = meeting.world().scenario().title();
        out.append("# ").append(title == null ? source : title).append("\n\n");
        if (!meeting.switchedOff().isEmpty()) {
            out.append("Switched off: ").append(meeting.switchedOff().describe()).append("\n\n");
        }
        if (meeting.world().scenario().description() != null) {
            out.append(meeting.world().scenario().description().strip()).append("\n\n");
        }
        return out.toString();
    }

    private static String markdownBoard(ProgramBoard board) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(board.program().displayName()).append("\n\n");
        out.append("| # | id | applicant | outcome | bucket | score | principal reasons |\n|---|---|---|---|---|---|---|\n");
        for (Placement p : board.placements()) {
            int rank = board.rankOf(p.applicantId());
            out.append("| ").append(rank == 0 ? "-" : rank).append(" | `").append(p.applicantId()).append("` | ")
                    .append(p.applicantName()).append(" | ").append(outcome(p)).append(" | ").append(p.bucket() == null ? "-" : p.bucket().label())
                    .append(" | ").append(p.stage() == Stage.INTERVIEWED ? p.score() : "-")
                    .append(" | ").append(reasons(p).replace("|", "/")).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private static String markdownChecks(List<ExpectationCheck.Result> checks) {
        StringBuilder out = new StringBuilder();
        if (!checks.isEmpty()) {
            out.append("## Expectations\n\n");
            for (ExpectationCheck.Result c : checks) {
                out.append("- ").append(c.met() ? "ok: " : "**FAILED**: ").append(c.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** The report as a JSON tree, with each program's board already written (see {@link JsonTree#fragment}). */
    private static Map<String, Object> json(String source, Meeting meeting, List<ExpectationCheck.Result> checks,
                                            List<JsonTree.Written> boards) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", source);
        root.put("title", meeting.world().scenario().title());
        if (!meeting.switchedOff().isEmpty()) {
            root.put("switchedOff", meeting.switchedOff().describe());
        }
        root.put("programs", boards);
        root.put("expectations", checks.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("met", c.met());
            m.put("text", c.text());
            return m;
        }).toList());
        return root;
    }

    private static Map<String, Object> jsonBoard(ProgramBoard board) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("program", board.program().id());
        pm.put("name", board.program().displayName());
        pm.put("placements", board.placements().stream()
                .map(p -> JsonTree.placement(p, board.rankOf(p.applicantId()), false)).toList());
        return pm;
    }

    /** For tests and logs: a one-line summary of a placement. */
    public static String summary(Placement p) {
        return p.applicantId() + "@" + p.programId() + " " + p.outcomeLabel() + " " + p.score() + " "
                + p.trail().stream().map(Evidence::getHeuristic).toList();
    }
}
