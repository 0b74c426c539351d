package org.standoff.server.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.standoff.server.auth.Role;
import org.standoff.server.auth.Viewer;

/**
 * Who may run which root field: every field of {@code Query} needs {@link Role#READER} except
 * {@code viewer}, which anyone may ask; the annotation mutations ({@code create*}, {@code update*} and
 * {@code delete*} of an {@link EditKind}) need {@link Role#ANNOTATOR}; every other mutation (imports,
 * document deletes, and any mutation added later until it is given a role here) needs
 * {@link Role#ADMIN}.
 *
 * <p>The check runs before the field's resolver, so a refusal says nothing about the arguments: an
 * UNAUTHENTICATED or FORBIDDEN answer is the same whether the document named exists or not. The
 * request's {@link Viewer} is in the GraphQL context under {@code Viewer.class}; a request without one
 * runs as {@link Viewer#LOCAL}.
 */
final class Guards {
    private Guards() {
    }

    /** {@code schema} with every root field's resolver behind its role check. */
    static GraphQLSchema protect(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder guarded = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLObjectType root : new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
            if (root == null) {
                continue;
            }
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(root.getName(), field.getName());
                Role needed = required(root.getName(), field.getName());
                if (needed != null) {
                    guarded.dataFetcher(coordinates, guard(registry.getDataFetcher(coordinates, field), needed, field.getName()));
                }
            }
        }
        return schema.transform(builder -> builder.codeRegistry(guarded.build()));
    }

    /** The role a root field needs, or null when anyone may ask it. */
    static Role required(String rootType, String field) {
        if ("Query".equals(rootType)) {
            return "viewer".equals(field) ? null : Role.READER;
        }
        if ("assignDocument".equals(field) || "curate".equals(field)) {
            return Role.CURATOR;
        }
        if ("setCopyState".equals(field)) {
            return Role.ANNOTATOR;
        }
        for (EditKind kind : EditKind.values()) {
            if (field.equals("create" + kind.typeName()) || field.equals("update" + kind.typeName())
                    || field.equals("delete" + kind.typeName())) {
                return Role.ANNOTATOR;
            }
        }
        return Role.ADMIN;
    }

    private static DataFetcher<?> guard(DataFetcher<?> resolver, Role needed, String field) {
        return env -> {
            Viewer viewer = viewerOf(env.getGraphQlContext().get(Viewer.class));
            if (!viewer.may(needed)) {
                throw refusal(viewer, needed, field);
            }
            return resolver.get(env);
        };
    }

    /** The request's viewer: the one in the context, else {@link Viewer#LOCAL}. */
    static Viewer viewerOf(Object inContext) {
        return inContext instanceof Viewer ? (Viewer) inContext : Viewer.LOCAL;
    }

    private static ApiException refusal(Viewer viewer, Role needed, String field) {
        if (viewer.isAnonymous()) {
            return new ApiException(ErrorCode.UNAUTHENTICATED, field + " needs a signed-in account with the "
                    + needed.label() + " role: send Authorization: Bearer TOKEN");
        }
        return new ApiException(ErrorCode.FORBIDDEN, "the account \"" + viewer.name() + "\" is a "
                + viewer.role().label() + "; " + field + " needs the " + needed.label() + " role");
    }
}
