package org.rankmeeting.engine;

import org.drools.core.common.DefaultFactHandle;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSessionTest {

    private static List<FactHandle> shuffledHandles(long... ids) {
        List<FactHandle> handles = new ArrayList<>();
        for (long id : ids) {
            handles.add(new DefaultFactHandle(id, "fact-" + id));
        }
        Collections.shuffle(handles, new Random(7));
        return handles;
    }

    @Test
    void resultsComeBackInTheOrderTheirHandlesWereMade() {
        assertThat(RuleSession.inHandleOrder(shuffledHandles(12, 13, 15, 20, 21, 22, 30, 31)))
                .containsExactly("fact-12", "fact-13", "fact-15", "fact-20", "fact-21", "fact-22", "fact-30", "fact-31");
    }

    @Test
    void handlesFarApartAreStillPutInOrder() {
        assertThat(RuleSession.inHandleOrder(shuffledHandles(5, 1_000_000_000L, 70_000, 3)))
                .containsExactly("fact-3", "fact-5", "fact-70000", "fact-1000000000");
    }

    @Test
    void noHandlesNoResults() {
        assertThat(RuleSession.inHandleOrder(List.of())).isEmpty();
    }
}
