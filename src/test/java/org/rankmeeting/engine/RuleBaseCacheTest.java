package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseCacheTest {

    @Test
    void outsideAJarTheBundledRulesAreKeyedByTheirHashAsAnyOthers() {
        // target/classes may hold a package compiled before a fact class changed: only a jar's own key is trusted.
        List<RuleBase.RuleSource> bundled = RuleBase.bundledSources();
        assertThat(RuleBaseCache.keyOf(bundled)).isEqualTo(RuleBaseCache.key(bundled));
    }

    @Test
    void aRuleFileEditedByOneCharacterGetsAnotherKey() {
        List<RuleBase.RuleSource> edited = new ArrayList<>(RuleBase.bundledSources());
        RuleBase.RuleSource first = edited.get(0);
        edited.set(0, new RuleBase.RuleSource(first.displayName(), first.text() + " "));
        assertThat(RuleBaseCache.keyOf(edited)).isNotEqualTo(RuleBaseCache.keyOf(RuleBase.bundledSources()));
    }
}
