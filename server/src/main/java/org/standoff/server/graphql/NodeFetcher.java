package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.function.Supplier;

/**
 * A fetcher that needs nothing but its source {@link Node}: a field of the model value, its covered
 * text, or a to-one reference looked up in the version's in-memory indexes ({@link Link}). It is a
 * {@link LightDataFetcher}, so graphql-java calls it without making a {@link DataFetchingEnvironment}
 * for the field (making one was about half the server's time on a read of many small nodes), and,
 * being trivial (in memory, no I/O, O(1) or a substring), it runs without the per-fetch deadline
 * check; the fetchers around it that page, filter or load still check the deadline.
 *
 * <pre>{@code
 * .dataFetcher("speaker", NodeFetcher.<Quote>of(node -> References.one(node, Link.SPEAKER_OF_QUOTE, node.value().id())))
 * }</pre>
 *
 * @param <T> the type of the source node's model value
 */
@FunctionalInterface
interface NodeFetcher<T> extends LightDataFetcher<Object> {

    /** The field's value for the source {@code node}. */
    Object fetch(Node<T> node);

    /** {@code fetcher} itself: gives a lambda this type (and {@code T}) where a {@code DataFetcher} is expected. */
    static <T> NodeFetcher<T> of(NodeFetcher<T> fetcher) {
        return fetcher;
    }

    @Override
    @SuppressWarnings("unchecked")
    default Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
        return fetch((Node<T>) source);
    }

    @Override
    default Object get(DataFetchingEnvironment env) {
        return fetch(env.getSource());
    }
}
