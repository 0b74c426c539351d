package org.standoff.corpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

class SegmenterTest {
    private static final String TEXT = "Jiang said. He left.\n\n  Putin's dacha \r\nLast line";
    private final Segmenter segmenter = Segmenter.english();

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(span -> span.coveredText(text)).toList();
    }

    @Test
    void paragraphsAreTheNonEmptyLinesTrimmed() {
        assertThat(segmenter.paragraphs(TEXT)).containsExactly(Span.of(0, 20), Span.of(24, 37), Span.of(40, 49));
        assertThat(segmenter.paragraphs("\n \n")).isEmpty();
        assertThat(segmenter.paragraphs("a\rb")).containsExactly(Span.of(0, 1), Span.of(2, 3));
    }

    @Test
    void sentencesNeverCrossALineAndHaveExactSpans() {
        List<Span> sentences = segmenter.sentences(TEXT);
        assertThat(texts(TEXT, sentences)).containsExactly("Jiang said.", "He left.", "Putin's dacha", "Last line");
        assertThat(sentences.get(1)).isEqualTo(Span.of(12, 20));
    }

    @Test
    void tokensAreSpansOfTheWholeText() {
        Span sentence = segmenter.sentences(TEXT).get(0);
        List<Span> tokens = segmenter.tokens(TEXT, sentence);
        assertThat(texts(TEXT, tokens)).containsExactly("Jiang", "said", ".");
        assertThat(tokens.get(1)).isEqualTo(Span.of(6, 10));
    }

    @Test
    void quotesAndPunctuationAreTokensOfTheirOwn() {
        String text = "\"We shall do all we can,\" he added.";
        List<Span> tokens = segmenter.tokens(text, Span.of(0, text.length()));
        assertThat(texts(text, tokens)).startsWith("\"", "We").contains(",", "he", "added", ".");
    }

    @Test
    void spansCountUtf16UnitsAroundAstralCharacters() {
        String text = "Emoji \uD83D\uDE00 here. Next one.";
        for (Span sentence : segmenter.sentences(text)) {
            for (Span token : segmenter.tokens(text, sentence)) {
                assertThat(token.coveredText(text)).isEqualTo(text.substring(token.start(), token.end()));
                assertThat(Character.isLowSurrogate(text.charAt(token.start()))).isFalse();
            }
        }
        assertThat(texts(text, segmenter.sentences(text))).containsExactly("Emoji \uD83D\uDE00 here.", "Next one.");
    }

    @Test
    void segmentGivesTypedSegmentsInDocumentOrderWithNumberedIds() {
        List<Segment> segments = segmenter.segment(TEXT);
        assertThat(segments).filteredOn(s -> s.segmentType() == SegmentType.PARAGRAPH).hasSize(3);
        assertThat(segments).filteredOn(s -> s.segmentType() == SegmentType.SENTENCE).hasSize(4);
        assertThat(segments.get(0).id().value()).isEqualTo("p1");
        assertThat(segments.get(1).id().value()).isEqualTo("s1");
        assertThat(segments.get(2).id().value()).isEqualTo("t1");
        assertThat(segmenter.agent()).isEqualTo("opennlp-tools-2.5.4 " + Segmenter.SENTENCE_MODEL + " " + Segmenter.TOKEN_MODEL);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = String.join("\n", java.util.Collections.nCopies(20,
                "Putin and Jiang said the border will become a border of \"eternal peace.\" They met in Moscow."));
        List<Segment> expected = segmenter.segment(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Segment>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> segmenter.segment(text)));
            }
            for (Future<List<Segment>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
