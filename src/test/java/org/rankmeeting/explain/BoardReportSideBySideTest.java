package org.rankmeeting.explain;

import org.junit.jupiter.api.Test;
import org.rankmeeting.bench.SyntheticScenario;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.RuleFixture;
import org.rankmeeting.engine.World;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.Wrap;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting large enough for its boards to be rendered side by side gives the report a single pass gives: the JSON
 * Jackson writes for the whole tree at once, byte for byte, and text folded piece by piece as the whole is folded.
 */
class BoardReportSideBySideTest {

    private static final Engine ENGINE = new Engine(RuleFixture.RULES);
    // 3 programs x 420 files: over the 400 from which the boards are rendered on the cores
    private static final Meeting MEETING = ENGINE.run(new World(SyntheticScenario.generate(3, 420, 11)));

    @Test
    void jsonOfBoardsWrittenApartIsTheDocumentJacksonWritesWhole() {
        List<Object> programs = new ArrayList<>();
        for (ProgramBoard board : MEETING.boards()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("program", board.program().id());
            pm.put("name", board.program().displayName());
            pm.put("placements", board.placements().stream()
                    .map(p -> JsonTree.placement(p, board.rankOf(p.applicantId()), false)).toList());
            programs.add(pm);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", "synthetic.json");
        root.put("title", MEETING.world().scenario().title());
        root.put("programs", programs);
        root.put("expectations", List.of());

        assertThat(BoardReport.render("synthetic.json", MEETING, List.of(), Format.JSON)).isEqualTo(JsonTree.write(root));
    }

    @Test
    void textFoldedPieceByPieceIsTheWholeTextFolded() {
        List<ExpectationCheck.Result> checks = List.of();
        String whole = BoardReport.render("synthetic.json", MEETING, checks, Format.TEXT);
        for (int width : new int[] {40, 60, 100}) {
            StringWriter pieces = new StringWriter();
            BoardReport.report("synthetic.json", MEETING, checks, Format.TEXT, text -> Wrap.text(text, width)).writeTo(pieces);
            assertThat(pieces.toString()).isEqualTo(Wrap.text(whole, width)).isNotEqualTo(whole);
        }
    }
}
