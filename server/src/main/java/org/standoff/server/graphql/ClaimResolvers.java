package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Claim;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;

/** Resolvers of {@code Claim} references and of the generic layers' attributes and relation arguments. */
final class ClaimResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Claim", type -> type
                .dataFetcher("claimant", NodeFetcher.<Claim>of(node -> References.one(node, Link.ENTITY, node.value().claimant())))
                .dataFetcher("attribution", NodeFetcher.<Claim>of(node -> References.one(node, Link.ATTRIBUTION, node.value().attribution())))
                .dataFetcher("quote", NodeFetcher.<Claim>of(node -> References.one(node, Link.QUOTE, node.value().quote()))));
        wiring.type("GenericSpan", type -> type.dataFetcher("attributes",
                env -> attributes(SpanResolvers.<GenericSpan>node(env).value().attributes())));
        wiring.type("GenericRelation", type -> type
                .dataFetcher("attributes", env -> attributes(SpanResolvers.<GenericRelation>node(env).value().attributes()))
                .dataFetcher("arguments", ClaimResolvers::arguments));
        wiring.type("RelationArgument", type -> type
                .dataFetcher("targetId", env -> SpanResolvers.<GenericRelation.Argument>node(env).value().target().value())
                .dataFetcher("target", NodeFetcher.<GenericRelation.Argument>of(node -> References.one(node, Link.ANNOTATION,
                        node.value().target()))));
    }

    private static List<Node<?>> arguments(DataFetchingEnvironment env) {
        Node<GenericRelation> node = SpanResolvers.node(env);
        List<Node<?>> nodes = new ArrayList<>();
        node.value().arguments().forEach(argument -> nodes.add(node.document().node(argument)));
        return nodes;
    }

    private static List<Map<String, Object>> attributes(Map<String, AttributeValue> attributes) {
        List<Map<String, Object>> list = new ArrayList<>();
        attributes.forEach((name, value) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("kind", AttributeKinds.of(value));
            entry.put("value", value.asText());
            list.add(entry);
        });
        return list;
    }
}
