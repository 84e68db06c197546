package org.rankmeeting.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ApplicantEdits;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Variant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing an applicant could actually do, as an edit of their file, with an effort score and what it takes in
 * real terms.
 *
 * @param id          short and unique: {@code sub-i@riverside-im}, {@code step2+10}, {@code alum:dr-okafor}
 * @param group       actions of one group are variations of one move (Step 2 +5 or +10; coaching to adequate or
 *                    to strong): at most one of a group is taken, and answers that differ only within a group are
 *                    one answer
 * @param description what to do, in plain words; the edit does exactly this
 * @param cost        effort points, for ordering (see {@link ActionCatalogue} for the scale)
 * @param effort      weeks, money, visa step and the latest point in the cycle it can be done
 * @param edits       the change to the file, in the language of scenario variants; an added item replaces an item
 *                    with the same key already in the file (a letter from the same writer, a rotation at the same
 *                    site), so the file ends up holding exactly what the description says
 */
public record Action(String id, String group, String description, int cost, Effort effort, Variant edits) {

    /**
     * The edits as they apply to {@code current}: the action's own, plus the removal of every item the action's
     * added items replace.
     */
    public Variant editsFor(Applicant current) {
        return editsFor(current, edits.add().isEmpty() ? null : ScenarioReader.jsonMapper().valueToTree(current));
    }

    /** As {@link #editsFor(Applicant)}, reading the items already present from {@code file}, the current file's tree. */
    private Variant editsFor(Applicant current, ObjectNode file) {
        Map<String, List<String>> remove = new LinkedHashMap<>(edits.remove());
        if (!edits.add().isEmpty()) {
            for (Map.Entry<String, List<JsonNode>> e : edits.add().entrySet()) {
                Set<String> present = new HashSet<>();
                JsonNode items = file.get(e.getKey());
                if (items != null) {
                    items.forEach(item -> present.add(ApplicantEdits.keyOf(e.getKey(), item)));
                }
                List<String> replaced = new ArrayList<>(remove.getOrDefault(e.getKey(), List.of()));
                for (JsonNode item : e.getValue()) {
                    String key = ApplicantEdits.keyOf(e.getKey(), item);
                    if (present.contains(key) && !replaced.contains(key)) {
                        replaced.add(key);
                    }
                }
                if (!replaced.isEmpty()) {
                    remove.put(e.getKey(), List.copyOf(replaced));
                }
            }
        }
        return new Variant(edits.id(), current.id(), edits.name(), edits.set(), edits.add(), remove);
    }

    /** The file with this action done. */
    public Applicant applyTo(Applicant current) {
        // The file is turned into its tree once: read for the items the action replaces, then edited.
        ObjectNode file = ScenarioReader.jsonMapper().valueToTree(current);
        Variant v = editsFor(current, file);
        return ApplicantEdits.apply(file, v.set(), v.add(), v.remove());
    }
}
