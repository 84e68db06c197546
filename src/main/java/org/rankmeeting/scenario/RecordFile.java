package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rankmeeting.BadInputException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A YAML file that is not a scenario but is read like one (a rules folder's figures): bound to a record of records
 * and whole numbers, with a scenario file's messages (syntax, unknown fields with "did you mean", the wrong kind of
 * value, each as {@code file:line:col: field.path: what}); then every field must be written, and a number must lie
 * in the {@link Range} its record component declares.
 */
public final class RecordFile {

    private RecordFile() {
    }

    /**
     * @param what how messages name the document: "figures table"
     * @throws BadInputException listing every problem
     */
    public static <T extends Record> T read(String displayName, String text, Class<T> type, String what) {
        Objects.requireNonNull(text, "text");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ObjectMapper mapper = ScenarioReader.mapper(ScenarioReader.Format.YAML);
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            // not a map (or not YAML): the binder says what is wrong, where
            return ScenarioReader.bind(displayName, body, ScenarioReader.Format.YAML, mapper, type, what);
        }
        // Fields misspelt or left out first: the binder would report a left-out number as a wrong kind of value.
        LocationIndex index = LocationIndex.build(mapper, body);
        List<ScenarioValidator.Problem> problems = new ArrayList<>();
        fields(type, FieldPath.ROOT, index, problems);
        fail(displayName, problems);
        T bound = ScenarioReader.bind(displayName, body, ScenarioReader.Format.YAML, mapper, type, what);
        ranges(bound, FieldPath.ROOT, index, problems);
        fail(displayName, problems);
        return bound;
    }

    private static void fail(String displayName, List<ScenarioValidator.Problem> problems) {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt((ScenarioValidator.Problem p) -> Messages.line(p.location()))
                    .thenComparingInt(p -> Messages.column(p.location())));
            throw new BadInputException(problems.stream().map(p -> p.format(displayName)).toList());
        }
    }

    /** Every field of the record written, and no other, in every map of the document that stands for a record. */
    private static void fields(Class<?> type, FieldPath path, LocationIndex index, List<ScenarioValidator.Problem> problems) {
        List<String> known = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            known.add(component.getName());
        }
        String container = path.isRoot() ? null : path.dotted();
        List<String> written = index.fieldNames(path);
        List<String> misspelt = new ArrayList<>();
        for (String name : written) {
            if (!known.contains(name)) {
                problems.add(new ScenarioValidator.Problem(index.entry(path.field(name)), container,
                        ScenarioReader.unknownField(name, known)));
                Suggestions.closest(name, known).ifPresent(misspelt::add);
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            FieldPath at = path.field(component.getName());
            if (misspelt.contains(component.getName())) {
                continue; // "did you mean" has said it
            }
            if (!written.contains(component.getName())) {
                problems.add(new ScenarioValidator.Problem(index.entry(path), container,
                        "missing required field '" + component.getName() + "'" + (path.isRoot() ? " at the top of the file" : "")));
            } else if (component.getType().isRecord() && !index.fieldNames(at).isEmpty()) {
                fields(component.getType(), at, index, problems);
            }
        }
    }

    private static void ranges(Record value, FieldPath path, LocationIndex index, List<ScenarioValidator.Problem> problems) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            FieldPath at = path.field(component.getName());
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (field instanceof Record nested) {
                ranges(nested, at, index, problems);
            }
            Range range = component.getAnnotation(Range.class);
            if (range != null && field instanceof Integer n && (n < range.min() || n > range.max())) {
                problems.add(new ScenarioValidator.Problem(index.value(at), at.dotted(),
                        "expected a whole number from " + range.min() + " to " + range.max() + ", got " + n));
            }
        }
    }
}
