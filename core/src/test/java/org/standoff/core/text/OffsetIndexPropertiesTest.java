package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.standoff.core.text.OffsetUnit.CODEPOINT;
import static org.standoff.core.text.OffsetUnit.UTF16;
import static org.standoff.core.text.OffsetUnit.UTF8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Offset conversions checked against the JDK on random texts rich in supplementary characters,
 * combining marks, ZWJ emoji sequences, lone surrogates and ASCII.
 */
class OffsetIndexPropertiesTest {

    @Property
    void utf16BoundariesAgreeWithTheJdk(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        for (int utf16 = 0; utf16 <= text.length(); utf16++) {
            if (!insidePair(text, utf16)) {
                assertThat(index.fromUtf16(utf16, CODEPOINT)).isEqualTo(text.codePointCount(0, utf16));
                assertThat(index.fromUtf16(utf16, UTF8)).isEqualTo(utf8Length(text.substring(0, utf16)));
                assertThat(index.fromUtf16(utf16, UTF16)).isEqualTo(utf16);
            }
        }
    }

    @Property
    void codepointOffsetsAgreeWithTheJdkAndRoundTrip(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        for (int codepoint = 0; codepoint <= index.length(CODEPOINT); codepoint++) {
            int utf16 = text.offsetByCodePoints(0, codepoint);
            assertThat(index.toUtf16(codepoint, CODEPOINT)).isEqualTo(utf16);
            assertThat(index.isBoundary(codepoint, CODEPOINT)).isTrue();
            int utf8 = index.convert(codepoint, CODEPOINT, UTF8);
            assertThat(index.convert(utf8, UTF8, CODEPOINT)).isEqualTo(codepoint);
            assertThat(index.convert(utf8, UTF8, UTF16)).isEqualTo(utf16);
        }
    }

