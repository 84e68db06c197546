package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Tier;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeuristicsOffTest {

    private static final Engine ENGINE = new Engine(RuleFixture.RULES);
    private static final World ALUMNI = world("scenarios/01-same-scores-different-alumni.yaml");
    private static final World REGION = world("scenarios/04-once-burned-region.yaml");

    private static World world(String file) {
        return new World(ScenarioReader.read(Path.of(file)).scenario());
    }

    private static Meeting without(World world, String... specs) {
        Engine engine = ENGINE.without(HeuristicsOff.parse(List.of(specs), ENGINE.rules(),
                world.programs().stream().map(p -> p.id()).toList()));
        return engine.run(world);
    }

    @Test
    void switchingOffTheAlumniFamilyDropsBolaFromUpperMidToMid() {
        Placement with = ENGINE.run(ALUMNI).placement("bola", "riverside-im");
        Placement withoutA = without(ALUMNI, "A").placement("bola", "riverside-im");

        assertThat(with.tier()).isEqualTo(Tier.UPPER_MID);
        assertThat(withoutA.tier()).isEqualTo(Tier.MID);
        assertThat(withoutA.trail()).extracting(Evidence::getFamily).doesNotContain('A');
        assertThat(with.trail()).extracting(Evidence::getFamily).contains('A');
    }

    @Test
    void aRuleIsOffWhenAnyOfItsHeuristicsIsOffAndAnIdSwitchesOffOnlyThatId() {
        Placement p = without(ALUMNI, "A2").placement("bola", "riverside-im");

        assertThat(p.trail()).extracting(Evidence::getHeuristic).noneMatch(h -> h.contains("A2"));
        assertThat(p.trail()).extracting(Evidence::getHeuristic).anyMatch(h -> h.startsWith("A") && !h.contains("A2"));
    }

    @Test
    void switchingOffAtOneProgramLeavesTheOtherProgramsAlone() {
        Meeting base = ENGINE.run(REGION);
        Meeting offHere = without(REGION, "northgate-im:A");
        Meeting offThere = without(REGION, "riverbend-im:A");

        assertThat(base.placement("olena", "northgate-im").outcomeLabel()).isEqualTo("upper-mid");
        assertThat(offHere.placement("olena", "northgate-im").outcomeLabel()).isEqualTo("not invited");
        assertThat(offThere.placement("olena", "northgate-im").outcomeLabel()).isEqualTo("upper-mid");
        assertThat(offHere.placement("olena", "riverbend-im").trail()).extracting(Evidence::toString)
                .isEqualTo(base.placement("olena", "riverbend-im").trail().stream().map(Evidence::toString).toList());
        assertThat(offHere.switchedOff().describe()).isEqualTo("A at northgate-im");
    }

    @Test
    void anUnknownIdOrProgramIsBadInputNamingWhatIsKnown() {
        assertThatThrownBy(() -> HeuristicsOff.parse(List.of("Q9"), ENGINE.rules(), List.of("riverside-im")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'Q9' is neither a heuristic id nor a family letter");
        assertThatThrownBy(() -> HeuristicsOff.parse(List.of("rivreside-im:A"), ENGINE.rules(), List.of("riverside-im")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no program 'rivreside-im'")
                .hasMessageContaining("riverside-im");
    }
}
