package org.standoff.core.text;

/**
 * A half-open range {@code [first, endExclusive)} of token indexes, never characters. Kept a
 * separate type from {@link Span} so a token index can never be mistaken for an offset.
 *
 * @param first        index of the first token, inclusive, {@code >= 0}
 * @param endExclusive index after the last token, {@code >= first}
 */
public record TokenRange(int first, int endExclusive) {
    public TokenRange {
        if (first < 0 || endExclusive < first) {
            throw new IllegalArgumentException("invalid token range: first=" + first + ", endExclusive=" + endExclusive);
        }
    }

    /** The number of tokens in the range. */
    public int size() {
        return endExclusive - first;
    }
}
