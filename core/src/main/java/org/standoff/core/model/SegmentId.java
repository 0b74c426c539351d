package org.standoff.core.model;

/** The id of a {@link Segment}. Ids share one namespace per document: no two annotations or entities share a value. */
public record SegmentId(String value) implements AnnotationId {
    public SegmentId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static SegmentId of(String value) {
        return new SegmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
