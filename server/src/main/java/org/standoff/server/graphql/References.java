package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AnnotationId;

/**
 * Resolves the references of a {@link Node} through the request's data loaders, and wraps what they
 * load as nodes of the same document view.
 */
final class References {
    private References() {
    }

    /** The value {@code loader} gives for {@code id} (null when {@code id} is null), as a node. */
    static CompletableFuture<Node<?>> one(DataFetchingEnvironment env, Loader loader, AnnotationId id) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return one(env, loader, id.value());
    }

    /** The value {@code loader} gives for the id value {@code id}, as a node. */
    static CompletableFuture<Node<?>> one(DataFetchingEnvironment env, Loader loader, String id) {
        DocumentView view = SpanResolvers.node(env).document();
        return loader.load(env, view, id).thenApply(view::node);
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
