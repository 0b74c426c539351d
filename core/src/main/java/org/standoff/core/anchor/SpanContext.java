package org.standoff.core.anchor;

import java.util.Objects;

/**
 * A span's text with what surrounds it, as a report shows it to a reviewer.
 *
 * @param before up to {@link ReanchorReport#CONTEXT_LENGTH} UTF-16 units before the span
 * @param text   the covered text
 * @param after  up to {@link ReanchorReport#CONTEXT_LENGTH} UTF-16 units after it
 */
public record SpanContext(String before, String text, String after) {
    public SpanContext {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(after, "after");
    }

    /** The context of {@code [start, end)} in {@code text}, never splitting a surrogate pair. */
    public static SpanContext of(String text, int start, int end) {
        int from = Math.max(0, start - ReanchorReport.CONTEXT_LENGTH);
        int to = Math.min(text.length(), end + ReanchorReport.CONTEXT_LENGTH);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new SpanContext(text.substring(from, start), text.substring(start, end), text.substring(end, to));
    }

    /** One line for a terminal: {@code …before[text]after…}, line ends shown as {@code ⏎}. */
    public String toLine() {
        return ("…" + before + "[" + text + "]" + after + "…").replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
