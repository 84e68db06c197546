package org.rankmeeting.national;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Mean and 95% interval of the mean over replications (Student's t). */
class SpreadTest {

    @Test
    void threeValuesGiveTheMeanPlusOrMinusTTimesTheStandardError() {
        Spread s = Spread.of(List.of(1.0, 2.0, 3.0));
        // sd 1, standard error 1/sqrt(3), t(0.975, 2 df) = 4.303
        assertThat(s.mean()).isEqualTo(2.0);
        assertThat(s.low()).isCloseTo(2.0 - 4.303 / Math.sqrt(3), within(1e-9));
        assertThat(s.high()).isCloseTo(2.0 + 4.303 / Math.sqrt(3), within(1e-9));
        assertThat(s.text()).isEqualTo("2.0 (-0.5 to 4.5)");
    }

    @Test
    void oneReplicationHasNoInterval() {
        assertThat(Spread.of(List.of(67.8))).isEqualTo(new Spread(1, 67.8, 67.8, 67.8));
        assertThat(Spread.of(List.of(67.8)).text()).isEqualTo("67.8");
    }

    @Test
    void manyReplicationsUseTheNormalQuantile() {
        assertThat(Spread.t975(10)).isEqualTo(2.228);
        assertThat(Spread.t975(100)).isEqualTo(1.96);
    }
}
