package org.standoff.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The edit script rebuilds the new text, never splits a surrogate pair, and maps offsets in order. */
class TextDiffProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", "c", " ", ".", "\n", "\r\n", "\"", "\u201C", "é", "\uD83D\uDE00", "\uD83C\uDF89", "Jiang", "said")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void hunksTurnTheOldTextIntoTheNew(@ForAll("texts") String oldText, @ForAll("texts") String newText) {
        TextDiff diff = TextDiff.of(oldText, newText);
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        int newAt = 0;
        for (int h = 0; h < diff.hunkCount(); h++) {
            assertThat(diff.oldStart(h)).isGreaterThanOrEqualTo(at);
            rebuilt.append(oldText, at, diff.oldStart(h));
            assertThat(diff.newStart(h)).isEqualTo(newAt + diff.oldStart(h) - at);
            rebuilt.append(newText, diff.newStart(h), diff.newEnd(h));
            at = diff.oldEnd(h);
            newAt = diff.newEnd(h);
            for (int p : new int[] {diff.oldStart(h), diff.oldEnd(h)}) {
                assertThat(splitsPair(oldText, p)).as("old boundary %d", p).isFalse();
            }
            for (int p : new int[] {diff.newStart(h), diff.newEnd(h)}) {
                assertThat(splitsPair(newText, p)).as("new boundary %d", p).isFalse();
            }
        }
        rebuilt.append(oldText, at, oldText.length());
        assertThat(rebuilt.toString()).isEqualTo(newText);
    }

    @Property(tries = 300)
    void mappingKeepsOrderAndBounds(@ForAll("texts") String oldText, @ForAll("texts") String newText) {
        TextDiff diff = TextDiff.of(oldText, newText);
        int previousStart = 0;
        for (int p = 0; p <= oldText.length(); p++) {
            int start = diff.mapStart(p);
            assertThat(start).isBetween(previousStart, newText.length());
            assertThat(diff.mapEnd(p)).isBetween(0, newText.length());
            previousStart = start;
        }
    }

    private static boolean splitsPair(String text, int p) {
        return p > 0 && p < text.length() && Character.isHighSurrogate(text.charAt(p - 1))
                && Character.isLowSurrogate(text.charAt(p));
    }
}
