package org.rankmeeting.matchday;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** SOAP on Match day never offers a position to a file the program's own screens removed. */
class SoapScreeningTest {

    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));

    @Test
    void noProgramWithOpenPositionsOffersOneToAnUnmatchedFileItsScreensRemoved() throws IOException {
        List<String> screenedButAvailable = new ArrayList<>();
        List<String> offeredAfterScreening = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.sorted().filter(f -> !MatchFileReader.isMatchFile(f)).toList()) {
                World world = new World(ScenarioReader.read(file).scenario());
                Engine engine = new Engine(RULES);
                Meeting meeting = engine.run(world);
                MatchDay.Outcome o = MatchDay.run(meeting, new Judge(RULES).judgeAll(world));
                for (ProgramBoard board : meeting.boards()) {
                    int open = o.match().program(board.program().id()).orElseThrow().unfilled();
                    List<String> preferences = MatchDay.soapPreferences(board, o.match());
                    for (Placement p : board.placements()) {
                        if (p.stage() != Stage.SCREENED_OUT || !o.match().unmatched().contains(p.applicantId())) {
                            continue;
                        }
                        String where = file.getFileName() + ": " + p.applicantId() + " at " + p.programId();
                        if (open > 0) {
                            screenedButAvailable.add(where);
                        }
                        assertThat(preferences).as(where).doesNotContain(p.applicantId());
                        for (SoapResult.Round round : o.soap().rounds()) {
                            if (round.offers().contains(new SoapResult.Offer(p.programId(), p.applicantId()))) {
                                offeredAfterScreening.add(where + " (round " + round.number() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(screenedButAvailable).as("unmatched screened-out files at programs with open positions").isNotEmpty();
        assertThat(offeredAfterScreening).isEmpty();
    }
}
