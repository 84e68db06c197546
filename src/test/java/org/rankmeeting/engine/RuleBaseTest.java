package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseTest {

    @Test
    void bundledRulesCompileAndEveryRuleNamesItsHeuristic() {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        assertThat(rules.rules()).isNotEmpty();
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.heuristics()).isNotEmpty());
    }
}
