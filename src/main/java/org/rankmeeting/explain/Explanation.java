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
    public static String render(List<ProgramBoard> boards, String applicantId, Format format,
                                Map<String, List<WhyNot.Miss>> whyNot) {
        return switch (format) {
            case TEXT -> text(boards, applicantId, false, whyNot);
            case MARKDOWN -> text(boards, applicantId, true, whyNot);
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

    private static String text(List<ProgramBoard> boards, String applicantId, boolean markdown,
                               Map<String, List<WhyNot.Miss>> whyNot) {
        StringBuilder out = new StringBuilder();
        for (ProgramBoard board : boards) {
            Placement p = board.placementOf(applicantId);
            int rank = board.rankOf(applicantId);
            String head = p.applicantName() + " at " + board.program().displayName() + ": " + p.outcomeLabel()
                    + (p.bucket() == null ? "" : " (bucket: " + p.bucket().label() + ")")
                    + (rank > 0 ? ", #" + rank + " on the rank list" : "")
                    + (p.stage() == org.rankmeeting.scenario.Stage.INTERVIEWED ? ", score " + p.score() + ", order key " + p.orderKey() : "");
            out.append(markdown ? "## " : "").append(head).append("\n\n");
            out.append(markdown ? "**Principal reasons**\n\n" : "Principal reasons:\n");
            int i = 1;
            for (Evidence e : p.principalReasons()) {
                out.append(markdown ? i + ". " : "  " + i + ". ").append(Lines.line(e)).append('\n');
                i++;
            }
            out.append(markdown ? "\n**What held this file back (near misses)**\n\n" : "\nWhat held this file back (near misses):\n");
            List<NearMiss> misses = p.nearMisses();
            if (misses.isEmpty()) {
                out.append(markdown ? "- " : "  - ").append(Lines.NO_NEAR_MISS).append('\n');
            }
            for (NearMiss n : misses) {
                out.append(markdown ? "- " : "  - ").append(Lines.nearMiss(n)).append('\n');
            }
            if (whyNot != null) {
                out.append(markdown ? "\n**" + WhyNotLines.HEADING + "**\n\n" : "\n" + WhyNotLines.HEADING + ":\n");
                WhyNotLines.text(out, whyNot.getOrDefault(board.program().id(), List.of()), markdown ? "- " : "  - ");
            }
            out.append(markdown ? "\n**Full trace**\n\n" : "\nFull trace, in the order the rules fired:\n");
            for (Evidence e : p.trail()) {
                out.append(markdown ? "- " : "  - ").append(Lines.line(e)).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
