package org.standoff.core.anchor;

import java.util.Objects;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.text.Span;

/**
 * One span annotation that did not come through a revision exactly: where it was, where it is,
 * and both with their context. Spans count UTF-16 units of the old and the new text.
 *
 * @param annotation the annotation's id value
 * @param kind       its kind ({@code "Quote"}, {@code "Mention"}, ...)
 * @param status     how it was placed (never {@link AnchorStatus#EXACT})
 * @param score      for edited and fuzzy placements the score, else {@code null}
 * @param oldSpan    its bounds in the old text
 * @param oldContext its old text with context
 * @param newSpan    its bounds in the new text (zero-width when orphaned)
 * @param newContext its new text with context
 */
public record SpanChange(String annotation, String kind, AnchorStatus status, Double score, Span oldSpan,
                         SpanContext oldContext, Span newSpan, SpanContext newContext) {
    public SpanChange {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(oldSpan, "oldSpan");
        Objects.requireNonNull(oldContext, "oldContext");
        Objects.requireNonNull(newSpan, "newSpan");
        Objects.requireNonNull(newContext, "newContext");
    }
}
