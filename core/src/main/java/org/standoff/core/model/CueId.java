package org.standoff.core.model;

/** The id of a {@link Cue}. Ids share one namespace per document: no two annotations or entities share a value. */
public record CueId(String value) implements AnnotationId {
    public CueId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static CueId of(String value) {
        return new CueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
