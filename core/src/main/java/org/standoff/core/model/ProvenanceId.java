package org.standoff.core.model;

/** The id of a {@link Provenance} record, which annotations name to say who or what made them. */
public record ProvenanceId(String value) {
    public ProvenanceId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static ProvenanceId of(String value) {
        return new ProvenanceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
