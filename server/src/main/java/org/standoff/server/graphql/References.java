package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AnnotationId;

/**
 * Resolves the references of a {@link Node} and wraps what they name as nodes of the same document
 * view: to-one references synchronously from the version's in-memory indexes ({@link Link}), to-many
 * references through the request's data loaders ({@link Loader}).
 */
final class References {
    private References() {
    }

    /**
     * What {@code link} names for {@code id} in {@code from}'s document version, as a node of the same
     * view; null when {@code id} is null or names nothing.
     */
    static Node<?> one(Node<?> from, Link link, AnnotationId id) {
        return id == null ? null : one(from, link, id.value());
    }

    /** What {@code link} names for the id value {@code id} in {@code from}'s version (or null), as a node. */
    static Node<?> one(Node<?> from, Link link, String id) {
        DocumentView view = from.document();
        return view.node(link.resolve(view.stored(), id));
    }

    /** {@code values} as nodes of {@code from}'s document view. */
    static List<Node<?>> nodes(Node<?> from, List<?> values) {
        DocumentView view = from.document();
        List<Node<?>> nodes = new ArrayList<>(values.size());
        values.forEach(value -> nodes.add(view.node(value)));
        return nodes;
    }

    /** The list {@code loader} gives for {@code id}, as nodes. */
    static CompletableFuture<List<Node<?>>> many(DataFetchingEnvironment env, Loader loader, String id) {
        DocumentView view = SpanResolvers.node(env).document();
        return loader.<List<?>>load(env, view, id).thenApply(values -> {
            List<Node<?>> nodes = new ArrayList<>(values.size());
            values.forEach(value -> nodes.add(view.node(value)));
            return nodes;
        });
    }

    /** The list {@code loader} gives for {@code id}, paginated by the field's {@code first}/{@code after}. */
    static CompletableFuture<Connection> page(DataFetchingEnvironment env, Loader loader, String id) {
        DocumentView view = SpanResolvers.node(env).document();
        return loader.<List<Annotation>>load(env, view, id).thenApply(values -> Connection.of(values,
                annotation -> annotation.id().value(), view::node, env.getArgument("first"), env.getArgument("after")));
    }
}
