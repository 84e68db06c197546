package org.rankmeeting.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rankmeeting.scenario.Coded;
import org.rankmeeting.scenario.Scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON Schema (draft 2020-12) for scenario files, generated from the scenario model's records by reflection:
 * every record is an object of its components (no other fields), every {@link Coded} enum a string of its codes,
 * lists are arrays, maps keyed by an enum list that enum's codes as property names. Editors use it to complete
 * fields ({@code # yaml-language-server: $schema=...}); the reader stays the judge of what a file may say (ids that
 * must exist, short forms in variants, numbers in range).
 */
public final class ScenarioSchema {

    /** Where the generated schema is shipped: in the jar and, in the repository, at {@code src/main/resources/schema/scenario.schema.json}. */
    public static final String RESOURCE = "/schema/scenario.schema.json";
    public static final String ID = "https://rank-meeting.example/schema/scenario.schema.json";

    private final Map<String, Object> defs = new TreeMap<>();

    private ScenarioSchema() {
    }

    /** The schema as pretty-printed JSON, ending with a newline. */
    public static String generate() {
        ScenarioSchema s = new ScenarioSchema();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "rank-meeting scenario file");
        root.put("description", "Schools, programs, applicant files, expectations, what-if variants and couples for one "
                + "simulated rank meeting. Generated from the scenario model (org.rankmeeting.scenario); do not edit by hand.");
        root.putAll(s.record(Scenario.class));
        root.put("$defs", s.defs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> record(Class<?> type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            props.put(c.getName(), schema(c.getGenericType()));
        }
        m.put("properties", props);
        m.put("additionalProperties", false);
        return m;
    }

    private Map<String, Object> schema(Type type) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (java.util.List.class.isAssignableFrom(raw)) {
                m.put("type", "array");
                m.put("items", schema(args[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                m.put("type", "object");
                if (args[0] instanceof Class<?> k && k.isEnum()) {
                    m.put("propertyNames", Map.of("enum", codes(k)));
                } else if (args[0] == Integer.class) {
                    m.put("propertyNames", Map.of("pattern", "^[0-9]+$"));
                }
                m.put("additionalProperties", schema(args[1]));
            }
            return m;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            m.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            m.put("type", "integer");
        } else if (c == Double.class || c == double.class) {
            m.put("type", "number");
        } else if (c == Boolean.class || c == boolean.class) {
            m.put("type", "boolean");
        } else if (c.isEnum()) {
            m.put("type", "string");
            m.put("enum", codes(c));
        } else if (c.isRecord()) {
            String name = name(c);
            if (!defs.containsKey(name)) {
                defs.put(name, Map.of());
                defs.put(name, record(c));
            }
            m.put("$ref", "#/$defs/" + name);
        }
        // anything else (a JsonNode in variants' short forms) is left open: the reader checks it
        return m;
    }

    private static Object codes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(e -> e instanceof Coded coded ? coded.code() : e.toString()).toList();
    }

    private static String name(Class<?> c) {
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }
}
