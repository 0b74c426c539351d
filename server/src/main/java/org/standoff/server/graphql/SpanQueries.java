package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanIndex;
import org.standoff.core.text.SpanRelations;

/**
 * Position queries over one document version's span annotations through the core {@link SpanIndex}
 * (O(log n + k) for the first constraint; further constraints filter its answer with the same
 * {@link SpanRelations}). Answers are in document order. Immutable and thread-safe; made once per
 * version.
 */
final class SpanQueries {
    private final SpanIndex<SpanAnnotation> index;

    SpanQueries(Document document) {
        this.index = SpanIndex.of(document.spanAnnotations(), SpanAnnotation::span);
    }

    /** The span annotations that satisfy every constraint of {@code position}, in document order. */
    List<SpanAnnotation> find(Position position) {
        List<SpanAnnotation> found = new ArrayList<>();
        for (SpanAnnotation annotation : candidates(position)) {
            if (matches(annotation.span(), position)) {
                found.add(annotation);
            }
        }
        return found;
    }

    private List<SpanAnnotation> candidates(Position position) {
        if (position.covering() != null) {
            return index.covering(position.covering());
        }
        if (position.coveredBy() != null) {
            return index.coveredBy(position.coveredBy());
        }
        if (position.overlapping() != null) {
            return index.overlapping(position.overlapping());
        }
        return position.at() != null ? index.at(position.at()) : index.all();
    }

    private static boolean matches(Span span, Position position) {
        return (position.covering() == null || SpanRelations.covers(span, position.covering()))
                && (position.coveredBy() == null || SpanRelations.coveredBy(span, position.coveredBy()))
                && (position.overlapping() == null || SpanRelations.overlaps(span, position.overlapping()))
                && (position.at() == null || SpanRelations.contains(span, position.at()));
    }
}
