package org.standoff.server.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.QueryComplexityLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dataloader.DataLoaderRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.server.auth.Viewer;
import org.standoff.server.store.Store;

/**
 * The Standoff GraphQL API over a {@link Store}: the schema from {@code schema.graphqls}
 * wired to its resolvers, the limits, and the safe error handling. One instance serves every request
 * and is thread-safe; each request gets its own data loaders.
 */
public final class StandoffGraphQL {
    private static final Logger LOG = LoggerFactory.getLogger(StandoffGraphQL.class);

    /** The classpath resource of the schema. */
    public static final String SCHEMA_RESOURCE = "/org/standoff/server/graphql/schema.graphqls";

    private final GraphQL graphQL;
    private final QueryLimits limits;
    private final DocumentCache documents;

    private StandoffGraphQL(GraphQL graphQL, QueryLimits limits, DocumentCache documents) {
        this.graphQL = graphQL;
        this.limits = limits;
        this.documents = documents;
    }

    /** The API over {@code store} under {@code limits}; {@code history} answers from the store's edit history. */
    public static StandoffGraphQL create(Store store, QueryLimits limits) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(limits, "limits");
        TypeDefinitionRegistry types = new SchemaParser().parse(schemaText());
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .codeRegistry(GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(NodeProperties.FACTORY))
                .scalar(VersionScalar.TYPE);
        new QueryResolvers(store).wire(wiring);
        new CorpusQueryResolvers(store).wire(wiring);
        new DocumentResolvers().wire(wiring);
        new DocumentListResolvers().wire(wiring);
        new SpanResolvers().wire(wiring);
        new EntityResolvers().wire(wiring);
        new AttributionResolvers().wire(wiring);
        new ClaimResolvers().wire(wiring);
        new AnnotationMutations(store).wire(wiring);
        new DocumentMutations(store).wire(wiring);
        new PeopleResolvers(store).wire(wiring);
        new RevisionResolvers(store).wire(wiring);
        new ExchangeResolvers().wire(wiring);
        new AgreementResolvers(store).wire(wiring);
        CopyResolvers copies = new CopyResolvers(store);
        copies.wire(wiring);
        new CurationResolvers(store, copies).wire(wiring);
        GraphQLSchema schema = Guards.protect(new SchemaGenerator().makeExecutableSchema(types, wiring.build()));
        DocumentCache documents = new DocumentCache(parseOptions(limits));
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new SafeErrors())
                .instrumentation(LimitInstrumentations.of(limits))
                .preparsedDocumentProvider(documents)
                .build();
        return new StandoffGraphQL(graphQL, limits, documents);
    }

    /**
     * Whether every operation in {@code query} is a query. Every operation counts, whatever the
     * request's operation name: graphql-java and this check once disagreed on which operation an empty
     * name selects, and a GET ran a mutation. A text the server has run is not parsed again (its parse
     * is kept, {@link DocumentCache}). Text that does not parse is left to execution, which answers the
     * syntax error without running anything.
     */
    public boolean onlyQueries(String query) {
        Document document = documents.parsed(query);
        if (document == null) {
            try {
                document = Parser.parse(query);
            } catch (InvalidSyntaxException e) {
                return true;
            }
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
    }

    /** The schema's SDL text, as shipped. */
    public static String schemaText() {
        try (InputStream in = StandoffGraphQL.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one request as {@link Viewer#LOCAL}, who may do everything: {@link #execute(GraphQLRequest, Viewer)}. */
    public CompletableFuture<Map<String, Object>> execute(GraphQLRequest request) {
        return execute(request, Viewer.LOCAL);
    }

    /**
     * Runs one request of {@code viewer}, whose role decides which root fields it may run (a refused
     * field answers null with an UNAUTHENTICATED or FORBIDDEN error), and answers its result in the specification's form, every error with an
     * {@code extensions.code}. With {@code extensions.statistics == true} in the request, the answer's
     * extensions report the data loaders' batch statistics.
     */
    public CompletableFuture<Map<String, Object>> execute(GraphQLRequest request, Viewer viewer) {
        Optional<Map<String, Object>> refused = RequestStrings.refusal(request);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused.get());
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        DataLoaderRegistry loaders = Loader.newRegistry();
        boolean statistics = Boolean.TRUE.equals(request.extensions().get("statistics"));
        // a small context: graphql-java reads it several times per field. The parser's and
        // validation's limits are added by DocumentCache when a query is parsed.
        Map<Object, Object> context = new HashMap<>(8);
        context.put(LimitInstrumentations.DEADLINE_KEY, deadline);
        ResponseBudget budget = new ResponseBudget(limits.maxResponseBytes());
        context.put(LimitInstrumentations.BUDGET_KEY, budget);
        context.put(Viewer.class, Objects.requireNonNull(viewer, "viewer"));
        // dispatch the loaders when execution has no other work left, not level by level: the same
        // batches here, at less bookkeeping per field
        context.put(DataLoaderDispatchingContextKeys.ENABLE_DATA_LOADER_EXHAUSTED_DISPATCHING, true);
        if (statistics) {
            context.put(Loader.STATISTICS_KEY, true);
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .dataLoaderRegistry(loaders)
                .graphQLContext(context)
                .build();
        CompletableFuture<ExecutionResult> running = graphQL.executeAsync(input);
        if (!running.isDone()) {
            // only a request still running needs the timer (every fetcher is synchronous today)
            running = running.orTimeout(limits.timeout().toMillis() + 1, TimeUnit.MILLISECONDS);
        }
        return running
                .handle((result, failure) -> failure == null
                        ? answer(result, request, loaders, budget)
                        : timedOut(failure));
    }

    /** What parsing and validation read from the {@code GraphQLContext}: the parser's limits and graphql-java's own. */
    private static Map<Object, Object> parseOptions(QueryLimits limits) {
        return Map.of(
                ParserOptions.class, ParserOptions.newParserOptions()
                        .maxTokens(limits.maxTokens())
                        .maxCharacters(1_048_576)
                        .maxWhitespaceTokens(200_000)
                        .maxRuleDepth(500)
                        .build(),
                QueryComplexityLimits.KEY, QueryComplexityLimits.newLimits()
                        .maxDepth(Math.max(25, limits.maxDepth())).maxFieldsCount(10_000).build());
    }

    private static Map<String, Object> answer(ExecutionResult result, GraphQLRequest request, DataLoaderRegistry loaders,
                                              ResponseBudget budget) {
        if (budget.isSpent()) {
            return limitExceeded(budget.message());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            answer.put("errors", ErrorCodes.toSpecification(result.getErrors()));
        }
        if (result.isDataPresent()) {
            answer.put("data", result.getData());
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (Boolean.TRUE.equals(request.extensions().get("statistics"))) {
            extensions.put("dataLoaderStatistics", loaders.getStatistics().toMap());
        }
        if (!extensions.isEmpty()) {
            answer.put("extensions", extensions);
        }
        return answer;
    }

    /** The answer to an execution that failed as a whole: over its time, or (logged) anything else. */
    private Map<String, Object> timedOut(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return limitExceeded("the query ran longer than " + limits.timeout().toMillis() + " ms");
        }
        LOG.error("the execution failed", cause);
        return errorAnswer(ErrorCode.INTERNAL, "Internal server error");
    }

    /** An answer without data: one LIMIT_EXCEEDED error with {@code message}. */
    public static Map<String, Object> limitExceeded(String message) {
        return errorAnswer(ErrorCode.LIMIT_EXCEEDED, message);
    }

    private static Map<String, Object> errorAnswer(ErrorCode code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).errorType(code)
                .extensions(Map.of("code", code.name())).build();
        return new LinkedHashMap<>(Map.of("errors", ErrorCodes.toSpecification(List.of(error))));
    }

    /** The limits requests run under. */
    public QueryLimits limits() {
        return limits;
    }
}
