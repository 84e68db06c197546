package org.rankmeeting.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Margin;
import org.rankmeeting.engine.NearMiss;
import org.rankmeeting.engine.Placement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placements and evidence as plain JSON trees, with the same field names in every command. */
public final class JsonTree {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTree() {
    }

    /** The tree as indented JSON, ending with a line break. */
    public static String write(Object tree) {
        StringWriter out = new StringWriter();
        write(tree, out);
        return out.toString();
    }

    /** Writes the tree as {@link #write(Object)} gives it to {@code out}, leaving it open. */
    public static void write(Object tree, Writer out) {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            MAPPER.writeValue(g, tree);
            g.writeRaw(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code value} written as {@link #write(Object)} would write it {@code nesting} objects deep (1: a value of the
     * root object, or an entry of a list there), so that it can be written apart, on another thread, and put into the
     * tree as {@link Written}: the document is then the same, byte for byte.
     */
    public static String fragment(Object value, int nesting) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.setPrettyPrinter(new Nested(nesting));
            MAPPER.writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value already written by {@link #fragment}, written into a tree as it is. */
    public record Written(String json) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeRawValue(json);
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            serialize(g, provider);
        }
    }

    /** The mapper's pretty printer, starting {@code nesting} levels in (each level two spaces, as in the document). */
    private static final class Nested extends DefaultPrettyPrinter {
        private final int from;

        Nested(int nesting) {
            from = nesting;
            _nesting = nesting;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Nested(from);
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
        // a file nobody read has no committee score: say what decided it instead
        if (p.committeeScore() != null) {
            m.put("score", p.score());
            m.put("orderKey", p.orderKey());
        } else {
            m.put("decidedBy", p.decidedBy());
        }
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
