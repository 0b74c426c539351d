package org.standoff.server.graphql;

import java.util.Map;
import java.util.Objects;

/**
 * One GraphQL-over-HTTP request, as the transport decoded it.
 *
 * @param query         the GraphQL document
 * @param operationName the operation to run, or {@code null}
 * @param variables     the variables (never null)
 * @param extensions    the request extensions (never null)
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
                             Map<String, Object> extensions) {
    public GraphQLRequest {
        Objects.requireNonNull(query, "query");
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }

    /** A request of just a query. */
    public static GraphQLRequest of(String query) {
        return new GraphQLRequest(query, null, Map.of(), Map.of());
    }
}
