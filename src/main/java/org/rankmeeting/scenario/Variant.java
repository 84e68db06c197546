package org.rankmeeting.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.rankmeeting.BadInputException;

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

    /** The applicant's file with this variant's edits applied; a bad edit is bad input, named by the variant. */
    public Applicant applyTo(Applicant before) {
        try {
            return ApplicantEdits.apply(before, set, add, remove);
        } catch (ApplicantEdits.EditException e) {
            throw new BadInputException(e.problems().stream()
                    .map(p -> "variant '" + id + "': " + p.where() + ": " + p.message()).toList());
        }
    }

    /** The scenario with this variant's applicant file varied (the variant must name one of its applicants). */
    public Scenario applyTo(Scenario scenario) {
        Applicant before = scenario.applicants().stream().filter(a -> a.id().equals(applicant)).findFirst()
                .orElseThrow(() -> new BadInputException("variant '" + id + "': no applicant '" + applicant + "'"));
        return scenario.withApplicant(applyTo(before));
    }
}
