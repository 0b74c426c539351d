package org.standoff.core.model;

/**
 * The typed id of an annotation or entity. The type says what a reference must point at (an
 * attribution's source is a {@link MentionId}); the {@linkplain #value() value} is unique across all
 * annotations and entities of one document, so a reference whose value names an annotation of the
 * wrong kind can be reported as such by the validator.
 */
public sealed interface AnnotationId
        permits EntityId, MentionId, QuoteId, CueId, AttributionId, ClaimId, SegmentId, GenericSpanId,
        GenericRelationId, AnyId {

    /** The id as written in files: non-empty, no leading or trailing white space. */
    String value();

    /** Returns {@code value} if it is a usable id, else throws naming the problem. */
    static String requireValid(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an id must not be null or empty");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException("an id must not start or end with white space: \"" + value + "\"");
        }
        return value;
    }
}
