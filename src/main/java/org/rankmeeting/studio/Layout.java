package org.rankmeeting.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.rankmeeting.studio.Html.esc;

/** The page shell: head, the navigation bar, the scenario's tabs. */
public final class Layout {

    public static final String CSS = "/studio/static/studio.css";
    public static final String JS = "/studio/static/studio.js";

    private Layout() {
    }

    /** A server page: the shared stylesheet and script are linked (served from the jar, nothing from the network). */
    public static String page(String title, String bodyClass, String scenario, String active, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " - rank-meeting studio</title>\n<link rel=\"stylesheet\" href=\"/static/studio.css\">\n"
                + "<script src=\"/static/studio.js\" defer></script>\n</head>\n<body class=\"" + esc(bodyClass) + "\">\n"
                + nav(scenario, active) + "<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** A self-contained page: the stylesheet inline, no script, no link off the file. */
    public static String standalone(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + resource(CSS) + "</style>\n</head>\n<body class=\"report\">\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
    }

    private static String nav(String scenario, String active) {
        StringBuilder out = new StringBuilder("<nav class=\"top\"><a class=\"brand\" href=\"/\">rank-meeting studio</a>");
        out.append(tab("/", "Scenarios", "gallery".equals(active)));
        out.append(tab("/myfile", "My file", "myfile".equals(active)));
        out.append(tab("/catalogue", "Heuristics", "catalogue".equals(active)));
        out.append("</nav>\n");
        if (scenario != null) {
            String base = "/s/" + Html.url(scenario);
            out.append("<nav class=\"scenario\"><span class=\"sname\">").append(esc(scenario)).append("</span>");
            out.append(tab(base, "Board", "board".equals(active)));
            out.append(tab(base + "/replay", "Replay", "replay".equals(active)));
            out.append(tab(base + "/policy", "Policy toggles", "policy".equals(active)));
            out.append(tab("/myfile?scenario=" + Html.url(scenario), "My file here", false));
            out.append(tab(base + "/match", "Match day", "match".equals(active)));
            out.append(tab(base + "/judge", "Judge a program", "judge".equals(active)));
            out.append("</nav>\n");
        }
        return out.toString();
    }

    private static String tab(String href, String label, boolean active) {
        return "<a href=\"" + esc(href) + "\"" + (active ? " class=\"active\" aria-current=\"page\"" : "") + ">" + esc(label) + "</a>";
    }

    /** A text resource from the jar. */
    public static String resource(String path) {
        try (InputStream in = Layout.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
