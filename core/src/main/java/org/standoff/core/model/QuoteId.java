package org.standoff.core.model;

/** The id of a {@link Quote}. Ids share one namespace per document: no two annotations or entities share a value. */
public record QuoteId(String value) implements AnnotationId {
    public QuoteId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static QuoteId of(String value) {
        return new QuoteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
