package org.standoff.core.text;

import java.util.Comparator;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's text, so that
 * {@code text.substring(start, end)} is always the covered text. A span with {@code start == end}
 * is zero-width: it marks a point between two code units and covers nothing.
 *
 * <p>Spans are values: immutable, comparable in {@linkplain #DOCUMENT_ORDER document order}, and
 * safe to share between threads. The relations between two spans (covers, overlaps, ...) are
 * defined once, in {@link SpanRelations}.
 *
 * @param start first code unit, inclusive, {@code >= 0}
 * @param end   last code unit, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Document order: start ascending, then end descending (the longer span first). */
    public static final Comparator<Span> DOCUMENT_ORDER =
            Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed());

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end
                    + " (expected 0 <= start <= end)");
        }
    }

    /** The span {@code [start, end)}. */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** The zero-width span at {@code point}. */
    public static Span at(int point) {
        return new Span(point, point);
    }

    /** The number of code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span covers nothing ({@code start == end}). */
    public boolean isEmpty() {
        return start == end;
    }

    /** The text this span covers in {@code text}; throws if the span runs past its end. */
    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " runs past the end of a text of length "
                    + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return DOCUMENT_ORDER.compare(this, other);
    }

    /** {@code [start, end)}, as the interval it is. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
