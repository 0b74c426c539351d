package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.standoff.core.text.OffsetUnit;

class OffsetConverterTest {
    /** FORMATS.md §0: Café, a four-code-point firefighter emoji, a CRLF, then "Putin said.". */
    static final String CAFE = "Caf\u00e9 \uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92\r\nPutin said.";

    @Test
    void putinIsWhereFormatsSaysInEveryReading() {
        int putin = CAFE.indexOf("Putin");
        assertThat(putin).isEqualTo(14);
        assertThat(start(OffsetReading.of(OffsetUnit.CODEPOINT), 11)).isEqualTo(putin);
        assertThat(start(OffsetReading.of(OffsetUnit.UTF16), 14)).isEqualTo(putin);
        assertThat(start(OffsetReading.of(OffsetUnit.UTF8), 23)).isEqualTo(putin);
        assertThat(start(OffsetReading.grapheme(), 7)).isEqualTo(putin);
        assertThat(start(OffsetReading.bratServer(), 10)).isEqualTo(putin);
        assertThat(start(OffsetReading.of(OffsetUnit.CODEPOINT).withBomCounted(), 12)).isEqualTo(putin);
    }

    @Test
    void offsetsInsideAnAtomAreNone() {
        OffsetConverter lf = OffsetConverter.of("a\r\nb", OffsetReading.bratServer());
        assertThat(lf.toUtf16(2)).isEqualTo(3);
        assertThat(lf.fromUtf16(2)).isEqualTo(OffsetConverter.NONE);
        assertThat(lf.length()).isEqualTo(3);
        OffsetConverter graphemes = OffsetConverter.of("e\u0301x", OffsetReading.grapheme());
        assertThat(graphemes.fromUtf16(1)).isEqualTo(OffsetConverter.NONE);
        assertThat(graphemes.toUtf16(1)).isEqualTo(2);
        OffsetConverter bom = OffsetConverter.of("ab", OffsetReading.of(OffsetUnit.UTF8).withBomCounted());
        assertThat(bom.toUtf16(0)).isEqualTo(OffsetConverter.NONE);
        assertThat(bom.toUtf16(3)).isEqualTo(0);
        assertThat(bom.length()).isEqualTo(5);
        assertThat(bom.toUtf16(6)).isEqualTo(OffsetConverter.NONE);
    }

    @Property(tries = 200)
    void everyPositionRoundTrips(@ForAll("texts") String text) {
        for (OffsetReading reading : OffsetReading.candidates(text.contains("\r\n"), true)) {
            OffsetConverter offsets = OffsetConverter.of(text, reading);
            assertThat(offsets.toUtf16(offsets.length())).isEqualTo(text.length());
            for (int i = 0; i <= text.length(); i++) {
                int r = offsets.fromUtf16(i);
                if (r != OffsetConverter.NONE) {
                    assertThat(offsets.toUtf16(r)).as("%s at %d", reading, i).isEqualTo(i);
                }
            }
            for (int r = 0; r <= offsets.length(); r++) {
                int u = offsets.toUtf16(r);
                if (u != OffsetConverter.NONE) {
                    assertThat(offsets.fromUtf16(u)).as("%s at %d", reading, r).isEqualTo(r);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "\u00e9", "e\u0301", "\r\n", "\n", "\r", "\uD83D\uDE00",
                        "\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92", "\u4e2d", "\u00ab")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static int start(OffsetReading reading, int offset) {
        return OffsetConverter.of(CAFE, reading).toUtf16(offset);
    }
}
