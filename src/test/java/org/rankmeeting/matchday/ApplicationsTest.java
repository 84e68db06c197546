package org.rankmeeting.matchday;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant's {@code applications}: the meeting places a file only at the programs it was sent to (by id or by
 * name), so a program's board, its rank list and its SOAP offers hold only its applicants; no list means everywhere.
 * The fixture is scenario 14 with Olena's file not sent to Riverbend and Diego's not sent to Pinecrest.
 */
class ApplicationsTest {

    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));
    private static final Path SENT_TO_SOME = Path.of("src/test/resources/applications/sent-to-some.yaml");

    private static World world(Path file) {
        return new World(ScenarioReader.read(file).scenario());
    }

    private static List<String> board(Meeting m, String program) {
        return m.board(program).placements().stream().map(Placement::applicantId).toList();
    }

    @Test
    void aProgramsBoardListsOnlyTheFilesSentToIt() {
        Meeting m = new Engine(RULES).run(world(SENT_TO_SOME));
        assertThat(board(m, "riverbend-im")).containsExactlyInAnyOrder("andrei", "diego", "bilal");
        assertThat(board(m, "pinecrest-im")).containsExactlyInAnyOrder("andrei", "bilal", "olena");
        assertThat(board(m, "northgate-im")).containsExactlyInAnyOrder("olena", "andrei", "diego", "bilal");
        assertThat(m.placement("olena", "riverbend-im")).isNull();
    }

    @Test
    void withoutApplicationsEveryFileIsPlacedEverywhereAsBefore() {
        Meeting m = new Engine(RULES).run(world(Path.of("scenarios/14-rank-night-to-match-day.yaml")));
        for (String program : List.of("northgate-im", "riverbend-im", "pinecrest-im")) {
            assertThat(board(m, program)).containsExactlyInAnyOrder("olena", "andrei", "diego", "bilal");
        }
    }

    @Test
    void anApplicationMayNameTheProgramByItsName() {
        World w = world(SENT_TO_SOME);
        Program pinecrest = w.program("pinecrest-im");
        assertThat(w.applicant("olena").applications()).contains("Pinecrest Internal Medicine");
        assertThat(w.appliedTo(w.applicant("olena"), pinecrest)).isTrue();
        assertThat(w.programsAppliedTo(w.applicant("olena"))).extracting(Program::id)
                .containsExactly("northgate-im", "pinecrest-im");
        assertThat(w.applicantsOf(pinecrest)).extracting(a -> a.id()).containsExactly("olena", "andrei", "bilal");
    }

    @Test
    void theFilesSentToAProgramAreThoseWhoseApplicationsNameIt() {
        World w = world(SENT_TO_SOME);
        Program riverbend = w.program("riverbend-im");
        assertThat(w.sentTo(riverbend, w.applicants())).extracting(a -> a.id()).containsExactly("andrei", "diego", "bilal");
        assertThat(w.sentTo(riverbend, w.applicantsOf(riverbend))).extracting(a -> a.id()).containsExactly("andrei", "diego", "bilal");
        assertThat(w.sentTo(riverbend, List.of(w.applicant("olena"), w.applicant("bilal")))).extracting(a -> a.id())
                .containsExactly("bilal");
        // A program of another world with the same id: Diego's list names this world's program, not that one; the files
        // with no list were sent everywhere.
        Program elsewhere = world(SENT_TO_SOME).program("riverbend-im");
        assertThat(w.sentTo(elsewhere, w.applicantsOf(elsewhere))).extracting(a -> a.id()).containsExactly("andrei", "bilal");
    }

    @Test
    void listsAndSoapOffersReachOnlyProgramsTheFileWasSentTo() {
        World w = world(SENT_TO_SOME);
        Meeting m = new Engine(RULES).run(w);
        MatchDay.Outcome o = MatchDay.run(m, new Judge(RULES).judgeAll(w));
        assertThat(o.applicantLists().get("olena").programs()).containsExactly("northgate-im", "pinecrest-im");
        assertThat(o.input().programs().stream().filter(r -> r.id().equals("riverbend-im")).findFirst().orElseThrow()
                .rankList()).doesNotContain("olena");
        // In scenario 14 Pinecrest's SOAP offers place Diego; here his file never reached Pinecrest.
        assertThat(o.soap().unplaced()).containsExactly("diego");
    }
}
