package org.standoff.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Document;

/**
 * The validator decides whether an offset cuts a grapheme cluster by stepping through the clusters
 * from a nearby point that is certainly a boundary, not by segmenting the whole text. Its answer
 * must be the whole-text segmentation's, for texts dense in what joins characters into clusters.
 */
class GraphemeBoundaryProperties {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** Pieces that exercise the rules of UAX #29, mixed with ASCII runs that give safe points. */
    private static final List<String> PIECES = List.of("a", "b", " ", "xyz", "\r", "\n", "\r\n", "\u0301", "\u200D",
            "\uFE0F", "\uD83D\uDE00", "\uD83D\uDC69", "\uD83C\uDDE9", "\uD83C\uDDEA", "\u1100", "\u1161", "\u11A8",
            "\uAC00", "\u0600", "\u0903", "\u00E9", "\u4E2D", "\uD83C\uDFFD", "\u0E33");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> asciiRun = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(0).ofMaxLength(80);
        return Arbitraries.oneOf(piece, piece, piece, asciiRun).list().ofMaxSize(120).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void everyOffsetIsJudgedAsTheWholeTextScanJudgesIt(@ForAll("texts") String text) {
        BitSet expected = wholeTextBoundaries(text);
        List<Integer> wrong = new ArrayList<>();
        for (int offset = 0; offset <= text.length(); offset++) {
            // a fresh check for each offset, so that none is answered from an earlier whole-text scan
            SpanChecks checks = new SpanChecks(Document.builder("d", text).build(), new ArrayList<>());
            if (checks.isGraphemeBoundary(offset) != expected.get(offset)) {
                wrong.add(offset);
            }
        }
        assertThat(wrong).as("offsets judged differently in %s", escaped(text)).isEmpty();
    }

    @Property(tries = 100)
    void oneCheckerAnswersAlikeInAnyOrder(@ForAll("texts") String text) {
        BitSet expected = wholeTextBoundaries(text);
        SpanChecks checks = new SpanChecks(Document.builder("d", text).build(), new ArrayList<>());
        for (int offset = text.length(); offset >= 0; offset--) {
            assertThat(checks.isGraphemeBoundary(offset)).as("offset %d of %s", offset, escaped(text))
                    .isEqualTo(expected.get(offset));
        }
    }

    private static BitSet wholeTextBoundaries(String text) {
        BitSet boundaries = new BitSet(text.length() + 1);
        boundaries.set(0);
        Matcher matcher = GRAPHEME.matcher(text);
        while (matcher.find()) {
            boundaries.set(matcher.end());
        }
        return boundaries;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
