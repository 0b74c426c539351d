package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
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
                .dataFetcher("entity", NodeFetcher.<Mention>of(node -> References.one(node, Link.ENTITY, node.value().entity())))
                .dataFetcher("attributions", env -> References.many(env, Loader.ATTRIBUTIONS_OF_MENTION, id(env))));
        wiring.type("Quote", type -> type
                .dataFetcher("embeddedIn", NodeFetcher.<Quote>of(node -> References.one(node, Link.QUOTE, node.value().embeddedIn())))
                .dataFetcher("attribution", NodeFetcher.<Quote>of(node -> References.one(node, Link.ATTRIBUTION_OF_QUOTE, node.value().id())))
                .dataFetcher("speaker", NodeFetcher.<Quote>of(node -> References.one(node, Link.SPEAKER_OF_QUOTE, node.value().id())))
                .dataFetcher("cue", NodeFetcher.<Quote>of(node -> References.one(node, Link.CUE_OF_QUOTE, node.value().id())))
                .dataFetcher("claims", env -> References.many(env, Loader.CLAIMS_OF_QUOTE, id(env))));
        wiring.type("Cue", type -> type
                .dataFetcher("attributions", env -> References.many(env, Loader.ATTRIBUTIONS_OF_CUE, id(env))));
        wiring.type("Attribution", type -> type
                .dataFetcher("source", NodeFetcher.<Attribution>of(node -> References.one(node, Link.MENTION, node.value().source())))
                .dataFetcher("cue", NodeFetcher.<Attribution>of(node -> References.one(node, Link.CUE, node.value().cue())))
                .dataFetcher("nestedIn", NodeFetcher.<Attribution>of(node -> References.one(node, Link.ATTRIBUTION, node.value().nestedIn())))
                .dataFetcher("contents", NodeFetcher.<Attribution>of(node -> References.nodes(node, node.value().contents())))
                .dataFetcher("supplements", NodeFetcher.<Attribution>of(node -> References.nodes(node, node.value().supplements())))
                .dataFetcher("claims", env -> References.many(env, Loader.CLAIMS_OF_ATTRIBUTION, id(env))));
        wiring.type("AttributionContent", type -> type
                .dataFetcher("quote", NodeFetcher.<Attribution.Content>of(node -> References.one(node, Link.QUOTE, node.value().quote()))));
    }

    private static String id(DataFetchingEnvironment env) {
        return ((Annotation) SpanResolvers.node(env).value()).id().value();
    }
}
