package org.standoff.server.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cost of an operation, computed before it runs, and the limit on aliases of one field.
 *
 * <p>A field costs its {@code first} argument (or 1) times its own weight plus its children's cost.
 * Its own weight is 1, except for the fields that answer a whole document in a string
 * ({@code Document.standoffJson}, {@code Document.export}), which weigh {@value #DOCUMENT_WEIGHT}:
 * what they return is the size of a document, not of a field. For example, with the default
 * {@code first: 20}, {@code documents { edges { node { standoffJson } } } }} costs
 * {@code 20 × (1 + 1 × (1 + 1 × (1 + 1000)))}. The corpus-wide lists ({@code Query.quotes}, {@code claims},
 * {@code mentions}, {@code entities}) weigh {@value #CORPUS_WEIGHT}: each reads the store's indexes
 * across every document. So {@code quotes(first: 100) { totalCount groupBy(by: SPEAKER, first: 100)
 * { key count } edges { node { text } } }} costs {@code 100 × (100 + 1 + 100 × (1 + 2) + 1 × (1 + 1 × (1 + 1)))}
 * = 40,400, and five of them in one request more than the default limit of 200,000. The arithmetic is 64-bit and saturates at
 * {@link Long#MAX_VALUE}, so no query, however nested or repeated, wraps around to a small cost.
 *
 * <p>Aliases: one selection set may ask for one field under at most {@code maxAliases} different
 * response keys ({@code a: standoffJson b: standoffJson …}); fields merged from fragments count
 * by their response key, so a fragment spread twice is not an alias.
 */
final class QueryCost {
    /** The weight of a field that answers a whole document as a string. */
    static final long DOCUMENT_WEIGHT = 1_000;
    /** The weight of a corpus-wide list or count. */
    static final long CORPUS_WEIGHT = 100;

    private QueryCost() {
    }

    /**
     * Checks the operation of {@code context} against the limits.
     *
     * @throws LimitInstrumentations.LimitExceeded when it costs more than {@code maxCost} or aliases
     *                                             a field more than {@code maxAliases} times
     */
    static void check(ExecutionContext context, long maxCost, int maxAliases) {
        Map<QueryVisitorFieldEnvironment, Long> childCost = new HashMap<>();
        Map<ParentField, Set<String>> keys = new HashMap<>();
        long[] total = {0};
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPostOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                        countAlias(keys, parent, env.getField(), maxAliases);
                        long cost = cost(env, childCost.getOrDefault(env, 0L));
                        if (parent == null) {
                            total[0] = add(total[0], cost);
                        } else {
                            childCost.merge(parent, cost, QueryCost::add);
                        }
                    }
                });
        if (total[0] > maxCost) {
            String cost = total[0] == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(total[0]);
            throw new LimitInstrumentations.LimitExceeded("the query costs " + cost + "; at most " + maxCost
                    + " is allowed (a field costs its `first` times its selection; standoffJson and export cost "
                    + DOCUMENT_WEIGHT + ")");
        }
    }

    /** The cost of one field given its children's: {@code first} (or 1) times weight plus children. */
    static long cost(QueryVisitorFieldEnvironment env, long children) {
        Object first = env.getArguments().get("first");
        long multiplier = first instanceof Integer ? Math.max(1, (Integer) first) : 1;
        return multiply(multiplier, add(weight(env), children));
    }

    private static long weight(QueryVisitorFieldEnvironment env) {
        String type = env.getFieldsContainer().getName();
        String field = env.getFieldDefinition().getName();
        if (isDocumentSized(type, field)) {
            return DOCUMENT_WEIGHT;
        }
        return isCorpusWide(type, field) ? CORPUS_WEIGHT : 1;
    }

    /** Whether {@code type.field} is a corpus-wide list: it reads the store's indexes across every document. */
    static boolean isCorpusWide(String type, String field) {
        return "Query".equals(type)
                && ("quotes".equals(field) || "claims".equals(field) || "mentions".equals(field) || "entities".equals(field));
    }

    /** Whether {@code type.field} answers a whole document as a string: its size is the document's. */
    static boolean isDocumentSized(String type, String field) {
        return "Document".equals(type) && ("standoffJson".equals(field) || "export".equals(field));
    }

    private static void countAlias(Map<ParentField, Set<String>> keys, QueryVisitorFieldEnvironment parent, Field field,
                                   int maxAliases) {
        Set<String> responseKeys = keys.computeIfAbsent(new ParentField(parent, field.getName()), k -> new HashSet<>());
        responseKeys.add(field.getResultKey());
        if (responseKeys.size() > maxAliases) {
            throw new LimitInstrumentations.LimitExceeded("the query asks for `" + field.getName() + "` under more than "
                    + maxAliases + " aliases in one selection; at most " + maxAliases + " are allowed");
        }
    }

    /** {@code a + b} for non-negative values, {@link Long#MAX_VALUE} when it overflows. */
    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** {@code a × b} for non-negative values, {@link Long#MAX_VALUE} when it overflows. */
    static long multiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }

    /** A field name under one parent field occurrence (null for the operation's top level). */
    private record ParentField(QueryVisitorFieldEnvironment parent, String field) {
    }
}
