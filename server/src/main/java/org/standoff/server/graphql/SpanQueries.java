package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;

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
        if (position.covering() != null && !(span.start() <= position.covering().start()
                && position.covering().end() <= span.end())) {
            return false;
        }
        if (position.coveredBy() != null && !(position.coveredBy().start() <= span.start()
                && span.end() <= position.coveredBy().end())) {
            return false;
        }
        if (position.overlapping() != null && !(span.start() < position.overlapping().end()
                && position.overlapping().start() < span.end())) {
            return false;
        }
        return position.at() == null || (span.start() <= position.at() && position.at() < span.end());
    }
}
