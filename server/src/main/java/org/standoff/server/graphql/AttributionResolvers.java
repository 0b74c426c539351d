package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;

/**
 * Resolvers of the attribution structure: {@code Attribution} and its contents, and the references
 * of {@code Mention}, {@code Quote} and {@code Cue} to it. To-one references resolve from the version's
 * in-memory indexes ({@link Link}); lists of attributions and claims go through data loaders ({@link Loader}).
 */
final class AttributionResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mention", type -> type
                .dataFetcher("entity", env -> References.one(env, Link.ENTITY, value(env, Mention.class).entity()))
                .dataFetcher("attributions", env -> References.many(env, Loader.ATTRIBUTIONS_OF_MENTION, id(env))));
        wiring.type("Quote", type -> type
                .dataFetcher("embeddedIn", env -> References.one(env, Link.QUOTE, value(env, Quote.class).embeddedIn()))
                .dataFetcher("attribution", env -> References.one(env, Link.ATTRIBUTION_OF_QUOTE, id(env)))
                .dataFetcher("speaker", env -> References.one(env, Link.SPEAKER_OF_QUOTE, id(env)))
                .dataFetcher("cue", env -> References.one(env, Link.CUE_OF_QUOTE, id(env)))
                .dataFetcher("claims", env -> References.many(env, Loader.CLAIMS_OF_QUOTE, id(env))));
        wiring.type("Cue", type -> type
                .dataFetcher("attributions", env -> References.many(env, Loader.ATTRIBUTIONS_OF_CUE,
                        value(env, Cue.class).id().value())));
        wiring.type("Attribution", type -> type
                .dataFetcher("source", env -> References.one(env, Link.MENTION, attribution(env).source()))
                .dataFetcher("cue", env -> References.one(env, Link.CUE, attribution(env).cue()))
                .dataFetcher("nestedIn", env -> References.one(env, Link.ATTRIBUTION, attribution(env).nestedIn()))
                .dataFetcher("contents", env -> nodes(env, attribution(env).contents()))
                .dataFetcher("supplements", env -> nodes(env, attribution(env).supplements()))
                .dataFetcher("claims", env -> References.many(env, Loader.CLAIMS_OF_ATTRIBUTION, id(env))));
        wiring.type("AttributionContent", type -> type
                .dataFetcher("quote", env -> References.one(env, Link.QUOTE,
                        SpanResolvers.<Attribution.Content>node(env).value().quote())));
    }

    private static <T> T value(DataFetchingEnvironment env, Class<T> kind) {
        return kind.cast(SpanResolvers.node(env).value());
    }

    private static Attribution attribution(DataFetchingEnvironment env) {
        return value(env, Attribution.class);
    }

    private static String id(DataFetchingEnvironment env) {
        return ((Annotation) SpanResolvers.node(env).value()).id().value();
    }

    private static List<Node<?>> nodes(DataFetchingEnvironment env, List<?> values) {
        DocumentView view = SpanResolvers.node(env).document();
        List<Node<?>> nodes = new ArrayList<>(values.size());
        values.forEach(value -> nodes.add(view.node(value)));
        return nodes;
    }
}
