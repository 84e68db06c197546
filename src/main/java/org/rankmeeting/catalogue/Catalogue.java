package org.rankmeeting.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heuristic catalogue by id: one line each in this project's words and the article(s) it was drawn from, read
 * from {@code rules/catalogue.yaml} (bundled in the jar). The {@code rules} command checks the rule base against it
 * (every id of an encoded family should be named by at least one rule); the studio and {@code report} link every
 * heuristic id an explanation shows to its entry.
 */
public final class Catalogue {

    /** The resource the catalogue is read from; in the repository at {@code rules/catalogue.yaml}. */
    public static final String RESOURCE = "/rules/catalogue.yaml";

    /** One heuristic: its id, its one line, and the ids of the articles it comes from (see {@link #articles()}). */
    public record Heuristic(String id, String title, List<String> sources) {
        public String family() {
            return id.substring(0, 1);
        }
    }

    private static final Map<String, String> ARTICLES = new LinkedHashMap<>();
    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();
    private static final Map<String, Heuristic> ALL = new LinkedHashMap<>();

    static {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            root.path("articles").fields().forEachRemaining(e -> ARTICLES.put(e.getKey(), e.getValue().asText()));
            root.path("families").fields().forEachRemaining(e -> FAMILIES.put(e.getKey(), e.getValue().asText()));
            for (JsonNode h : root.path("heuristics")) {
                List<String> from = new ArrayList<>();
                h.path("from").forEach(f -> from.add(f.asText()));
                String id = h.path("id").asText();
                ALL.put(id, new Heuristic(id, h.path("line").asText(), List.copyOf(from)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Catalogue() {
    }

    public static List<Heuristic> all() {
        return List.copyOf(ALL.values());
    }

    public static Heuristic get(String id) {
        return ALL.get(id);
    }

    public static String familyName(String letter) {
        return FAMILIES.getOrDefault(letter, letter);
    }

    /** Family letter to name, in catalogue order. */
    public static Map<String, String> families() {
        return java.util.Collections.unmodifiableMap(FAMILIES);
    }

    /** The source articles by id ("000", "002", "003"), each described in one line. */
    public static Map<String, String> articles() {
        return java.util.Collections.unmodifiableMap(ARTICLES);
    }

    /** Families the rank-meeting engine's rules cover (they read the meeting's Case facts). */
    public static final String ENGINE_FAMILIES = "SBKLUVAIRT";

    /** Families the judging rules cover (the applicant's reading of a program; they read ProgramFile facts). */
    public static final String JUDGING_FAMILIES = "P";

    /** Every family the rule base must encode: the engine's and the judging ones. */
    public static final String RULE_FAMILIES = ENGINE_FAMILIES + JUDGING_FAMILIES;
}
