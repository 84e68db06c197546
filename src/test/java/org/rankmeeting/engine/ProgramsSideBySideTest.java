package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.rankmeeting.bench.SyntheticScenario;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting large enough to run its programs side by side on the cores, and each program's sessions too, gives every
 * board exactly as running the programs one at a time does: the same files in the same order, every placement with
 * the same trail, evidence for evidence.
 */
class ProgramsSideBySideTest {

    private static final Engine ENGINE = new Engine(RuleFixture.RULES);

    @Test
    void programsRunSideBySideGiveTheBoardsTheyGiveOneAtATime() {
        // 3 programs x 420 files: more than two sessions in all, and three sessions a program (visa and late passes too).
        World world = new World(SyntheticScenario.generate(3, 420, 11));
        List<String> oneAtATime = new ArrayList<>();
        for (Program p : world.programs()) {
            oneAtATime.add(dump(ENGINE.runProgram(world, p, world.applicantsOf(p))));
        }
        assertThat(ENGINE.run(world).boards().stream().map(ProgramsSideBySideTest::dump).toList()).isEqualTo(oneAtATime);
    }

    private static String dump(ProgramBoard board) {
        StringBuilder out = new StringBuilder(board.program().id()).append('\n');
        for (Placement p : board.placements()) {
            out.append(p.applicantId()).append(' ').append(p.stage()).append(' ').append(p.bucket()).append(' ')
                    .append(p.tier()).append(' ').append(p.score()).append(' ').append(p.orderKey()).append('\n');
            for (Evidence e : p.trail()) {
                out.append("  ").append(e.getRule()).append(" | ").append(e.getHeuristic()).append(" | ").append(e.getEffect())
                        .append(' ').append(e.getPoints()).append(" | ").append(e.getSentence()).append(" | ")
                        .append(e.getValues()).append('\n');
            }
        }
        return out.toString();
    }
}
