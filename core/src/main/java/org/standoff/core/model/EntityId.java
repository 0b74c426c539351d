package org.standoff.core.model;

/** The id of an {@link Entity}. Ids share one namespace per document: no two annotations or entities share a value. */
public record EntityId(String value) implements AnnotationId {
    public EntityId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static EntityId of(String value) {
        return new EntityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