    @Property
    void utf8OffsetsAreBoundariesExactlyAtCodePointStarts(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        Map<Integer, Integer> utf16ByUtf8 = new LinkedHashMap<>();
        for (int utf16 = 0; utf16 <= text.length(); utf16 = next(text, utf16)) {
            utf16ByUtf8.put(utf8Length(text.substring(0, utf16)), utf16);
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int utf8 = 0; utf8 <= index.length(UTF8); utf8++) {
            Integer utf16 = utf16ByUtf8.get(utf8);
            expected.add(utf8 + (utf16 == null ? " INSIDE_UTF8_SEQUENCE false" : " -> " + utf16 + " true"));
            actual.add(utf8 + outcome(index, utf8, UTF8) + " " + index.isBoundary(utf8, UTF8));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Property
    void offsetsInsideSurrogatePairsAreRejected(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int utf16 = 0; utf16 <= text.length(); utf16++) {
            boolean inside = insidePair(text, utf16);
            expected.add(utf16 + (inside ? " INSIDE_SURROGATE_PAIR false" : " -> " + utf16 + " true"));
            actual.add(utf16 + outcome(index, utf16, UTF16) + " " + index.isBoundary(utf16, UTF16));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Property
    void everyPairOfUnitsConvertsConsistently(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        for (int utf16 = 0; utf16 <= text.length(); utf16 = next(text, utf16)) {
            for (OffsetUnit from : OffsetUnit.values()) {
                int offset = index.fromUtf16(utf16, from);
                assertThat(index.isBoundary(offset, from)).isTrue();
                assertThat(index.convert(offset, from, from)).isEqualTo(offset);
                assertThat(index.toUtf16(offset, from)).isEqualTo(utf16);
            }
        }
    }

    @Property
    void lengthsAndFlagsAgreeWithTheJdk(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);

        assertThat(index.length(UTF16)).isEqualTo(text.length());
        assertThat(index.length(CODEPOINT)).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(index.length(UTF8)).isEqualTo(utf8Length(text));
        assertThat(index.isAscii()).isEqualTo(text.chars().allMatch(c -> c < 0x80));
        assertThat(index.isBmpOnly()).isEqualTo(text.codePoints().allMatch(Character::isBmpCodePoint));
    }

    /**
     * A converter answers every offset as {@code convert} does, the same value or the same exception,
     * whether the offsets ascend (spans in document order: every offset, then a random walk) or jump.
     */
    @Property
    void aConverterAgreesWithConvert(@ForAll("texts") String text, @ForAll java.util.Random random) {
        OffsetIndex index = OffsetIndex.of(text);
        for (OffsetUnit from : OffsetUnit.values()) {
            for (OffsetUnit to : OffsetUnit.values()) {
                OffsetIndex.Converter converter = index.converter(from, to);
                int length = index.length(from);
                List<Integer> offsets = new ArrayList<>();
                for (int offset = -1; offset <= length + 1; offset++) {
                    offsets.add(offset);
                }
                for (int i = 0; i < 2 * length + 4; i++) {
                    offsets.add(random.nextBoolean() ? random.nextInt(length + 3) - 1 : Math.min(length, i / 2));
                }
                for (int offset : offsets) {
                    Object expected = outcome(() -> index.convert(offset, from, to));
                    Object actual = outcome(() -> converter.convert(offset));
                    assertThat(actual).as("%s -> %s at %d in %s", from, to, offset, text).isEqualTo(expected);
                }
            }
        }
    }

    private static Object outcome(java.util.function.IntSupplier conversion) {
        try {
            return conversion.getAsInt();
        } catch (OffsetException e) {
            return e.reason() + " " + e.getMessage();
        }
    }

    @Property
    void offsetsOutsideTheTextAreRejectedInEveryUnit(@ForAll("texts") String text) {
        OffsetIndex index = OffsetIndex.of(text);
        for (OffsetUnit unit : OffsetUnit.values()) {
            for (int offset : new int[] {-1, index.length(unit) + 1, Integer.MIN_VALUE}) {
                assertThat(index.isBoundary(offset, unit)).isFalse();
                assertThatThrownBy(() -> index.convert(offset, unit, UTF16))
                        .isInstanceOfSatisfying(OffsetException.class, e -> {
                            assertThat(e.reason()).isEqualTo(OffsetException.Reason.OUT_OF_RANGE);
                            assertThat(e.offset()).isEqualTo(offset);
                            assertThat(e.unit()).isEqualTo(unit);
                        });
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> twoBytes = Arbitraries.of("\u00E9", "\u00DF", "\u03A9", "\u0301", "\u0308", "\u05D0");
        Arbitrary<String> threeBytes = Arbitraries.of("\u4E2D", "\u6587", "\u20AC", "\u201C", "\u200D", "\uFFFD", "\uFE0F");
        Arbitrary<String> supplementary = Arbitraries.oneOf(
                Arbitraries.integers().between(0x1F300, 0x1FAFF), Arbitraries.integers().between(0x20000, 0x2A6DF))
                .map(Character::toString);
        Arbitrary<String> sequences = Arbitraries.of(
                "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "e\u0301", "\uD83D\uDC4D\uD83C\uDFFD");
        Arbitrary<String> loneSurrogates = Arbitraries.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, ascii), Tuple.of(2, twoBytes), Tuple.of(2, threeBytes),
                Tuple.of(4, supplementary), Tuple.of(2, sequences), Tuple.of(1, loneSurrogates));
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    /** {@code " -> 12"} for an offset that converts to UTF-16 offset 12, or {@code " REASON"}. */
    private static String outcome(OffsetIndex index, int offset, OffsetUnit unit) {
        try {
            return " -> " + index.toUtf16(offset, unit);
        } catch (OffsetException e) {
            boolean named = e.getMessage().startsWith(unit.wireName() + " offset " + offset + " falls inside a ");
            return " " + e.reason() + (named ? "" : " with a message not naming the offset: " + e.getMessage());
        }
    }

    /** The UTF-16 offset after the code point at {@code utf16}, or past the end when at the end. */
    private static int next(String text, int utf16) {
        return utf16 == text.length() ? utf16 + 1 : text.offsetByCodePoints(utf16, 1);
    }

    private static boolean insidePair(String text, int utf16) {
        return utf16 > 0 && utf16 < text.length()
                && Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16));
    }

    /** The UTF-8 length the index promises: the JDK's, with each lone surrogate encoded as U+FFFD. */
    private static int utf8Length(String text) {
        StringBuilder replaced = new StringBuilder(text.length());
        text.codePoints().forEach(c -> replaced.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
        return replaced.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
