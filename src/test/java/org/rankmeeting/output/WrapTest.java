package org.rankmeeting.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrapTest {

    @Test
    void aWordLongerThanTheRoomStaysWholeOnItsOwnLine() {
        String url = "https://example.org/" + "x".repeat(40);
        assertThat(Wrap.text("  - see " + url + " for more", 30))
                .isEqualTo("  - see\n    " + url + "\n    for more");
    }

    @Test
    void shortLinesAndWidthZeroAreLeftAlone() {
        assertThat(Wrap.text("a b c\nd e f\n", 5)).isEqualTo("a b c\nd e f\n");
        assertThat(Wrap.text("a b c d e f g h", 0)).isEqualTo("a b c d e f g h");
    }

    @Test
    void aNumberIsKeptWithWhatItNumbers() {
        assertThat(Wrap.text("list of things: 1. alpha; 2. beta", 30)).isEqualTo("list of things: 1. alpha;\n    2. beta");
    }
}
