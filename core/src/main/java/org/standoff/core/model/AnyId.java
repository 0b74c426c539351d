package org.standoff.core.model;

/** The id of an annotation or entity of any kind, as a generic relation's argument names it; its kind is found by looking it up in the document. Ids share one namespace per document: no two annotations or entities share a value. */
public record AnyId(String value) implements AnnotationId {
    public AnyId {
        value = AnnotationId.requireValid(value);
    }

    /** The id with the given value. */
    public static AnyId of(String value) {
        return new AnyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
