package org.rankmeeting.whatif;

import org.junit.jupiter.api.Test;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.scenario.Stage;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rankmeeting.engine.RuleFixture.place;

/** A file nobody read (screened out, not invited) shows what decided it, never a committee score. */
class UnreadFilesShowNoScoreTest {

    private static final String BUSY = "{id: p, imgHistory: mixed, screens: {imgStep2Cutoff: 225}, interviews: {slots: 40, applications: 1000}}";
    private static final Placement HELD = place(BUSY, "{id: a, school: unknown-intl, step2: {score: 240}}");
    private static final Placement SCREENED = place(BUSY, "{id: a, school: unknown-intl, step2: {score: 219}}");
    private static final Placement READ = place(BUSY, "{id: a, school: unknown-intl, step2: {score: 245},"
            + " usce: [{kind: sub-i, site: Mercy, weeks: 4, letter: strong}]}");

    @Test
    void theJsonOfAFileNobodyReadHasNoScoreButWhatDecidedIt() {
        assertThat(HELD.stage()).isEqualTo(Stage.NOT_INVITED);
        Map<String, Object> held = JsonTree.placement(HELD, 0, false);
        assertThat(held).doesNotContainKeys("score", "orderKey")
                .containsEntry("decidedBy", "[B2] The slots do not reach the file in the maybe pile");
        assertThat(JsonTree.placement(SCREENED, 0, false)).doesNotContainKey("score")
                .containsEntry("decidedBy", "[S1] An IMG below the Step 2 cutoff is filtered out");
        assertThat(JsonTree.placement(READ, 1, false)).containsKey("score").doesNotContainKey("decidedBy");
    }

    @Test
    void aWhatIfNeverShowsAScoreForAFileStillNotRead() {
        assertThat(WhatIfReport.scoreChange(SCREENED, HELD))
                .isEqualTo("; decided by [S1] An IMG below the Step 2 cutoff is filtered out"
                        + " -> decided by [B2] The slots do not reach the file in the maybe pile");
        assertThat(WhatIfReport.scoreChange(HELD, HELD)).isEmpty();
        assertThat(WhatIfReport.scoreChange(HELD, READ))
                .isEqualTo("; decided by [B2] The slots do not reach the file in the maybe pile -> score " + READ.score());
        assertThat(HELD.committeeScore()).isNull();
        assertThat(READ.committeeScore()).isEqualTo(READ.score());
    }
}
