package org.rankmeeting.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placements and evidence as plain JSON trees, with the same field names in every command. */
public final class JsonTree {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTree() {
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ordered JSON object from alternating keys and values (unlike {@code Map.of}, the order is the one written). */
    public static Map<String, Object> fields(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate, got " + keysAndValues.length + " items");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heuristic", e.getHeuristic());
        m.put("rule", e.getRule());
        m.put("effect", e.getEffect().label());
        if (e.getPoints() != 0) {
            m.put("points", e.getPoints());
        }
        if (e.getBucket() != null) {
            m.put("bucket", e.getBucket().code());
        }
        if (e.getTier() != null) {
            m.put("tier", e.getTier().code());
        }
        m.put("sentence", e.getSentence());
        m.put("values", e.getValues());
        if (e.hasMargins()) {
            m.put("margins", e.getMargins().stream().map(JsonTree::margin).toList());
        }
        return m;
    }

    /** A margin: the phrase always; measure, value, threshold and gap when it is numeric. */
    public static Map<String, Object> margin(Margin margin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phrase", margin.phrase());
        if (margin.isNumeric()) {
            m.put("measure", margin.measure());
            m.put("value", margin.value());
            m.put("threshold", margin.threshold());
            m.put("gap", margin.gap());
        }
        return m;
    }

    public static Map<String, Object> nearMiss(NearMiss n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heuristic", n.heuristic());
        m.put("rule", n.rule());
        m.putAll(margin(n.margin()));
        return m;
    }

    public static Map<String, Object> placement(Placement p, int rank, boolean withTrail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicant", p.applicantId());
        m.put("name", p.applicantName());
        m.put("program", p.programId());
        m.put("stage", p.stage().code());
        m.put("bucket", p.bucket() == null ? null : p.bucket().code());
        m.put("tier", p.tier() == null ? null : p.tier().code());
        m.put("rank", rank == 0 ? null : rank);
        m.put("score", p.score());
        m.put("orderKey", p.orderKey());
        m.put("principalReasons", evidence(p.principalReasons()));
        if (withTrail) {
            m.put("nearMisses", p.nearMisses().stream().map(JsonTree::nearMiss).toList());
            m.put("trace", evidence(p.trail()));
        }
        return m;
    }

    public static List<Map<String, Object>> evidence(List<Evidence> list) {
        return list.stream().map(JsonTree::evidence).toList();
    }
}
