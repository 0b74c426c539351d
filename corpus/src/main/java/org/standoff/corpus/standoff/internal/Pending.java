package org.standoff.corpus.standoff.internal;

import org.standoff.core.model.Annotation;

/**
 * An annotation decoded from the file whose offsets still have to be resolved against the text
 * (which may come later in the file): the values of its fields by the table position of its kind.
 *
 * @param kind   its kind
 * @param values the values, some of them {@link Value.Deferred}
 */
record Pending(Kind<?> kind, Object[] values) {
    /** The annotation, or {@code null} when a span could not be resolved (the resolver has reported why). */
    Annotation make(Resolver resolver) {
        return (Annotation) kind.make(values, resolver);
    }
}
