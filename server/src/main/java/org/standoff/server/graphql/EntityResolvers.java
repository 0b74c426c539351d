package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Entity;

/** Resolvers of the {@code Entity} type: knowledge-base ids, and its mentions, quotes and claims (batched). */
final class EntityResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Entity", type -> type
                .dataFetcher("kbIds", NodeFetcher.<Entity>of(node -> kbIds(node.value())))
                .dataFetcher("wikidata", NodeFetcher.<Entity>of(node -> node.value().wikidata()))
                .dataFetcher("mentions", env -> References.page(env, Loader.MENTIONS_OF_ENTITY, id(env)))
                .dataFetcher("quotes", env -> References.page(env, Loader.QUOTES_OF_ENTITY, id(env)))
                .dataFetcher("claims", env -> References.page(env, Loader.CLAIMS_OF_ENTITY, id(env))));
    }

    private static Entity entity(DataFetchingEnvironment env) {
        return SpanResolvers.<Entity>node(env).value();
    }

    private static String id(DataFetchingEnvironment env) {
        return entity(env).id().value();
    }

    private static List<Map<String, String>> kbIds(Entity entity) {
        List<Map<String, String>> ids = new ArrayList<>();
        entity.kbIds().forEach((kb, id) -> ids.add(Map.of("kb", kb, "id", id)));
        return ids;
    }
}
