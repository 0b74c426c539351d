package org.standoff.core.model;

/** The id of an {@link Attribution}. Ids share one namespace per document: no two annotations or entities share a value. */
public record AttributionId(String value) implements AnnotationId {
    public AttributionId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static AttributionId of(String value) {
        return new AttributionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
