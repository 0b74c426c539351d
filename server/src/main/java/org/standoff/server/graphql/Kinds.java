package org.standoff.server.graphql;

import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;

/** The GraphQL names of the annotation variants: their {@code AnnotationKind} and object type. */
final class Kinds {
    private Kinds() {
    }

    /** The {@code AnnotationKind} value of an annotation. */
    static String of(Annotation annotation) {
        if (annotation instanceof Segment) {
            return "SEGMENT";
        } else if (annotation instanceof Mention) {
            return "MENTION";
        } else if (annotation instanceof Quote) {
            return "QUOTE";
        } else if (annotation instanceof Cue) {
            return "CUE";
        } else if (annotation instanceof Attribution) {
            return "ATTRIBUTION";
        } else if (annotation instanceof Claim) {
            return "CLAIM";
        } else if (annotation instanceof GenericSpan) {
            return "GENERIC_SPAN";
        } else if (annotation instanceof GenericRelation) {
            return "GENERIC_RELATION";
        }
        throw new IllegalStateException("unhandled annotation kind " + annotation.getClass());
    }

    /** The GraphQL object type of an annotation: its record's simple name. */
    static String typeName(Annotation annotation) {
        of(annotation);
        return annotation.getClass().getSimpleName();
    }
}
