package org.standoff.corpus.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.core.model.Document;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

/**
 * The tokens and sentences a CoNLL export is written in. Tokens are the document's {@code TOKEN}
 * segments when it has any; otherwise the fallback tokenizer: a token is a run of letters, digits,
 * combining marks and connector punctuation (with an apostrophe or hyphen inside it, as in
 * {@code n't} or {@code cease-fire}), or any other single grapheme cluster that is not white
 * space (punctuation, an emoji sequence). Sentences are the {@code SENTENCE} segments; without
 * them, a line break ends a sentence.
 */
final class Tokens {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Pc}]+(?:['\u2019\\-][\\p{L}\\p{N}\\p{M}\\p{Pc}]+)*");

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

    /** The fallback tokenizer. */
    static List<Span> tokenize(String text) {
        List<Span> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        Matcher grapheme = GRAPHEME.matcher(text);
        int i = 0;
        while (i < text.length()) {
            word.region(i, text.length());
            if (word.lookingAt()) {
                tokens.add(Span.of(i, word.end()));
                i = word.end();
                continue;
            }
            grapheme.region(i, text.length());
            grapheme.lookingAt();
            if (!grapheme.group().isBlank()) {
                tokens.add(Span.of(i, grapheme.end()));
            }
            i = grapheme.end();
        }
        return tokens;
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
