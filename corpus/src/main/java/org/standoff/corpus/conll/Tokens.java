package org.standoff.corpus.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.core.model.Document;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;
import org.standoff.core.text.Tokenizer;

/**
 * The tokens and sentences a CoNLL export is written in. Tokens are the document's {@code TOKEN}
 * segments when it has any; otherwise the project's fallback tokenizer ({@link Tokenizer}: runs of
 * letters and digits, or any other single grapheme that is not white space). Sentences are the {@code SENTENCE} segments; without
 * them, a line break ends a sentence.
 */
final class Tokens {

    private Tokens() {
    }

    /** The document's tokens, in order. */
    static List<Span> of(Document doc) {
        List<Span> tokens = new ArrayList<>();
        for (Segment segment : doc.segments()) {
            if (segment.segmentType() == SegmentType.TOKEN) {
                tokens.add(segment.span());
            }
        }
        return tokens.isEmpty() ? tokenize(doc.text()) : tokens;
    }

    /** The fallback tokenizer ({@link Tokenizer}). */
    static List<Span> tokenize(String text) {
        return Tokenizer.tokenize(text);
    }

    /**
     * For each token, whether a new sentence starts before it: at the first token of each
     * {@code SENTENCE} segment, or (without sentences) after a line break.
     */
    static boolean[] sentenceStarts(Document doc, List<Span> tokens) {
        boolean[] starts = new boolean[tokens.size()];
        List<Span> sentences = new ArrayList<>();
        doc.segments().stream().filter(s -> s.segmentType() == SegmentType.SENTENCE).forEach(s -> sentences.add(s.span()));
        int sentence = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Span token = tokens.get(t);
            if (sentences.isEmpty()) {
                starts[t] = t > 0 && doc.text().substring(tokens.get(t - 1).end(), token.start()).contains("\n");
                continue;
            }
            int current = sentence;
            while (current + 1 < sentences.size() && sentences.get(current + 1).start() <= token.start()) {
                current++;
            }
            starts[t] = t > 0 && current != sentence;
            sentence = current;
        }
        return starts;
    }
}
