package org.rankmeeting.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MaybePileTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 99, 100, 999, 1000, 1900, 12345, 100000, 999999, 1000000, 1234567890, Integer.MAX_VALUE,
            -1, -999, -1000, -123456, Integer.MIN_VALUE})
    void placesAreGroupedByThousandsAsTheFormatterWould(int n) {
        assertThat(MaybePile.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }
}
