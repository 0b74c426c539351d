package org.standoff.core.model;

/** The id of a {@link Mention}. Ids share one namespace per document: no two annotations or entities share a value. */
public record MentionId(String value) implements AnnotationId {
    public MentionId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static MentionId of(String value) {
        return new MentionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
