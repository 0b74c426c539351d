package org.standoff.corpus.standoff.internal;

import java.util.function.Function;
import org.standoff.core.model.Annotation;

/**
 * An annotation decoded from the file whose offsets still have to be resolved against the text
 * (which may come later in the file). {@code builder} returns {@code null} when a span could not
 * be resolved; the resolver has reported why.
 *
 * @param id      the annotation's id value
 * @param loc     where its object starts
 * @param builder makes the annotation once offsets can be resolved
 */
record Pending(String id, Loc loc, Function<Resolver, Annotation> builder) {
}
