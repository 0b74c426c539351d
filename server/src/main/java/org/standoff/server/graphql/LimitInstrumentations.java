package org.standoff.server.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution-time limits: query depth, query cost, and the execution deadline. Depth and cost skip
 * operations that only introspect ({@code __schema}, {@code __type}): graphql-java's good-faith
 * introspection check bounds those, and GraphiQL's schema query is deeper than any sane data query.
 */
final class LimitInstrumentations {
    /** The {@code GraphQLContext} key of the request's deadline, a {@link System#nanoTime()} value. */
    static final String DEADLINE_KEY = "org.standoff.deadline";
    /** The {@code GraphQLContext} key of the request's {@link ResponseBudget}. */
    static final String BUDGET_KEY = "org.standoff.budget";

    private LimitInstrumentations() {
    }

    /**
     * One instrumentation for all three limits. Not a {@code ChainedInstrumentation} of three: a chain
     * calls every member for every field of every request, and that cost more than the limits
     * themselves (see docs/BENCHMARKS.md, "GraphQL server over HTTP").
     */
    static Instrumentation of(QueryLimits limits) {
        return new Limits(new Depth(limits.maxDepth()), limits.maxComplexity(), limits.maxAliases());
    }

    static boolean isIntrospectionOnly(OperationDefinition operation) {
        List<Selection> selections = operation.getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(selection -> selection instanceof Field && ((Field) selection).getName().startsWith("__"));
    }

    /** An aborted execution with code LIMIT_EXCEEDED. */
    static final class LimitExceeded extends AbortExecutionException {
        LimitExceeded(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCode.LIMIT_EXCEEDED.name());
        }
    }

    private static final class Depth extends MaxQueryDepthInstrumentation {
        Depth(int maxDepth) {
            super(maxDepth);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new LimitExceeded("the query is " + depth + " levels deep; at most " + maxDepth + " are allowed");
        }
    }

    /**
     * Depth and cost before the operation runs, and the deadline on every non-trivial fetch. An
     * operation found within depth and cost is remembered by its parsed document (the same object for
     * every request with the same text, through {@link DocumentCache}), operation name and variables,
     * so a client repeating a request does not pay for two traversals of the query each time; only
     * small variables are kept (at most {@value #MAX_VARIABLE_SIZE} characters and items), at most
     * {@value #MAX_PASSED} entries, emptied when full.
     */
    private static final class Limits extends SimplePerformantInstrumentation {
        static final int MAX_PASSED = 500;
        static final int MAX_VARIABLE_SIZE = 1_000;

        private final Depth depth;
        private final int maxComplexity;
        private final int maxAliases;
        private final ConcurrentHashMap<Passed, Boolean> passed = new ConcurrentHashMap<>();

        Limits(Depth depth, int maxComplexity, int maxAliases) {
            this.depth = depth;
            this.maxComplexity = maxComplexity;
            this.maxAliases = maxAliases;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            if (isIntrospectionOnly(context.getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            Passed key = remembered(context);
            if (key != null && passed.containsKey(key)) {
                return SimpleInstrumentationContext.noOp();
            }
            depth.beginExecuteOperation(parameters, state);
            QueryCost.check(context, maxComplexity, maxAliases);
            if (key != null) {
                if (passed.size() >= MAX_PASSED) {
                    passed.clear();
                }
                passed.put(key, Boolean.TRUE);
            }
            return SimpleInstrumentationContext.noOp();
        }

        /** The key under which this execution's check is remembered, or null when it is not. */
        private static Passed remembered(ExecutionContext context) {
            ExecutionInput input = context.getExecutionInput();
            if (input.getQuery().length() > DocumentCache.MAX_QUERY_CHARS) {
                return null; // not in the document cache: a new document every time
            }
            Map<String, Object> variables = input.getRawVariables().toMap();
            if (size(variables, MAX_VARIABLE_SIZE) < 0) {
                return null;
            }
            return new Passed(context.getDocument(), input.getOperationName(), variables);
        }

        /** {@code budget} less the size of {@code value} (characters of strings, one per item), or -1. */
        private static int size(Object value, int budget) {
            int left = budget - 1;
            if (value instanceof CharSequence) {
                left -= ((CharSequence) value).length();
            } else if (value instanceof Map) {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    left = left < 0 ? left : size(entry.getValue(), size(entry.getKey(), left));
                }
            } else if (value instanceof Iterable) {
                for (Object item : (Iterable<?>) value) {
                    left = left < 0 ? left : size(item, left);
                }
            }
            return left < 0 ? -1 : left;
        }

        /** The request's deadline and budget, read once per request instead of once per field. */
        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
            Long deadline = context.get(DEADLINE_KEY);
            ResponseBudget budget = context.get(BUDGET_KEY);
            return CompletableFuture.completedFuture(deadline == null || budget == null ? null : new Request(deadline, budget));
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            if (!(state instanceof Request) || parameters.isTrivialDataFetcher()) {
                return fetcher;
            }
            long deadline = ((Request) state).deadline();
            ResponseBudget budget = ((Request) state).budget();
            boolean documentSized = isDocumentSized(parameters);
            return env -> {
                if (System.nanoTime() - deadline > 0) {
                    throw ApiException.limitExceeded("the query ran out of time");
                }
                if (!documentSized) {
                    return fetcher.get(env);
                }
                budget.requireRoom();
                Object answer = fetcher.get(env);
                budget.charge(answer);
                return answer;
            };
        }
    }

    /** Whether the field fetched answers a whole document; the field's name is looked at first, as it is cheap. */
    private static boolean isDocumentSized(InstrumentationFieldFetchParameters parameters) {
        String field = parameters.getField().getName();
        return QueryCost.isDocumentSized("Document", field)
                && QueryCost.isDocumentSized(parameters.getExecutionStepInfo().getObjectType().getName(), field);
    }

    /**
     * The state of one execution: its deadline, a {@link System#nanoTime()} value, and what is left
     * of its answer's size.
     */
    private record Request(long deadline, ResponseBudget budget) implements InstrumentationState {
    }

    /**
     * An operation found within depth and cost: its parsed document (compared by identity, as
     * graphql-java's AST nodes are), operation name and raw variables.
     */
    private record Passed(Document document, String operationName, Map<String, Object> variables) {
    }
}
