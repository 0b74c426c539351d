package org.standoff.core.model;

/** The id of a {@link GenericSpan}. Ids share one namespace per document: no two annotations or entities share a value. */
public record GenericSpanId(String value) implements AnnotationId {
    public GenericSpanId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static GenericSpanId of(String value) {
        return new GenericSpanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
