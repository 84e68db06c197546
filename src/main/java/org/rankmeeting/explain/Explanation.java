package org.rankmeeting.explain;

import org.rankmeeting.whynot.WhyNot;
import org.rankmeeting.whynot.WhyNotLines;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Lines;
import org.rankmeeting.output.Table;
import org.rankmeeting.scenario.Stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full reasoning for one applicant at one or more programs: principal reasons first, then what held the
 * file back (each gate, hold, cap or tier threshold with the margin by which the file missed it), then the whole trace.
 */
public final class Explanation {

    private Explanation() {
    }

    public static String render(List<ProgramBoard> boards, String applicantId, Format format) {
        return render(boards, applicantId, format, null);
    }

    /** As {@link #render(List, String, Format)}, with each program's why-not (by program id) when it is not null. */
    public static String render(List<ProgramBoard> allBoards, String applicantId, Format format,
                                Map<String, List<WhyNot.Miss>> whyNot) {
        List<ProgramBoard> boards = allBoards.stream().filter(b -> b.placementOf(applicantId) != null).toList();
        List<String> notSent = allBoards.stream().filter(b -> b.placementOf(applicantId) == null)
                .map(b -> b.program().displayName()).toList();
        return switch (format) {
            case TEXT -> text(boards, applicantId, false, whyNot) + notSent(notSent);
            case MARKDOWN -> text(boards, applicantId, true, whyNot) + notSent(notSent);
            case JSON -> JsonTree.write(boards.stream().map(b -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("programName", b.program().displayName());
                m.putAll(JsonTree.placement(b.placementOf(applicantId), b.rankOf(applicantId), true));
                if (whyNot != null) {
                    m.put("whyNot", whyNot.getOrDefault(b.program().id(), List.of()).stream().map(WhyNotLines::json).toList());
                }
                return m;
            }).toList());
        };
    }

    /** The programs the file was not sent to (its {@code applications} list leaves them out): no meeting there saw it. */
    public static String notSent(List<String> programNames) {
        return programNames.isEmpty() ? "" : "Not applied to (the file's applications leave them out, so their meetings "
                + "never saw it): " + String.join(", ", programNames) + "\n";
    }

    private static String text(List<ProgramBoard> boards, String applicantId, boolean markdown,
                               Map<String, List<WhyNot.Miss>> whyNot) {
        StringBuilder out = new StringBuilder();
        for (ProgramBoard board : boards) {
            Placement p = board.placementOf(applicantId);
            int rank = board.rankOf(applicantId);
            Evidence band = p.band();
            String head = p.applicantName() + " [" + p.applicantId() + "] at " + board.program().displayName() + ": "
                    + p.outcomeLabel()
                    + (band == null ? "" : ", set by the " + band.getHeuristic() + " band")
                    + (p.bucket() == null ? "" : " (bucket: " + p.bucket().label() + ")")
                    + (rank > 0 ? ", #" + rank + " on the rank list" : "")
                    + (p.stage() != Stage.INTERVIEWED ? "" : band != null && p.pointsTier() != p.tier()
                            ? ", score " + p.score() + " (" + p.pointsTier().label() + " on points alone), order key " + p.orderKey()
                            : ", score " + p.score() + ", order key " + p.orderKey());
            if (markdown) {
                markdown(out, head, p, whyNot == null ? null : whyNot.getOrDefault(board.program().id(), List.of()));
                continue;
            }
            out.append(head).append("\n\n");
            out.append("Principal reasons:\n");
            int i = 1;
            for (Evidence e : p.principalReasons()) {
                out.append("  " + i + ". ").append(Lines.line(e)).append('\n');
                i++;
            }
            out.append("\nWhat held this file back (near misses):\n");
            List<NearMiss> misses = p.nearMisses();
            if (misses.isEmpty()) {
                out.append("  - ").append(Lines.NO_NEAR_MISS).append('\n');
            }
            for (NearMiss n : misses) {
                out.append("  - ").append(Lines.nearMiss(n)).append('\n');
            }
            if (whyNot != null) {
                out.append("\n" + WhyNotLines.HEADING + ":\n");
                WhyNotLines.text(out, whyNot.getOrDefault(board.program().id(), List.of()), "  - ");
            }
            out.append("\nFull trace, in the order the rules fired:\n");
            for (Evidence e : p.trail()) {
                out.append("  - ").append(Lines.line(e)).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The same sections as the text, each a table (the why-not lines a list). */
    private static void markdown(StringBuilder out, String head, Placement p, List<WhyNot.Miss> whyNot) {
        out.append("## ").append(head).append("\n\n**Principal reasons**\n\n");
        Table reasons = new Table("#", "heuristic", "rule", "effect", "what the committee says", "the values");
        int i = 1;
        for (Evidence e : p.principalReasons()) {
            reasons.row(Integer.toString(i++), e.getHeuristic(), e.getRule(), Lines.effect(e), e.getSentence(), e.getValues());
        }
        out.append(reasons.markdown()).append("**What held this file back (near misses)**\n\n");
        List<NearMiss> misses = p.nearMisses();
        if (misses.isEmpty()) {
            out.append(Lines.NO_NEAR_MISS).append("\n\n");
        } else {
            Table held = new Table("heuristic", "rule", "by how much");
            misses.forEach(n -> held.row(n.heuristic(), n.rule(), n.margin().phrase()));
            out.append(held.markdown());
        }
        if (whyNot != null) {
            out.append("**").append(WhyNotLines.HEADING).append("**\n\n");
            WhyNotLines.text(out, whyNot, "- ");
            out.append('\n');
        }
        out.append("**Full trace**, in the order the rules fired\n\n");
        Table trace = new Table("heuristic", "rule", "effect", "what the committee says", "the values");
        for (Evidence e : p.trail()) {
            trace.row(e.getHeuristic(), e.getRule(), Lines.effect(e), e.getSentence(), e.getValues());
        }
        out.append(trace.markdown());
    }
}
