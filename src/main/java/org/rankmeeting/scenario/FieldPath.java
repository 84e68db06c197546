package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a scenario document: field names and list indexes from the top.
 * Rendered for people as {@code applicants[2].step2.score} and for the {@link LocationIndex} as a JSON pointer.
 */
record FieldPath(List<Object> segments) {

    static final FieldPath ROOT = new FieldPath(List.of());

    /** How messages name the top of the document. */
    static final String ROOT_NAME = "scenario";

    FieldPath {
        segments = List.copyOf(segments);
    }

    FieldPath field(String name) {
        return append(name);
    }

    FieldPath index(int index) {
        return append(index);
    }

    private FieldPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments);
        next.add(segment);
        return new FieldPath(next);
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    FieldPath parent() {
        return isRoot() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
    }

    /** {@code applicants[2].step2.score}; the top of the document is {@value #ROOT_NAME}. */
    String dotted() {
        if (isRoot()) {
            return ROOT_NAME;
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** The JSON pointer ({@code /applicants/2/step2/score}), escaped as {@link com.fasterxml.jackson.core.JsonPointer} does. */
    String pointer() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            out.append('/');
            out.append(segment instanceof Integer i ? i.toString()
                    : segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The path of a databind exception (field names and indexes as Jackson recorded them). */
    static FieldPath of(List<JsonMappingException.Reference> references) {
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                segments.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                segments.add(ref.getIndex());
            }
        }
        return new FieldPath(segments);
    }

    /** The path of the parser's current position. */
    static FieldPath of(JsonStreamContext context) {
        List<Object> reversed = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                reversed.add(c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                reversed.add(c.getCurrentName());
            }
        }
        List<Object> segments = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            segments.add(reversed.get(i));
        }
        return new FieldPath(segments);
    }

    @Override
    public String toString() {
        return dotted();
    }
}
