package org.standoff.server.graphql;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;

/**
 * The execution-time limits: query depth, query cost, and the execution deadline. Depth and cost skip
 * operations that only introspect ({@code __schema}, {@code __type}): graphql-java's good-faith
 * introspection check bounds those, and GraphiQL's schema query is deeper than any sane data query.
 */
final class LimitInstrumentations {
    /** The {@code GraphQLContext} key of the request's deadline, a {@link System#nanoTime()} value. */
    static final String DEADLINE_KEY = "org.standoff.deadline";

    private LimitInstrumentations() {
    }

    static Instrumentation of(QueryLimits limits) {
        return new ChainedInstrumentation(List.of(new Depth(limits.maxDepth()),
                new Complexity(limits.maxComplexity()), new Deadline()));
    }

    /**
     * The cost of a field: its {@code first} argument (or 1) times one plus its children's cost, so a
     * page of 100 costs a hundred times its items.
     */
    static final FieldComplexityCalculator PAGE_AWARE_COST = (env, childComplexity) -> {
        Object first = env.getArguments().get("first");
        int multiplier = first instanceof Integer ? Math.max(1, (Integer) first) : 1;
        return multiplier * (1 + childComplexity);
    };

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
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            if (isIntrospectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            return super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new LimitExceeded("the query is " + depth + " levels deep; at most " + maxDepth + " are allowed");
        }
    }

    private static final class Complexity extends MaxQueryComplexityInstrumentation {
        Complexity(int maxComplexity) {
            super(maxComplexity, PAGE_AWARE_COST);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            if (isIntrospectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            return super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new LimitExceeded("the query costs " + complexity + "; at most " + maxComplexity
                    + " is allowed (a field costs its `first` times its selection)");
        }
    }

    /** Fails every field fetched after the request's deadline. */
    private static final class Deadline extends SimplePerformantInstrumentation {
        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            Long deadline = parameters.getExecutionContext().getGraphQLContext().get(DEADLINE_KEY);
            if (deadline == null || parameters.isTrivialDataFetcher()) {
                return fetcher;
            }
            return env -> {
                if (System.nanoTime() - deadline > 0) {
                    throw ApiException.limitExceeded("the query ran out of time");
                }
                return fetcher.get(env);
            };
        }
    }
}
