package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies what-if edits to an applicant's file. The same language serves scenario {@code variants} and the
 * command line's {@code --set}, {@code --add} and {@code --remove}:
 * <ul>
 *   <li><b>set</b> {@code PATH: VALUE}: a field of the file by its path, e.g. {@code step2.score},
 *       {@code visa}, {@code interview.communication}; a list field set this way is replaced whole.
 *       Short names: {@code step2} for {@code step2.score}, {@code attempts} for {@code step2.attempts},
 *       {@code communication} for {@code interview.communication}, {@code transcript} for
 *       {@code transcript.percent}. The id cannot be set.</li>
 *   <li><b>remove</b> {@code LIST: [KEY...]}: list items by their key (a letter or research item by its writer
 *       or PI, a rotation by its site, a contact or late word by the person, a local tie by the program);
 *       {@code "*"} removes every item.</li>
 *   <li><b>add</b> {@code LIST: [ITEM...]}: an item written as in the scenario file, or in a short form:
 *       <pre>
 *       letters       WRITER[:STRENGTH][:STYLE]           dr-okafor:strong:comparative
 *       usce          KIND@SITE[:WEEKSw][:LETTER][:by=W]   sub-i@riverside-im:4w:strong
 *       research      KIND[@PI][:MONTHSm]                  sustained@dr-lee:12m
 *       contacts      PERSON[:RELATIONSHIP][:VERDICT][:mentioned]   dr-rao:built:top
 *       lateAdvocacy  PERSON[:WHAT THEY SAY]               dr-rao:we should rank her
 *       localTies     PROGRAM                              riverside-im
 *       </pre>
 *       A letter, contact or late word from someone the list already has takes the place of theirs: one writer,
 *       one letter.</li>
 * </ul>
 * Edits are applied in that order (set, remove, add), then the file is bound again as the reader binds
 * scenarios, so a value of the wrong type or an unknown enum code is reported like any bad input.
 */
public final class ApplicantEdits {

    /**
     * One thing wrong with an edit: where it is, as path segments relative to the edit ({@code set}, then the
     * field as written; {@code add}, the list, the item's index; or the path in the edited file), and what.
     */
    public record Problem(List<Object> at, String message) {

        /** {@code set.step2.score}, {@code add.usce[0]}. */
        public String where() {
            StringBuilder out = new StringBuilder();
            for (Object segment : at) {
                if (segment instanceof Integer i) {
                    out.append('[').append(i).append(']');
                } else {
                    out.append(out.length() == 0 ? "" : ".").append(segment);
                }
            }
            return out.toString();
        }
    }

    /** Thrown with every problem found in a set of edits. */
    public static final class EditException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        EditException(List<Problem> problems) {
            super(problems.get(0).where() + ": " + problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The list fields and the item field that identifies an item for {@code remove}. */
    private static final Map<String, String> LIST_KEYS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "step2", "step2.score",
            "attempts", "step2.attempts",
            "communication", "interview.communication",
            "transcript", "transcript.percent");

    static {
        LIST_KEYS.put("letters", "writer");
        LIST_KEYS.put("usce", "site");
        LIST_KEYS.put("research", "pi");
        LIST_KEYS.put("contacts", "person");
        LIST_KEYS.put("lateAdvocacy", "person");
        LIST_KEYS.put("localTies", "");
        LIST_KEYS.put("rankList", "");
    }

    private static final List<String> SETTABLE = computeSettablePaths();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final List<Problem> problems = new ArrayList<>();

    private ApplicantEdits() {
    }

    /** The paths {@code set} accepts, in the file's order. */
    public static List<String> settablePaths() {
        return SETTABLE;
    }

