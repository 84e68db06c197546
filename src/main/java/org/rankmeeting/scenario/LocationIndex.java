package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line and column of every key and value in a scenario text, by JSON pointer.
 * Built by re-reading the text (already known to parse) with a streaming parser, so that checks made on the
 * bound records can still point at the right place in the file.
 */
final class LocationIndex {

    /** Where a field's name is written ({@code score:}); array elements have none. */
    private final Map<String, JsonLocation> keys = new HashMap<>();
    /** Where a value starts: a scalar, or the first token of a map or list. */
    private final Map<String, JsonLocation> values = new HashMap<>();
    /** Where a field's name is written a second time in the same map (the reader rejects that; this locates it). */
    private final Map<String, JsonLocation> repeatedKeys = new HashMap<>();
    /** The field names of each map, as written (so map keys can be found in their original spelling). */
    private final Map<String, List<String>> fieldNames = new HashMap<>();

    private LocationIndex() {
    }

    /** An index with no positions, for checks on records that were not read from a file. */
    static LocationIndex empty() {
        return new LocationIndex();
    }

    static LocationIndex build(ObjectMapper mapper, String text) {
        LocationIndex index = new LocationIndex();
        // The pointers are kept as the text is read, one container per entry: asking the parser for each token's
        // pointer builds it afresh from the top, which made the index a third of reading a large scenario.
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser p = mapper.createParser(text)) {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                JsonLocation location = p.currentTokenLocation();
                if (token == JsonToken.FIELD_NAME) {
                    Container map = open.peek();
                    map.name = p.currentName();
                    String pointer = map.pointer + '/' + escape(map.name);
                    if (index.keys.putIfAbsent(pointer, location) != null) {
                        index.repeatedKeys.putIfAbsent(pointer, location);
                    }
                    index.fieldNames.computeIfAbsent(map.pointer, k -> new ArrayList<>()).add(map.name);
                    continue;
                }
                String pointer = open.isEmpty() ? "" : open.peek().next();
                index.values.putIfAbsent(pointer, location);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Container(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // The text was bound successfully before the index is built, so this does not happen; an index that
            // stops early only makes locations fall back to an enclosing value.
        }
        return index;
    }

    /** A map or list being read: its own pointer, and the field name or index of the value read last. */
    private static final class Container {
        final String pointer;
        final boolean list;
        String name;
        int index = -1;

        Container(String pointer, boolean list) {
            this.pointer = pointer;
            this.list = list;
        }

        /** The pointer of the value that comes next: the field just named, or the next list entry. */
        String next() {
            return list ? pointer + '/' + (++index) : pointer + '/' + escape(name);
        }
    }

    /** A field name as a JSON pointer segment ({@code ~} and {@code /} escaped), as {@link FieldPath#pointer()} writes it. */
    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }

    /** Where the value at {@code path} is written, else its key, else the nearest enclosing value. */
    JsonLocation value(FieldPath path) {
        for (FieldPath p = path; ; p = p.parent()) {
            String pointer = p.pointer();
            JsonLocation found = values.get(pointer);
            if (found == null) {
                found = keys.get(pointer);
            }
            if (found != null || p.isRoot()) {
                return found;
            }
        }
    }

    /** Where the entry at {@code path} starts: its key if it has one, else its value, else the nearest enclosing one. */
    JsonLocation entry(FieldPath path) {
        for (FieldPath p = path; ; p = p.parent()) {
            String pointer = p.pointer();
            JsonLocation found = keys.get(pointer);
            if (found == null) {
                found = values.get(pointer);
            }
            if (found != null || p.isRoot()) {
                return found;
            }
        }
    }

    /** Where the key at {@code path} is written for the second time, if it is. */
    JsonLocation repeatedKey(FieldPath path) {
        return repeatedKeys.get(path.pointer());
    }

    /** Whether the document writes a key (or value) at exactly {@code path}. */
    boolean has(FieldPath path) {
        return keys.containsKey(path.pointer()) || values.containsKey(path.pointer());
    }

    /** The field names of the map at {@code path}, in document order. */
    List<String> fieldNames(FieldPath path) {
        return fieldNames.getOrDefault(path.pointer(), List.of());
    }
}
