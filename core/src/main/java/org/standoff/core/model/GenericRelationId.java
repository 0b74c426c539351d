package org.standoff.core.model;

/** The id of a {@link GenericRelation}. Ids share one namespace per document: no two annotations or entities share a value. */
public record GenericRelationId(String value) implements AnnotationId {
    public GenericRelationId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static GenericRelationId of(String value) {
        return new GenericRelationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
