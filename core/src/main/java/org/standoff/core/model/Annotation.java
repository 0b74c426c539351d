package org.standoff.core.model;

/**
 * Anything annotated on a document's text: structure, mentions, quotes, cues, attributions,
 * claims, and the generic span and relation layers. Every variant is an immutable record; the
 * variants that lie on the text are {@link SpanAnnotation}s. Entities are not annotations: they
 * are document-level and lie on the text only through their mentions.
 */
public sealed interface Annotation
        permits SpanAnnotation, Attribution, GenericRelation {

    /** This annotation's id, unique in its document. */
    AnnotationId id();

    /** Who or what made this annotation, or {@code null} when not recorded. */
    ProvenanceId provenance();

    /** The kind's name as files and messages use it: {@code "Mention"}, {@code "Quote"}, .... */
    default String kind() {
        return getClass().getSimpleName();
    }
}
