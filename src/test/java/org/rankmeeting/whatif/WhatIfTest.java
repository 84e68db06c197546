package org.rankmeeting.whatif;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Variant;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WhatIfTest {

    private static final Engine ENGINE = new Engine(RuleBase.load(Path.of("rules")));
    private static final World ALUM = world("scenarios/11-whatif-an-alum-flips-the-order.yaml");

    private static World world(String file) {
        return new World(ScenarioReader.read(Path.of(file)).scenario());
    }

    private static Variant variant(World w, String id) {
        return w.scenario().variants().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aVouchFromAProvenAlumMovesTheFileUpAndNamesTheNewReasons() {
        WhatIf.Result r = new WhatIf(ENGINE).compare(ALUM, List.of(variant(ALUM, "farah-alum-vouches"))).get(0);
        ProgramDiff d = r.programs().get(0);

        assertThat(r.fileChanges()).containsExactly("+ contacts dr-mensah:built:top:mentioned");
        assertThat(d.levelChange()).isPositive();
        assertThat(d.rankBefore()).isEqualTo(2);
        assertThat(d.rankAfter()).isEqualTo(1);
        assertThat(d.reasons()).filteredOn(c -> c.kind() == ReasonChange.Kind.APPEARED)
                .extracting(c -> c.line().getHeuristic()).contains("A2", "A3");
    }

    @Test
    void doubtsFromTheSameAlumMoveTheFileDown() {
        WhatIf.Result r = new WhatIf(ENGINE).compare(ALUM, List.of(variant(ALUM, "farah-alum-doubts"))).get(0);
        assertThat(r.programs().get(0).levelChange()).isNegative();
        assertThat(r.totalLevelChange()).isNegative();
    }

    @Test
    void aVariantThatChangesNothingTheRulesReadShowsNoReasonChange() {
        Variant rename = new Variant("rename", "farah", null, Map.of("name", com.fasterxml.jackson.databind.node.TextNode.valueOf("F.")),
                Map.of(), Map.of());
        ProgramDiff d = new WhatIf(ENGINE).compare(ALUM, List.of(rename)).get(0).programs().get(0);
        assertThat(d.outcomeChanged()).isFalse();
        assertThat(d.reasons()).isEmpty();
    }

    @Test
    void aChangedLineKeepsBothVersions() {
        Variant higher = new Variant("higher", "chidi", null,
                Map.of("step2.score", com.fasterxml.jackson.databind.node.IntNode.valueOf(262)), Map.of(), Map.of());
        ProgramDiff d = new WhatIf(ENGINE).compare(ALUM, List.of(higher)).get(0).programs().get(0);
        assertThat(d.reasons()).filteredOn(c -> c.kind() == ReasonChange.Kind.CHANGED)
                .anySatisfy(c -> {
                    assertThat(c.before().getHeuristic()).isEqualTo("S1");
                    assertThat(c.before().getValues()).contains("247");
                    assertThat(c.after().getValues()).contains("262");
                });
    }

    @Test
    void theOtherFilesAtTheMeetingAreRunAgainToo() {
        WhatIf.Result r = new WhatIf(ENGINE).compare(ALUM, List.of(variant(ALUM, "farah-alum-vouches"))).get(0);
        World varied = ALUM.with(r.after());
        assertThat(varied.applicant("chidi")).isSameAs(ALUM.applicant("chidi"));
        assertThat(varied.applicant("farah").contacts()).hasSize(1);
    }

    @Test
    void aBadEditIsBadInputNamingTheVariant() {
        Variant bad = new Variant("oops", "farah", null, Map.of("step3", com.fasterxml.jackson.databind.node.IntNode.valueOf(1)),
                Map.of(), Map.of());
        assertThatThrownBy(() -> new WhatIf(ENGINE).compare(ALUM, List.of(bad)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("variant 'oops': set.step3: unknown field 'step3'; did you mean 'step2'?");
    }
}
