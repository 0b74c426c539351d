package org.standoff.server.graphql;

import graphql.ExecutionInput;
import graphql.language.Document;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps the parsed and validated form of the queries the server has seen, keyed by their text, so
 * that a client repeating a query (the usual case: a client sends a few fixed queries with varying
 * variables) skips parsing and validation. Parsing and validation depend only on the text, the schema
 * and the parser and validation limits, which are fixed for the server's life; the depth, cost and
 * time limits are checked on every execution, variables included.
 *
 * <p>Bounded: only queries of at most {@value #MAX_QUERY_CHARS} characters that parsed and validated
 * without error are kept, at most {@value #MAX_ENTRIES} of them; when full, the cache is emptied and
 * fills again (a simple bound: a client that sends ever new queries gets what it had without the
 * cache). Thread-safe.
 *
 * <p>Every query that is parsed goes through here, so this is where the parser's and validation's
 * limits ({@code parseOptions}: graphql-java reads them from the request's {@code GraphQLContext})
 * are put, on a miss only: a request answered from the cache carries a smaller context, which
 * graphql-java reads several times per field.
 */
final class DocumentCache implements PreparsedDocumentProvider {
    static final int MAX_ENTRIES = 500;
    static final int MAX_QUERY_CHARS = 20_000;

    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();
    private final Map<Object, Object> parseOptions;

    /** @param parseOptions the {@code GraphQLContext} entries that parsing and validation read */
    DocumentCache(Map<Object, Object> parseOptions) {
        this.parseOptions = Map.copyOf(parseOptions);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry = entries.get(query);
        if (entry == null) {
            input.getGraphQLContext().putAll(parseOptions);
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && query.length() <= MAX_QUERY_CHARS) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The kept parse of {@code query}, or null when it is not kept. */
    Document parsed(String query) {
        PreparsedDocumentEntry entry = entries.get(query);
        return entry == null ? null : entry.getDocument();
    }

    /** How many queries are kept now. */
    int size() {
        return entries.size();
    }
}
