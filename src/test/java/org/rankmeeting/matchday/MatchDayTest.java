package org.rankmeeting.matchday;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.output.Format;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Tier;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MatchDayTest {

    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));

    private static MatchDay.Outcome run(String file) {
        Engine engine = new Engine(RULES);
        World world = new World(ScenarioReader.read(Path.of(file)).scenario());
        Meeting meeting = engine.run(world);
        return MatchDay.run(meeting, new Judge(RULES).judgeAll(world));
    }

    private static String matchedAt(MatchDay.Outcome o, String applicant) {
        return o.match().placement(applicant).map(MatchResult.Placement::program).orElse(null);
    }

    @Test
    void programListsHoldOnlyRankedFilesInBoardOrder() {
        MatchDay.Outcome o = run("scenarios/14-rank-night-to-match-day.yaml");
        ProgramRanking northgate = o.input().programs().stream().filter(r -> r.id().equals("northgate-im")).findFirst().orElseThrow();
        assertThat(northgate.positions()).isEqualTo(1);
        assertThat(northgate.rankList()).startsWith("olena").contains("diego").doesNotContain("andrei");
    }

    @Test
    void derivedListsHoldOnlyProgramsThatInterviewedTheApplicant() {
        MatchDay.Outcome o = run("scenarios/14-rank-night-to-match-day.yaml");
        assertThat(o.applicantLists().get("andrei").programs()).doesNotContain("northgate-im");
        assertThat(o.applicantLists().get("andrei").given()).isFalse();
        assertThat(o.applicantLists().get("bilal").given()).isTrue();
    }

    @Test
    void theChainRunsFromRankNightThroughTheMatchToSoap() {
        MatchDay.Outcome o = run("scenarios/14-rank-night-to-match-day.yaml");
        assertThat(matchedAt(o, "olena")).isEqualTo("northgate-im");
        assertThat(matchedAt(o, "andrei")).isEqualTo("riverbend-im");
        assertThat(o.match().unmatched()).containsExactlyInAnyOrder("diego", "bilal");
        assertThat(o.soap().placements()).extracting(p -> p.program()).containsOnly("pinecrest-im");
        assertThat(o.soap().unplaced()).isEmpty();
    }

    @Test
    void oneTierMoreAtRiverbendWouldHaveMatchedDiegoThere() {
        MatchDay.Outcome o = run("scenarios/14-rank-night-to-match-day.yaml");
        MatchDay.OneTier t = o.oneTier().get("diego").orElseThrow();
        assertThat(t.program()).isEqualTo("riverbend-im");
        assertThat(t.had()).isEqualTo(Tier.MID);
        assertThat(t.oneUp()).isEqualTo(Tier.UPPER_MID);
        assertThat(t.wouldMatch()).isTrue();
        assertThat(MatchDayReport.render("s", o, Format.TEXT))
                .contains("At upper-mid instead of mid at Riverbend Internal Medicine you would have matched there.");
    }

    @Test
    void theCoupleGivesUpAFirstChoiceToStayTogether() {
        MatchDay.Outcome o = run("scenarios/15-couple-in-the-match.yaml");
        assertThat(matchedAt(o, "olena")).isEqualTo("pinecrest-im");
        assertThat(matchedAt(o, "diego")).isEqualTo("pinecrest-im");
        assertThat(matchedAt(o, "bilal")).isEqualTo("northgate-im");
        assertThat(o.match().stable()).isTrue();
    }

    @Test
    void theSameScenarioGivesTheSameReportByteForByte() {
        String first = MatchDayReport.render("s", run("scenarios/15-couple-in-the-match.yaml"), Format.JSON);
        String second = MatchDayReport.render("s", run("scenarios/15-couple-in-the-match.yaml"), Format.JSON);
        assertThat(first).isEqualTo(second);
    }
}
