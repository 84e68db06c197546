package org.rankmeeting.national;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.HeuristicsOff;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national cycle on a tiny cohort checked by hand: three programs (one, one and two positions), ten applicants in
 * the four groups, some files sent to only some programs (src/test/resources/national/tiny-cycle.yaml).
 *
 * <p>By hand, from the boards the real rules give (the same as {@code match} prints for the file): Northgate ranks
 * Olena, Bilal, Diego, Maya, Carla; Riverbend Andrei, Diego, Maya, Dana, Omar; Pinecrest Andrei, Bilal, Olena, Carla,
 * Dana, Noah. Applicants rank the programs that interviewed them in the order of their applications (Maya Riverbend
 * then Northgate, Carla Pinecrest then Northgate; Diego and Bilal give lists; Ivan was interviewed nowhere). Deferred
 * acceptance: Olena holds Northgate, Andrei Riverbend; Diego, Bilal, Maya and Omar are refused everywhere; Noah then
 * Dana are held at Pinecrest, Carla (#4) bumps Noah (#6). Matched: Olena, Andrei, Carla, Dana; all four positions
 * filled, nothing left for SOAP.
 */
class NationalCycleTest {

    static final RuleBase RULES = RuleBase.load(Path.of("rules"));
    static final Path TINY = Path.of("src/test/resources/national/tiny-cycle.yaml");

    static Cohort tiny() {
        return new ScenarioCohort(new World(ScenarioReader.read(TINY).scenario()));
    }

    static NationalCycle.Outcome run(Engine engine) {
        return new NationalCycle(engine).run(tiny(), 0, Progress.NONE);
    }

    @Test
    void ratesPerGroupAreTheHandCheckedOnes() {
        CycleResult r = run(new Engine(RULES)).result();
        assertThat(r.groups()).extracting(l -> l.group().key(), CycleResult.GroupLine::applicants,
                        CycleResult.GroupLine::matched, CycleResult.GroupLine::matchRate, CycleResult.GroupLine::noInterview)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("us-md", 2, 0, 0.0, 0),
                        org.assertj.core.groups.Tuple.tuple("us-do", 2, 1, 50.0, 0),
                        org.assertj.core.groups.Tuple.tuple("us-img", 2, 1, 50.0, 1),
                        org.assertj.core.groups.Tuple.tuple("non-us-img", 4, 2, 50.0, 0));
        assertThat(r.positions()).isEqualTo(4);
        assertThat(r.filled()).isEqualTo(4);
        assertThat(r.fillRate()).isEqualTo(100.0);
        assertThat(r.soap()).isEqualTo(new CycleResult.Soap(0, 0, 0, 0));
        assertThat(r.run().stable()).isTrue();
        assertThat(r.run().blockingPairs()).isZero();
    }

    @Test
    void theMatchIsTheHandCheckedOne() {
        NationalCycle.Outcome o = run(new Engine(RULES));
        assertThat(o.match().assignment()).containsExactlyInAnyOrderEntriesOf(Map.of("olena", "northgate-im",
                "andrei", "riverbend-im", "carla", "pinecrest-im", "dana", "pinecrest-im"));
        assertThat(o.applicantLists().get("maya")).containsExactly("riverbend-im", "northgate-im");
        assertThat(o.applicantLists().get("carla")).containsExactly("pinecrest-im", "northgate-im");
        assertThat(o.applicantLists().get("diego")).containsExactly("northgate-im", "riverbend-im");
        assertThat(o.applicantLists().get("ivan")).isEmpty();
    }

    @Test
    void eachProgramMeetsOnlyTheFilesSentToIt() {
        NationalCycle.Outcome o = run(new Engine(RULES));
        World w = o.cohort().world();
        for (CompactBoard b : o.boards()) {
            List<String> onBoard = java.util.stream.IntStream.range(0, b.size())
                    .mapToObj(i -> w.applicants().get(b.applicant(i)).id()).toList();
            List<String> sent = w.applicantsOf(w.program(b.programId())).stream().map(a -> a.id()).toList();
            assertThat(onBoard).as(b.programId()).containsExactlyInAnyOrderElementsOf(sent);
        }
        CompactBoard pinecrest = o.boards().stream().filter(b -> b.programId().equals("pinecrest-im")).findFirst().orElseThrow();
        assertThat(pinecrest.indexOf(w.applicants().indexOf(w.applicant("maya")))).isEqualTo(-1);
    }

    @Test
    void aCompactPlacementIsWhatTheRecomputedExplanationSays() {
        NationalCycle cycle = new NationalCycle(new Engine(RULES));
        NationalCycle.Outcome o = cycle.run(tiny(), 0, Progress.NONE);
        World w = o.cohort().world();
        for (CompactBoard b : o.boards()) {
            ProgramBoard full = cycle.board(w, b.programId());
            assertThat(full.placements()).hasSize(b.size());
            for (int i = 0; i < b.size(); i++) {
                Placement p = full.placements().get(i);
                assertThat(p.applicantId()).isEqualTo(w.applicants().get(b.applicant(i)).id());
                assertThat(b.level(i)).isEqualTo(p.level());
                assertThat(b.stage(i)).isEqualTo(p.stage());
                assertThat(b.tier(i)).isEqualTo(p.tier());
                assertThat(b.bucket(i)).isEqualTo(p.bucket());
                assertThat(b.orderKey(i)).isEqualTo(p.orderKey());
                assertThat(b.score(i)).isEqualTo(p.score());
                assertThat(b.reasons(i, o.reasons())).containsExactlyElementsOf(
                        p.principalReasons().stream().map(org.rankmeeting.output.Lines::brief).toList());
                assertThat(p.trail()).isNotEmpty();
            }
        }
    }

    @Test
    void aCompactPlacementTakesAboutTwentyBytes() {
        CycleResult r = run(new Engine(RULES)).result();
        // Northgate met 7 files (only Noah, Dana and Omar did not send theirs), Riverbend 6, Pinecrest 6.
        assertThat(r.run().placements()).isEqualTo(19);
        // 20 bytes of fields a placement plus six array headers per board, spread over 6 or 7 files a board here.
        assertThat(r.run().bytesPerPlacement()).isBetween(20.0, 40.0);
    }

    @Test
    void compareGivesTheChangePerGroupFromTheSameCohorts() {
        HeuristicsOff off = HeuristicsOff.parse(List.of("A"), RULES, List.of());
        Replications compare = new Replications((seed, scale) -> tiny(), new Engine(RULES), off, true);
        Simulation s = new Simulation("tiny", 0, 1.0, List.of("A"), true, compare.runAll(0, 2, 1.0, Progress.NONE), 0);
        // Without the alumni rules the US DO senior Dana loses her Pinecrest seat and a third non-US IMG matches.
        assertThat(s.groups()).extracting(g -> g.group().key(), g -> g.matchRate().mean(), g -> g.variantRate().mean(),
                        g -> g.change().mean())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("us-md", 0.0, 0.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple("us-do", 50.0, 0.0, -50.0),
                        org.assertj.core.groups.Tuple.tuple("us-img", 50.0, 50.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple("non-us-img", 50.0, 75.0, 25.0));
        // Two identical cohorts: no spread.
        assertThat(s.groups().get(1).change()).isEqualTo(new Spread(2, -50.0, -50.0, -50.0));
        String json = SimulationReport.render(s, org.rankmeeting.output.Format.JSON);
        assertThat(json).contains("\"variant\" : {").contains("\"change\" : -50.0").contains("\"change\" : 25.0");
    }

    @Test
    void withoutAHeuristicTheCycleRunsOnTheSameCohortWithThatRuleOff() {
        HeuristicsOff off = HeuristicsOff.parse(List.of("A"), RULES, List.of());
        Replications compare = new Replications((seed, scale) -> tiny(), new Engine(RULES), off, true);
        Replications.Replication r = compare.run(0, 1.0, Progress.NONE);
        CycleResult direct = run(new Engine(RULES).without(off)).result();
        assertThat(r.variant().groups()).extracting(CycleResult.GroupLine::matched)
                .containsExactlyElementsOf(direct.groups().stream().map(CycleResult.GroupLine::matched).toList());
        assertThat(r.baseline().groups()).extracting(CycleResult.GroupLine::matched).containsExactly(0, 1, 1, 2);
    }
}
