package org.rankmeeting.studio;

import org.rankmeeting.catalogue.Catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the few HTML pieces every page shares. */
public final class Html {

    private Html() {
    }

    /** Text made safe for element content and attribute values. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /**
     * The heuristic ids of an evidence line ("K5" or "A4, T2"), each linked to its catalogue entry and titled with
     * its one line.
     */
    public static String heuristicLinks(String ids, Links links) {
        StringBuilder out = new StringBuilder();
        for (String id : ids.split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            Catalogue.Heuristic h = Catalogue.get(id);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append("<a class=\"hid\" href=\"").append(esc(links.heuristic(id))).append("\" title=\"")
                    .append(esc(h == null ? id : h.title())).append("\">").append(esc(id)).append("</a>");
        }
        return out.toString();
    }

    /** A CSS-class-safe word from a code such as "rank-to-match". */
    public static String cls(String code) {
        return code == null ? "none" : code.replaceAll("[^a-z0-9-]", "");
    }
}
