package org.rankmeeting.studio;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.matchday.MatchDay;

import java.util.List;

import static org.rankmeeting.studio.Html.esc;

/** The {@code report} command's page: board, explanations, Match and catalogue in one file with no outside links. */
public final class StaticReport {

    private StaticReport() {
    }

    public static String render(String source, Meeting meeting, List<ExpectationCheck.Result> checks, MatchDay.Outcome match) {
        String title = meeting.world().scenario().title() == null ? source : meeting.world().scenario().title();
        StringBuilder body = new StringBuilder("<h1>").append(esc(title)).append("</h1>\n<p class=\"lead\">")
                .append(esc(meeting.world().scenario().description() == null ? "" : meeting.world().scenario().description().strip()))
                .append("</p><p class=\"small\">").append(esc(source)).append(" &middot; written by rank-meeting report</p>\n");
        body.append(BoardView.boards(source, meeting, Links.INLINE, BoardView.Marks.NONE)).append(BoardView.checks(checks));
        body.append("<section class=\"explanations\"><h1>Explanations</h1>\n");
        for (ProgramBoard b : meeting.boards()) {
            for (Placement p : b.placements()) {
                body.append(BoardView.explanation(b, p, Links.INLINE));
            }
        }
        body.append("</section>\n<section class=\"match\">").append(MatchView.matchDay(match)).append("</section>\n");
        body.append(GalleryView.catalogue("h-"));
        return Layout.standalone(title + " - rank-meeting report", body.toString());
    }
}
