package org.rankmeeting.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * A what-if copy of one applicant's file: the fields it sets, the list items it adds and the ones it removes.
 * See {@link ApplicantEdits} for the paths, the short item forms and the order the edits are applied in.
 */
public record Variant(
        String id,
        String applicant,
        String name,
        Map<String, JsonNode> set,
        Map<String, List<JsonNode>> add,
        Map<String, List<String>> remove) {

    public Variant {
        set = set == null ? Map.of() : set;
        add = add == null ? Map.of() : add;
        remove = remove == null ? Map.of() : remove;
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
