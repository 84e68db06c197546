package org.rankmeeting.studio;

import org.rankmeeting.catalogue.Catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.rankmeeting.studio.Html.esc;

/** The scenario gallery and the heuristic catalogue page. */
public final class GalleryView {

    private GalleryView() {
    }

    public static String gallery(ScenarioLibrary library) {
        StringBuilder out = new StringBuilder("<h1>Rank meetings to open</h1>\n<p class=\"lead\">Each scenario is a rank "
                + "night: schools, programs and applicant files. Open one to see the board, replay the meeting on a "
                + "projector, switch heuristics off, or go to <a href=\"/myfile\">My file</a> to place your own file."
                + "</p>\n<div class=\"gallery\">\n");
        for (ScenarioLibrary.Entry e : library.entries()) {
            out.append("<a class=\"tile\" href=\"/s/").append(Html.url(e.name())).append("\"><h2>").append(esc(e.title()))
                    .append("</h2><p>").append(esc(e.description() == null ? "" : e.description().strip()))
                    .append("</p><span class=\"file\">").append(esc(e.origin())).append(e.extra() ? " (your folder)" : "")
                    .append("</span></a>\n");
        }
        out.append("</div>\n");
        if (!library.problems().isEmpty()) {
            out.append("<section class=\"problems\"><h2>Files that could not be read</h2><pre>");
            library.problems().forEach(p -> out.append(esc(p)).append('\n'));
            out.append("</pre></section>\n");
        }
        return out.toString();
    }

    /** Every heuristic id with its line and its source article(s), by family; each entry has the id as its anchor. */
    public static String catalogue(String anchorPrefix) {
        StringBuilder out = new StringBuilder("<section class=\"catalogue\"><h1>The heuristics</h1>\n<p>Every explanation "
                + "line names one of these ids. Sources:</p>\n<ul class=\"articles\">");
        Catalogue.articles().forEach((id, what) -> out.append("<li><b>").append(esc(id)).append("</b> ").append(esc(what))
                .append("</li>"));
        out.append("</ul>\n");
        Map<String, List<Catalogue.Heuristic>> byFamily = Catalogue.all().stream()
                .collect(Collectors.groupingBy(Catalogue.Heuristic::family, java.util.LinkedHashMap::new, Collectors.toList()));
        byFamily.forEach((family, list) -> {
            out.append("<h2>").append(esc(family)).append(": ").append(esc(Catalogue.familyName(family))).append("</h2>\n<dl>");
            for (Catalogue.Heuristic h : list) {
                out.append("<dt id=\"").append(esc(anchorPrefix + h.id())).append("\">").append(esc(h.id())).append("</dt><dd>")
                        .append(esc(h.title())).append(" <span class=\"src\">(article ").append(esc(String.join(", ", h.sources())))
                        .append(")</span></dd>\n");
            }
            out.append("</dl>\n");
        });
        return out.append("</section>\n").toString();
    }
}
