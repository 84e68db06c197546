package org.rankmeeting.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ApplicantEdits;
import org.rankmeeting.scenario.ScenarioReader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a variant changed in the file, one line per change: {@code step2.score 231 -> 248},
 * {@code + usce sub-i@riverside-im:4w:strong}, {@code - contacts dr-rao:met},
 * {@code ~ letters dr-hale:good:generic -> dr-hale:strong} (the same writer's letter, rewritten). List items are written in the
 * short form {@link ApplicantEdits} accepts, so a line can be pasted back into {@code --add}.
 */
public final class FileChanges {

    private FileChanges() {
    }

    public static List<String> between(Applicant before, Applicant after) {
        JsonNode a = ScenarioReader.jsonMapper().valueToTree(before);
        JsonNode b = ScenarioReader.jsonMapper().valueToTree(after);
        List<String> out = new ArrayList<>();
        walk("", a, b, out);
        return List.copyOf(out);
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isArray() || b.isArray()) {
            String list = path;
            List<JsonNode> left = items(a);
            List<JsonNode> right = items(b);
            List<JsonNode> rewritten = new ArrayList<>();
            for (JsonNode item : left) {
                if (right.contains(item)) {
                    continue;
                }
                JsonNode same = sameKey(list, item, right, left);
                if (same != null) {
                    out.add("~ " + list + " " + shortForm(list, item) + " -> " + shortForm(list, same));
                    rewritten.add(same);
                } else {
                    out.add("- " + list + " " + shortForm(list, item));
                }
            }
            for (JsonNode item : right) {
                if (!left.contains(item) && !rewritten.contains(item)) {
                    out.add("+ " + list + " " + shortForm(list, item));
                }
            }
            return;
        }
        if (a.isObject() || b.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, child(a, name), child(b, name), out);
            }
            return;
        }
        if (!a.equals(b)) {
            out.add(path + " " + scalar(a) + " -> " + scalar(b));
        }
    }

    /** The item of {@code after} with the same key as {@code item} (the same writer's letter, rewritten), if it is new. */
    private static JsonNode sameKey(String list, JsonNode item, List<JsonNode> after, List<JsonNode> before) {
        if (!item.isObject() || ApplicantEdits.keyField(list).isEmpty()) {
            return null;
        }
        String key = ApplicantEdits.keyOf(list, item);
        return after.stream().filter(n -> !before.contains(n) && n.isObject() && key.equals(ApplicantEdits.keyOf(list, n)))
                .findFirst().orElse(null);
    }

    private static JsonNode child(JsonNode node, String name) {
        JsonNode c = node.get(name);
        return c == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : c;
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private static String scalar(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "(none)" : node.asText();
    }

    /** An item in the short form: the key first, then the other values joined by colons. */
    static String shortForm(String list, JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        StringBuilder out = new StringBuilder();
        switch (list) {
            case "usce" -> out.append(text(item, "kind")).append('@').append(text(item, "site"));
            case "research" -> out.append(text(item, "kind")).append(item.hasNonNull("pi") ? "@" + text(item, "pi") : "");
            default -> out.append(ApplicantEdits.keyOf(list, item));
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) item::fields) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull() || (value.isBoolean() && !value.asBoolean()) || name.equals("kind") || name.equals("site") || name.equals("pi")
                    || name.equals(ApplicantEdits.keyField(list))) {
                continue;
            }
            out.append(':').append(switch (name) {
                case "weeks" -> value.asText() + "w";
                case "months" -> value.asText() + "m";
                case "writer" -> "by=" + value.asText();
                case "mentionedAtInterview" -> "mentioned";
                default -> value.asText();
            });
        }
        return out.toString();
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? "?" : v.asText();
    }
}
