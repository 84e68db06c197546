package org.rankmeeting.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a variant from command-line edits: {@code --set PATH=VALUE}, {@code --add LIST=ITEM},
 * {@code --remove LIST=KEY}. Values are read as YAML, so {@code 248} is a number, {@code green-card} a word and
 * {@code {writer: dr-x, strength: strong}} a map; list items may also use the short forms of
 * {@link org.rankmeeting.scenario.ApplicantEdits}.
 */
public final class EditArguments {

    /** The id a command-line variant carries. */
    public static final String COMMAND_LINE = "command-line";

    private EditArguments() {
    }

    public static boolean any(List<String> set, List<String> add, List<String> remove) {
        return !set.isEmpty() || !add.isEmpty() || !remove.isEmpty();
    }

    public static Variant variant(String applicant, String name, List<String> set, List<String> add, List<String> remove) {
        Map<String, JsonNode> sets = new LinkedHashMap<>();
        for (String arg : set) {
            String[] kv = split("--set", arg, "PATH=VALUE, e.g. step2.score=248");
            sets.put(kv[0], ScenarioReader.readValue(kv[1], "--set " + arg));
        }
        Map<String, List<JsonNode>> adds = new LinkedHashMap<>();
        for (String arg : add) {
            String[] kv = split("--add", arg, "LIST=ITEM, e.g. usce=sub-i@riverside-im:4w:strong");
            JsonNode item = kv[1].trim().startsWith("{") ? ScenarioReader.readValue(kv[1], "--add " + arg)
                    : com.fasterxml.jackson.databind.node.TextNode.valueOf(kv[1].trim());
            adds.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(item);
        }
        Map<String, List<String>> removes = new LinkedHashMap<>();
        for (String arg : remove) {
            String[] kv = split("--remove", arg, "LIST=KEY, e.g. contacts=dr-rao");
            removes.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1].trim());
        }
        return new Variant(COMMAND_LINE, applicant, name == null ? "the changes given on the command line" : name,
                sets, adds, removes);
    }

    private static String[] split(String option, String arg, String expected) {
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw new BadInputException(option + ": expected " + expected + ", got '" + arg + "'");
        }
        return new String[] {arg.substring(0, eq).trim(), arg.substring(eq + 1)};
    }
}
