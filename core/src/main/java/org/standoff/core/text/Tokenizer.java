package org.standoff.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's fallback tokenizer, for documents without {@code TOKEN} segments (the CoNLL export,
 * token-wise agreement): a token is a run of letters, digits, combining marks and connector
 * punctuation (with an apostrophe or hyphen inside it, as in {@code n't} or {@code cease-fire}), or
 * any other single grapheme cluster that is not white space (punctuation, a quotation mark, an emoji
 * sequence). {@code Clinton’s “no,”} is five tokens: {@code Clinton’s}, {@code “}, {@code no},
 * {@code ,}, {@code ”}. Offsets are UTF-16 code units, as the model's.
 */
public final class Tokenizer {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Pc}]+(?:['\u2019\\-][\\p{L}\\p{N}\\p{M}\\p{Pc}]+)*");

    private Tokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Span> tokenize(String text) {
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
}
