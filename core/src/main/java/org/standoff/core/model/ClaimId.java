package org.standoff.core.model;

/** The id of a {@link Claim}. Ids share one namespace per document: no two annotations or entities share a value. */
public record ClaimId(String value) implements AnnotationId {
    public ClaimId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static ClaimId of(String value) {
        return new ClaimId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
