package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.standoff.core.text.OffsetUnit.CODEPOINT;
import static org.standoff.core.text.OffsetUnit.UTF16;
import static org.standoff.core.text.OffsetUnit.UTF8;

import org.junit.jupiter.api.Test;

class OffsetIndexTest {

    private static final String GRINNING = "\uD83D\uDE00";

    @Test
    void asciiTextConvertsByIdentity() {
        OffsetIndex index = OffsetIndex.of("plain text");

        assertThat(index.isAscii()).isTrue();
        assertThat(index.isBmpOnly()).isTrue();
        assertThat(index.convert(4, UTF8, CODEPOINT)).isEqualTo(4);
        assertThat(index.length(UTF8)).isEqualTo(10);
        assertThat(index).hasToString("OffsetIndex[utf16=10, codepoint=10, utf8=10, runs=0]");
    }

    @Test
    void emptyTextHasOnlyOffsetZero() {
        OffsetIndex index = OffsetIndex.of("");

        assertThat(index.convert(0, UTF8, UTF16)).isZero();
        assertThat(index.isBoundary(0, CODEPOINT)).isTrue();
        assertThat(index.isBoundary(1, CODEPOINT)).isFalse();
    }

    @Test
    void classJavadocExampleHolds() {
        OffsetIndex index = OffsetIndex.of("a" + GRINNING + "\u00E9");

        assertThat(index.convert(3, UTF16, UTF8)).isEqualTo(5);
        assertThat(index.convert(2, CODEPOINT, UTF16)).isEqualTo(3);
        assertThat(index.convert(7, UTF8, CODEPOINT)).isEqualTo(3);
        assertThat(index.isBoundary(2, UTF16)).isFalse();
        assertThat(index.isBmpOnly()).isFalse();
    }

    @Test
    void bmpTextConvertsUtf16AndCodepointsByIdentityButNotUtf8() {
        OffsetIndex index = OffsetIndex.of("\u201CCaf\u00E9\u201D, she said.");

        assertThat(index.isBmpOnly()).isTrue();
        assertThat(index.isAscii()).isFalse();
        assertThat(index.convert(6, UTF16, CODEPOINT)).isEqualTo(6);
        assertThat(index.convert(6, UTF16, UTF8)).isEqualTo(3 + 3 + 2 + 3);
    }

    @Test
    void offsetInsideSurrogatePairIsRejectedNamingTheCodePoint() {
        OffsetIndex index = OffsetIndex.of("abcd" + GRINNING);

        assertThatThrownBy(() -> index.toUtf16(5, UTF16))
                .isInstanceOfSatisfying(OffsetException.class, e -> {
                    assertThat(e.offset()).isEqualTo(5);
                    assertThat(e.unit()).isEqualTo(UTF16);
                    assertThat(e.reason()).isEqualTo(OffsetException.Reason.INSIDE_SURROGATE_PAIR);
                })
                .hasMessage("utf16 offset 5 falls inside a surrogate pair (U+1F600 at 4..6)");
    }

    @Test
    void offsetInsideUtf8SequenceIsRejectedNamingTheCodePoint() {
        OffsetIndex index = OffsetIndex.of("ab" + GRINNING);

        assertThatThrownBy(() -> index.convert(4, UTF8, CODEPOINT))
                .isInstanceOfSatisfying(OffsetException.class,
                        e -> assertThat(e.reason()).isEqualTo(OffsetException.Reason.INSIDE_UTF8_SEQUENCE))
                .hasMessage("utf8 offset 4 falls inside a 4-byte UTF-8 sequence (U+1F600 at 2..6)");
    }

    @Test
    void offsetOutsideTheTextIsRejectedWithTheLength() {
        OffsetIndex index = OffsetIndex.of("na\u00EFve");

        assertThatThrownBy(() -> index.toUtf16(7, UTF8))
                .isInstanceOfSatisfying(OffsetException.class,
                        e -> assertThat(e.reason()).isEqualTo(OffsetException.Reason.OUT_OF_RANGE))
                .hasMessage("utf8 offset 7 is outside the text (0..6 UTF-8 bytes)");
        assertThatThrownBy(() -> index.fromUtf16(-1, CODEPOINT))
                .hasMessage("utf16 offset -1 is outside the text (0..5 UTF-16 code units)");
    }

    @Test
    void loneSurrogatesCountAsOneCodePointAndThreeBytes() {
        OffsetIndex index = OffsetIndex.of("a\uD800b\uDC00");

        assertThat(index.length(CODEPOINT)).isEqualTo(4);
        assertThat(index.length(UTF8)).isEqualTo(1 + 3 + 1 + 3);
        assertThat(index.isBmpOnly()).isTrue();
        assertThat(index.convert(3, UTF16, UTF8)).isEqualTo(5);
        assertThatThrownBy(() -> index.toUtf16(3, UTF8))
                .hasMessage("utf8 offset 3 falls inside a 3-byte UTF-8 sequence "
                        + "(U+D800 at 1..4, a lone surrogate counted as U+FFFD)");
    }

    @Test
    void runOfEqualWidthCodePointsIsOneTableEntry() {
        OffsetIndex index = OffsetIndex.of("\u4E2D\u6587\u5B57 abc \u00E9\u00E8" + GRINNING + GRINNING);

        assertThat(index).hasToString("OffsetIndex[utf16=14, codepoint=12, utf8=26, runs=3]");
        assertThat(index.convert(12, UTF16, UTF8)).isEqualTo(9 + 5 + 4 + 4);
        assertThat(index.convert(11, CODEPOINT, UTF8)).isEqualTo(9 + 5 + 4 + 4);
    }

    @Test
    void spanIsConvertedAtBothEnds() {
        OffsetIndex index = OffsetIndex.of(GRINNING + " hi " + GRINNING);

        assertThat(index.toUtf16(2, 4, CODEPOINT)).isEqualTo(Span.of(3, 5));
        assertThat(index.toUtf16(4, 8, UTF8)).isEqualTo(Span.of(2, 6));
        assertThatThrownBy(() -> index.toUtf16(4, 2, CODEPOINT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid codepoint span: start=4, end=2 (expected start <= end)");
    }

    @Test
    void isBoundaryNeverThrows() {
        OffsetIndex index = OffsetIndex.of(GRINNING);

        assertThat(index.isBoundary(Integer.MIN_VALUE, UTF8)).isFalse();
        assertThat(index.isBoundary(Integer.MAX_VALUE, UTF16)).isFalse();
        assertThat(index.isBoundary(1, CODEPOINT)).isTrue();
        assertThat(index.isBoundary(1, UTF16)).isFalse();
        assertThat(index.isBoundary(3, UTF8)).isFalse();
    }

    @Test
    void firstLoneSurrogateFindsTheFirstSurrogateThatIsNotHalfOfAPair() {
        assertThat(OffsetIndex.firstLoneSurrogate("")).isEqualTo(-1);
        assertThat(OffsetIndex.firstLoneSurrogate("a\uD83D\uDE00b")).isEqualTo(-1); // a pair
        assertThat(OffsetIndex.firstLoneSurrogate("a\uD83Db")).isEqualTo(1); // high, no low after it
        assertThat(OffsetIndex.firstLoneSurrogate("a\uDE00\uD83D")).isEqualTo(1); // low first
        assertThat(OffsetIndex.firstLoneSurrogate("\uD83D\uDE00\uD83D")).isEqualTo(2); // high at the end
    }
}
