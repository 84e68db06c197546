package org.rankmeeting.studio;

import org.rankmeeting.engine.Effect;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.rankmeeting.studio.Html.esc;

/**
 * The meeting for a projector, program by program: the coordinator's filters, the first minutes with the files
 * (buckets and holds), the committee reading each interviewed file line by line, the visa budget walk-down, the late
 * saves and the final list. Every step is drawn from the placements' evidence; nothing is decided here.
 */
public final class ReplayView {

    private ReplayView() {
    }

    private static boolean isVisaBudget(Evidence e) {
        return e.getHeuristic().contains("V1");
    }

    private static boolean isLateSave(Evidence e) {
        return e.getHeuristic().contains("T3");
    }

    private static boolean isSort(Evidence e) {
        return e.getEffect() == Effect.GATE || e.getEffect() == Effect.HOLD || e.getEffect() == Effect.BUCKET;
    }

    public static String replay(String scenario, Meeting meeting, Links links) {
        List<String> steps = new ArrayList<>();
        String title = meeting.world().scenario().title();
        steps.add("<h1>" + esc(title == null ? scenario : title) + "</h1>"
                + "<p class=\"big\">" + meeting.boards().size() + " program(s), " + meeting.world().applicants().size()
                + " file(s). Press <kbd>&rarr;</kbd> or <kbd>Space</kbd> for the next line, <kbd>&larr;</kbd> to go back.</p>");
        for (ProgramBoard b : meeting.boards()) {
            programSteps(b, meeting, links, steps);
        }
        StringBuilder out = new StringBuilder("<div id=\"replay\" class=\"replay\">\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append("<section class=\"step\" data-step=\"").append(i + 1).append("\"").append(i == 0 ? "" : " hidden")
                    .append(">\n").append(steps.get(i)).append("\n</section>\n");
        }
        out.append("<footer class=\"replay-bar\"><button type=\"button\" id=\"back\">&larr; back</button> <span id=\"where\">step 1 of ")
                .append(steps.size()).append("</span> <button type=\"button\" id=\"next\">next &rarr;</button></footer>\n</div>\n");
        return out.toString();
    }

    private static void programSteps(ProgramBoard b, Meeting meeting, Links links, List<String> steps) {
        String program = esc(b.program().displayName());
        List<Placement> all = inFileOrder(b, meeting);

        StringBuilder filters = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>The coordinator's filters</h1><ul class=\"lines\">");
        for (Placement p : all) {
            List<Evidence> gates = p.trail().stream().filter(e -> e.getEffect() == Effect.GATE).toList();
            filters.append("<li class=\"line\" hidden><b>").append(esc(p.applicantName())).append("</b>: ");
            if (gates.isEmpty()) {
                filters.append("<span class=\"pass\">passes the filters</span>");
            } else {
                filters.append("<span class=\"stop\">screened out</span>");
                gates.forEach(e -> filters.append(" &mdash; ").append(Html.heuristicLinks(e.getHeuristic(), links))
                        .append(" <q>").append(esc(e.getSentence())).append("</q>"));
            }
            filters.append("</li>");
        }
        steps.add(filters.append("</ul>").toString());

        List<Placement> read = all.stream().filter(p -> p.stage() != Stage.SCREENED_OUT).toList();
        if (!read.isEmpty()) {
            StringBuilder sort = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>The first minutes with each file</h1><ul class=\"lines\">");
            for (Placement p : read) {
                sort.append("<li class=\"line\" hidden><b>").append(esc(p.applicantName())).append("</b>: ")
                        .append(p.bucket() == null ? "" : "<span class=\"bucket\">" + esc(p.bucket().label()) + "</span>")
                        .append(p.stage() == Stage.NOT_INVITED ? " <span class=\"stop\">not invited</span>" : " <span class=\"pass\">invited</span>");
                p.trail().stream().filter(e -> e.getEffect() == Effect.BUCKET || e.getEffect() == Effect.HOLD).forEach(e ->
                        sort.append("<br><small>").append(Html.heuristicLinks(e.getHeuristic(), links)).append(" <q>")
                                .append(esc(e.getSentence())).append("</q></small>"));
                sort.append("</li>");
            }
            steps.add(sort.append("</ul>").toString());
        }

        for (Placement p : all.stream().filter(p -> p.stage() == Stage.INTERVIEWED).toList()) {
            StringBuilder file = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>The committee reads "
                    + esc(p.applicantName()) + "</h1><ul class=\"lines voice\">");
            Predicate<Evidence> committee = e -> !isSort(e) && !isVisaBudget(e) && !isLateSave(e);
            for (Evidence e : p.trail().stream().filter(committee).toList()) {
                file.append("<li class=\"line\" hidden>").append(Html.heuristicLinks(e.getHeuristic(), links)).append(" <q>")
                        .append(esc(e.getSentence())).append("</q>")
                        .append(e.getPoints() == 0 ? "" : " <span class=\"pts\">" + esc(Evidence.signed(e.getPoints())) + "</span>")
                        .append("</li>");
            }
            file.append("<li class=\"line verdict\" hidden>&rarr; <span class=\"outcome out-").append(Html.cls(BoardView.outcomeCode(p)))
                    .append("\">").append(esc(p.outcomeLabel())).append("</span>, score ").append(p.score()).append("</li>");
            steps.add(file.append("</ul>").toString());
        }

        boolean visaFiles = all.stream().anyMatch(p -> p.stage() == Stage.INTERVIEWED && needsVisa(meeting, p));
        if (visaFiles) {
            StringBuilder visa = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>Walking down the visa budget</h1><ul class=\"lines\">");
            for (Placement p : b.placements().stream().filter(p -> p.stage() == Stage.INTERVIEWED && needsVisa(meeting, p)).toList()) {
                List<Evidence> v1 = p.trail().stream().filter(ReplayView::isVisaBudget).toList();
                visa.append("<li class=\"line\" hidden><b>").append(esc(p.applicantName())).append("</b> (")
                        .append(esc(meeting.world().applicant(p.applicantId()).visa().label())).append("): ");
                if (v1.isEmpty()) {
                    visa.append("<span class=\"pass\">a seat is left</span>");
                }
                v1.forEach(e -> visa.append(Html.heuristicLinks(e.getHeuristic(), links)).append(" <q>")
                        .append(esc(e.getSentence())).append("</q> <span class=\"values\">").append(esc(e.getValues())).append("</span> "));
                visa.append("</li>");
            }
            steps.add(visa.append("</ul>").toString());
        }

        List<Placement> saved = all.stream().filter(p -> p.trail().stream().anyMatch(ReplayView::isLateSave)).toList();
        if (!saved.isEmpty()) {
            StringBuilder late = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>Late saves: the list looks thin</h1><ul class=\"lines\">");
            for (Placement p : saved) {
                late.append("<li class=\"line\" hidden><b>").append(esc(p.applicantName())).append("</b>: ");
                p.trail().stream().filter(ReplayView::isLateSave).forEach(e -> late.append(Html.heuristicLinks(e.getHeuristic(), links))
                        .append(" <q>").append(esc(e.getSentence())).append("</q> "));
                late.append("</li>");
            }
            steps.add(late.append("</ul>").toString());
        }

        StringBuilder list = new StringBuilder("<h2 class=\"prog\">" + program + "</h2><h1>The final list</h1><ol class=\"lines final\">");
        for (Placement p : b.rankList()) {
            list.append("<li class=\"line\" hidden>").append(esc(p.applicantName())).append(" &mdash; <span class=\"outcome out-")
                    .append(Html.cls(BoardView.outcomeCode(p))).append("\">").append(esc(p.outcomeLabel())).append("</span></li>");
        }
        if (b.rankList().isEmpty()) {
            list.append("<li class=\"line\" hidden>nobody from these files is ranked</li>");
        }
        steps.add(list.append("</ol>").toString());
    }

    private static boolean needsVisa(Meeting meeting, Placement p) {
        Applicant a = meeting.world().applicant(p.applicantId());
        return a != null && a.visa() != null && a.visa().needsSponsorship();
    }

    /** The program's placements in the order the files appear in the scenario (the order they were read). */
    private static List<Placement> inFileOrder(ProgramBoard b, Meeting meeting) {
        List<Placement> out = new ArrayList<>();
        for (Applicant a : meeting.world().applicants()) {
            Placement p = b.placementOf(a.id());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
