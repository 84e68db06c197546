package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.engine.RuleBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseAheadTest {

    private static final String RULE = "package ahead;\n\nrule \"nothing to do\"\nwhen\n    String( this == \"never\" )\nthen\nend\n";

    @Test
    void theRulesACommandWillNeedAreLoadedBeforeItAsksForThem(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("ahead.drl"), RULE);
        Thread loader = RuleBaseAhead.start("rules", "--rules", rules.toString());
        assertThat(loader).isNotNull();
        loader.join(120_000);
        // The folder's only rule file is gone: a load that had not happened yet would now fail.
        Files.delete(rules.resolve("ahead.drl"));
        assertThat(RuleBase.load(rules).rules()).extracting(RuleBase.RuleInfo::name).containsExactly("nothing to do");
    }

    @Test
    void aLoadThatFailsAheadIsLeftForTheCommandToReport(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x;\n\nrule \"half a rule\"\nwhen\n    String( \nthen\nend\n");
        Thread loader = RuleBaseAhead.start("run", "--rules=" + rules, "scenario.yaml");
        loader.join(120_000);
        CommandHarness r = CommandHarness.run("rules", "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains("broken.drl:7:1:");
    }

    @Test
    void onlyCommandsThatLoadRulesAndNotTheirHelpStartALoad() {
        assertThat(RuleBaseAhead.worthLoading("run", "scenarios/01.yaml")).isTrue();
        assertThat(RuleBaseAhead.worthLoading("explain", "s.yaml", "--applicant", "bola")).isTrue();
        assertThat(RuleBaseAhead.worthLoading("validate", "s.yaml")).isFalse();
        assertThat(RuleBaseAhead.worthLoading("bench-match")).isFalse();
        assertThat(RuleBaseAhead.worthLoading("run", "--help")).isFalse();
        assertThat(RuleBaseAhead.worthLoading("run", "-V")).isFalse();
        assertThat(RuleBaseAhead.worthLoading()).isFalse();
        assertThat(RuleBaseAhead.start("validate", "s.yaml")).isNull();
    }

    @Test
    void theRulesFolderIsTheOneTheRulesOptionNames() {
        assertThat(RuleBaseAhead.rulesFolder(List.of("run", "s.yaml"))).isNull();
        assertThat(RuleBaseAhead.rulesFolder(List.of("run", "--rules", "my-rules", "s.yaml"))).isEqualTo("my-rules");
        assertThat(RuleBaseAhead.rulesFolder(List.of("run", "s.yaml", "--rules=other"))).isEqualTo("other");
        assertThat(RuleBaseAhead.rulesFolder(List.of("run", "s.yaml", "--rules"))).isNull();
    }
}