    private static List<String> computeSettablePaths() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : Applicant.class.getRecordComponents()) {
            if (c.getName().equals("id")) {
                continue;
            }
            Class<?> type = c.getType();
            if (type.isRecord() && type.getEnclosingClass() == Applicant.class && !type.getSimpleName().equals("Preferences")) {
                for (RecordComponent inner : type.getRecordComponents()) {
                    out.add(c.getName() + "." + inner.getName());
                }
            } else {
                out.add(c.getName());
            }
        }
        return List.copyOf(out);
    }

    /** The list fields {@code add} and {@code remove} accept. */
    public static List<String> listFields() {
        return List.copyOf(LIST_KEYS.keySet());
    }

    /** A set path with its short form expanded ({@code step2} is {@code step2.score}). */
    public static String canonicalPath(String path) {
        return ALIASES.getOrDefault(path, path);
    }

    /**
     * The applicant with the edits applied; the id never changes.
     *
     * @throws EditException listing every edit that names an unknown field, an item that is not there, or a value
     *                       the file cannot hold
     */
    public static Applicant apply(Applicant base, Map<String, JsonNode> set, Map<String, List<JsonNode>> add,
                                  Map<String, List<String>> remove) {
        return apply(ScenarioReader.jsonMapper().<ObjectNode>valueToTree(base), set, add, remove);
    }

    /**
     * As {@link #apply(Applicant, Map, Map, Map)} on a file already turned into its tree (as the reader's mapper turns
     * it, {@code valueToTree}), which is edited in place: for a caller that read the tree first.
     */
    public static Applicant apply(ObjectNode file, Map<String, JsonNode> set, Map<String, List<JsonNode>> add,
                                  Map<String, List<String>> remove) {
        ApplicantEdits edits = new ApplicantEdits();
        set.forEach((path, value) -> edits.set(file, path, value));
        remove.forEach((list, keys) -> edits.remove(file, list, keys));
        add.forEach((list, items) -> edits.add(file, list, items));
        if (edits.problems.isEmpty()) {
            Applicant edited = edits.bind(file);
            if (edited != null) {
                return edited;
            }
        }
        throw new EditException(edits.problems);
    }

    /** The item field that identifies an item of the list for {@code remove} (empty: the item is its own key). */
    public static String keyField(String list) {
        return LIST_KEYS.getOrDefault(list, "");
    }

    /** The key {@code remove} matches a list item on. */
    public static String keyOf(String list, JsonNode item) {
        String keyField = LIST_KEYS.get(list);
        if (keyField == null || keyField.isEmpty()) {
            return item.asText();
        }
        JsonNode key = item.get(keyField);
        if ((key == null || key.isNull()) && list.equals("research")) {
            key = item.get("kind");
        }
        return key == null || key.isNull() ? "" : key.asText();
    }

    // ---- set ------------------------------------------------------------------------------------------------

    private void set(ObjectNode file, String rawPath, JsonNode value) {
        String path = canonicalPath(rawPath);
        if (path.equals("id")) {
            problems.add(new Problem(List.of("set", rawPath), "the id names the applicant and cannot be changed"));
            return;
        }
        if (!SETTABLE.contains(path)) {
            List<String> known = new ArrayList<>(SETTABLE);
            known.addAll(ALIASES.keySet());
            problems.add(new Problem(List.of("set", rawPath), "unknown field '" + rawPath + "'" + Suggestions.didYouMeanOrList(rawPath, known)));
            return;
        }
        String[] parts = path.split("\\.");
        ObjectNode parent = file;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(parts[i]);
            }
            parent = (ObjectNode) child;
        }
        parent.set(parts[parts.length - 1], value);
    }

    // ---- remove ---------------------------------------------------------------------------------------------

    private void remove(ObjectNode file, String list, List<String> keys) {
        if (!checkList("remove", list)) {
            return;
        }
        ArrayNode items = array(file, list);
        for (String key : keys) {
            if ("*".equals(key)) {
                items.removeAll();
                continue;
            }
            boolean found = false;
            for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
                if (key.equals(keyOf(list, it.next()))) {
                    it.remove();
                    found = true;
                }
            }
            if (!found) {
                List<String> present = new ArrayList<>();
                items.forEach(item -> present.add(keyOf(list, item)));
                String has = present.isEmpty() ? "; the file has none" : Suggestions.didYouMeanOrList(key, present);
                problems.add(new Problem(List.of("remove", list), "no " + singular(list) + " '" + key + "' to remove" + has));
            }
        }
    }

    // ---- add ------------------------------------------------------------------------------------------------

    private void add(ObjectNode file, String list, List<JsonNode> items) {
        if (!checkList("add", list)) {
            return;
        }
        ArrayNode target = array(file, list);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<Object> where = List.of("add", list, i);
            JsonNode added = item.isTextual() && !LIST_KEYS.get(list).isEmpty() ? shortForm(list, item.asText(), where) : item;
            if (added != null) {
                addOrReplace(target, list, added);
            }
        }
    }

    /** The lists in which one person has one item: a letter per writer, a contact or late word per person. */
    private static final List<String> ONE_PER_KEY = List.of("letters", "contacts", "lateAdvocacy");

    /**
     * Adds the item; in a list where one person has one item, an item from someone already in the list takes the
     * place of theirs (a second letter from the same writer is that writer's letter, rewritten).
     */
    private static void addOrReplace(ArrayNode target, String list, JsonNode item) {
        if (ONE_PER_KEY.contains(list) && item.isObject()) {
            String key = keyOf(list, item);
            for (int j = 0; j < target.size(); j++) {
                if (!key.isEmpty() && key.equals(keyOf(list, target.get(j)))) {
                    target.set(j, item);
                    return;
                }
            }
        }
        target.add(item);
    }

    private static final Pattern WEEKS = Pattern.compile("(\\d+)w(?:eeks?)?");
    private static final Pattern MONTHS = Pattern.compile("(\\d+)m(?:onths?)?");

    /** Parses the short item forms listed in the class comment ({@code FileChanges} prints them back). */
    private JsonNode shortForm(String list, String text, List<Object> where) {
        ObjectNode item = nodes.objectNode();
        String[] parts = text.split(":", list.equals("lateAdvocacy") ? 2 : -1);
        String head = parts[0].trim();
        if (head.isEmpty()) {
            problems.add(new Problem(where, "expected an item such as " + example(list) + ", got '" + text + "'"));
            return null;
        }
        switch (list) {
            case "letters" -> item.put("writer", head);
            case "contacts" -> item.put("person", head);
            case "lateAdvocacy" -> {
                item.put("person", head);
                if (parts.length > 1 && !parts[1].isBlank()) {
                    item.put("says", parts[1].trim());
                }
                return item;
            }
            case "usce", "research" -> {
                String[] at = head.split("@", 2);
                item.put("kind", at[0]);
                if (at.length > 1) {
                    item.put(list.equals("usce") ? "site" : "pi", at[1]);
                } else if (list.equals("usce")) {
                    problems.add(new Problem(where, "expected KIND@SITE such as " + example(list) + ", got '" + text + "'"));
                    return null;
                }
            }
            default -> throw new IllegalStateException(list);
        }
        for (int i = 1; i < parts.length; i++) {
            String token = parts[i].trim().toLowerCase(Locale.ROOT);
            if (!shortToken(list, item, token)) {
                problems.add(new Problem(where, "'" + parts[i] + "' in '" + text + "' is not " + tokensFor(list)));
                return null;
            }
        }
        return item;
    }

    /**
     * An item written back in its short form (what {@code add} parses): the key first, then the other values
     * joined by colons, so a line of a diff can be pasted into {@code --add}. Not textual items are their text.
     */
    public static String shortForm(String list, JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        StringBuilder out = new StringBuilder();
        switch (list) {
            case "usce" -> out.append(text(item, "kind")).append('@').append(text(item, "site"));
            case "research" -> out.append(text(item, "kind")).append(item.hasNonNull("pi") ? "@" + text(item, "pi") : "");
            default -> out.append(keyOf(list, item));
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) item::fields) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull() || (value.isBoolean() && !value.asBoolean()) || name.equals("kind") || name.equals("site") || name.equals("pi")
                    || name.equals(keyField(list))) {
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

    private static boolean shortToken(String list, ObjectNode item, String token) {
        switch (list) {
            case "letters" -> {
                return codeInto(item, "strength", Applicant.Letter.Strength.class, token)
                        || codeInto(item, "style", Applicant.Letter.Style.class, token);
            }
            case "contacts" -> {
                if (token.equals("mentioned")) {
                    item.put("mentionedAtInterview", true);
                    return true;
                }
                return codeInto(item, "relationship", Applicant.Contact.Relationship.class, token)
                        || codeInto(item, "said", Applicant.Contact.Verdict.class, token);
            }
            case "usce" -> {
                Matcher weeks = WEEKS.matcher(token);
                if (weeks.matches()) {
                    item.put("weeks", Integer.parseInt(weeks.group(1)));
                    return true;
                }
                if (token.startsWith("by=")) {
                    item.put("writer", token.substring(3));
                    return true;
                }
                String quality = token.endsWith("-letter") ? token.substring(0, token.length() - "-letter".length()) : token;
                return codeInto(item, "letter", Applicant.Rotation.LetterQuality.class, quality);
            }
            case "research" -> {
                Matcher months = MONTHS.matcher(token);
                if (months.matches()) {
                    item.put("months", Integer.parseInt(months.group(1)));
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private static <E extends Enum<E> & Coded> boolean codeInto(ObjectNode item, String field, Class<E> type, String token) {
        if (item.has(field) || CodedModule.lookup(type, token).isEmpty()) {
            return false;
        }
        item.put(field, CodedModule.lookup(type, token).get().code());
        return true;
    }

    private static String tokensFor(String list) {
        return switch (list) {
            case "letters" -> "a strength (" + codes(Applicant.Letter.Strength.class) + ") or a style ("
                    + codes(Applicant.Letter.Style.class) + ")";
            case "contacts" -> "a relationship (" + codes(Applicant.Contact.Relationship.class) + "), a verdict ("
                    + codes(Applicant.Contact.Verdict.class) + ") or 'mentioned'";
            case "usce" -> "weeks (like 4w), a letter (" + codes(Applicant.Rotation.LetterQuality.class)
                    + ") or by=WRITER";
            case "research" -> "months (like 12m)";
            default -> "understood here";
        };
    }

    private static String codes(Class<?> type) {
        return String.join(", ", CodedModule.codes(type));
    }

    private static String example(String list) {
        return switch (list) {
            case "letters" -> "dr-okafor:strong:comparative";
            case "usce" -> "sub-i@riverside-im:4w:strong";
            case "research" -> "sustained@dr-lee:12m";
            case "contacts" -> "dr-rao:built:top";
            case "lateAdvocacy" -> "dr-rao:we should rank her";
            default -> "riverside-im";
        };
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    private boolean checkList(String verb, String list) {
        if (LIST_KEYS.containsKey(list)) {
            return true;
        }
        problems.add(new Problem(List.of(verb, list), "'" + list + "' is not a list of the applicant's file"
                + Suggestions.didYouMeanOrList(list, LIST_KEYS.keySet())));
        return false;
    }

    private ArrayNode array(ObjectNode file, String list) {
        JsonNode node = file.get(list);
        if (node instanceof ArrayNode array) {
            return array;
        }
        return file.putArray(list);
    }

    private Applicant bind(ObjectNode file) {
        try {
            return ScenarioReader.jsonMapper().treeToValue(file, Applicant.class);
        } catch (JsonProcessingException e) {
            FieldPath path = e instanceof JsonMappingException jme ? FieldPath.of(jme.getPath()) : FieldPath.ROOT;
            problems.add(new Problem(path.segments(), e instanceof JsonMappingException mapping
                    ? ScenarioReader.problem(mapping, () -> describeNode(file.at(path.pointer()))) : e.getOriginalMessage()));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(List.of(), e.getMessage()));
            return null;
        }
    }

    private static String describeNode(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return Messages.quote(node.asText());
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a map";
        }
        return node.toString();
    }

    private static String singular(String list) {
        return switch (list) {
            case "letters" -> "letter from";
            case "usce" -> "rotation at";
            case "research" -> "research with";
            case "contacts" -> "contact with";
            case "lateAdvocacy" -> "late word from";
            case "localTies" -> "local tie to";
            default -> "program";
        };
    }
}
