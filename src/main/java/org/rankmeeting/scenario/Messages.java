package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Wording shared by the reader's messages: what was expected, what was found, and where. */
final class Messages {

    private Messages() {
    }

    /** {@code file:line:col: path: what}; a missing location is reported as line 1, column 1. */
    static String at(String displayName, JsonLocation location, String path, String what) {
        return displayName + ":" + line(location) + ":" + column(location) + ": "
                + (path == null ? "" : path + ": ") + what;
    }

    static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
    }

    static String quote(String text) {
        return "'" + text + "'";
    }

    /** The parser's current token as a user would call it: {@code 'abc'}, {@code 2.5}, {@code a list}. */
    static String describeToken(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        try {
            return switch (token) {
                case START_OBJECT, END_OBJECT -> "a map";
                case START_ARRAY, END_ARRAY -> "a list";
                case FIELD_NAME -> "the field " + quote(p.currentName());
                case VALUE_STRING -> quote(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "nothing (null)";
                default -> "a value of an unexpected kind";
            };
        } catch (IOException e) {
            return "a value that could not be read";
        }
    }

    /** What a Java type looks like in a scenario file: {@code a whole number}, {@code a list}, ... */
    static String describeType(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map";
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return "one of " + Suggestions.list(CodedModule.codes(type));
        }
        if (type.isRecord()) {
            StringJoiner fields = new StringJoiner(", ", "a map of fields (", ")");
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            return fields.toString();
        }
        return "a " + type.getSimpleName();
    }
}
