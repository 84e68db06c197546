package org.rankmeeting.whynot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.ApplicantEdits;
import org.rankmeeting.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Why not: the one failed condition of each rule that would have lifted the file, read from the rules themselves. */
class WhyNotTest {

    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));
    private static final String DIR = "src/test/resources/counterfactual/";

    private static World world(String file) {
        return new World(ScenarioReader.read(Path.of(DIR + file)).scenario());
    }

    /** The world with one item put into the applicant's list, in place of any item with the same key. */
    private static World with(World w, String applicant, String list, String itemJson) throws Exception {
        JsonNode item = new ObjectMapper().readTree(itemJson);
        String key = ApplicantEdits.keyOf(list, item);
        Applicant a = w.applicant(applicant);
        JsonNode items = ScenarioReader.jsonMapper().valueToTree(a).get(list);
        boolean present = false;
        for (JsonNode existing : items) {
            present |= ApplicantEdits.keyOf(list, existing).equals(key);
        }
        Applicant edited = ApplicantEdits.apply(a, Map.of(), Map.of(list, List.of(item)),
                present ? Map.of(list, List.of(key)) : Map.of());
        return w.with(edited);
    }

    @Test
    void aLukewarmLetterFromAWriterWithAGoodRecordHereMissesL2OnTheLetterStrengthAlone() throws Exception {
        World w = with(world("burned-school-l2-writer.yaml"), "ethan", "letters", "{\"writer\": \"dr-reyes\", \"strength\": \"lukewarm\", \"style\": \"detailed\"}");
        List<WhyNot.Miss> misses = WhyNot.of(RULES).at(w, w.applicant("ethan"), w.program("westfield-im"));
        assertThat(misses).anySatisfy(m -> {
            assertThat(m.heuristic()).isEqualTo("L2");
            assertThat(m.subject()).isEqualTo("Dr. Reyes");
            assertThat(m.condition()).isEqualTo("strength != Strength.LUKEWARM");
            assertThat(m.words()).isEqualTo("strength is not lukewarm");
        });
        // Rules that fired are never reported, and Dr. Foster (an attending with no record here) misses L2 on more
        // than one condition, so L2 is not reported for her letter.
        assertThat(misses).noneMatch(m -> m.heuristic().equals("L2") && "Dr. Foster".equals(m.subject()));
    }

    @Test
    void aComparisonSaysByHowMuchItMissed() throws Exception {
        World w = with(world("research-year-weaker-letter.yaml"), "priya", "research", "{\"kind\": \"sustained\", \"months\": 8, \"pi\": \"dr-lind\"}");
        // The 4-month project with Dr. Lind is replaced by 8 months of sustained research with her.
        List<WhyNot.Miss> misses = WhyNot.of(RULES).at(w, w.applicant("priya"), w.program("summit-im"));
        assertThat(misses).filteredOn(m -> m.heuristic().contains("R2")).singleElement().satisfies(m -> {
            assertThat(m.condition()).isEqualTo("months >= 12");
            assertThat(m.value()).isEqualTo(8);
            assertThat(m.needed()).isEqualTo(12);
            assertThat(m.gap()).isEqualTo(4);
            assertThat(m.line()).contains("8 against 12: 4 short");
        });
    }

    @Test
    void theProbesFollowTheRulesWhenARuleChanges() throws Exception {
        World w = with(world("research-year-weaker-letter.yaml"), "priya", "research", "{\"kind\": \"sustained\", \"months\": 8, \"pi\": \"dr-lind\"}");
        List<RuleBase.RuleSource> edited = RULES.sources().stream().map(s -> new RuleBase.RuleSource(s.displayName(),
                s.text().replace("months >= 12", "months >= 10"))).toList();
        assertThat(edited).anyMatch(s -> s.text().contains("months >= 10"));
        RuleBase changed = RuleBase.build(edited, "rules with R2 at 10 months");
        assertThat(WhyNot.of(changed).at(w, w.applicant("priya"), w.program("summit-im")))
                .filteredOn(m -> m.heuristic().contains("R2")).singleElement()
                .satisfies(m -> assertThat(m.gap()).isEqualTo(2));
    }

    @Test
    void everyLiftingRuleGetsProbesAndTheyAllCompile() {
        WhyNot w = WhyNot.of(RULES);
        assertThat(w.probeCount()).isGreaterThan(50);
    }
}
