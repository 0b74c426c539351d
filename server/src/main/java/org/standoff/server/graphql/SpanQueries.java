package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanRelations;

/**
 * Position queries over one document version's span annotations, in document order. Immutable and
 * thread-safe; made once per version.
 */
final class SpanQueries {
    private final List<SpanAnnotation> annotations;

    SpanQueries(Document document) {
        this.annotations = document.spanAnnotations();
    }

    /** The span annotations that satisfy every constraint of {@code position}, in document order. */
    List<SpanAnnotation> find(Position position) {
        List<SpanAnnotation> found = new ArrayList<>();
        for (SpanAnnotation annotation : annotations) {
            if (matches(annotation.span(), position)) {
                found.add(annotation);
            }
        }
        return found;
    }

    private static boolean matches(Span span, Position position) {
        return (position.covering() == null || SpanRelations.covers(span, position.covering()))
                && (position.coveredBy() == null || SpanRelations.coveredBy(span, position.coveredBy()))
                && (position.overlapping() == null || SpanRelations.overlaps(span, position.overlapping()))
                && (position.at() == null || SpanRelations.contains(span, position.at()));
    }
}
