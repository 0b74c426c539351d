package org.standoff.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import org.standoff.server.auth.Viewer;
import org.standoff.server.graphql.GraphQLRequest;

/**
 * The answers of earlier queries, kept as the bytes sent, bounded by their size. An answer is a pure
 * function of the request (query text, operation name, variables), of who asks (the {@link Viewer}: name
 * and role, so an annotator's copies and a role's refusals are never served to another viewer) and of
 * the corpus it read, named by the store's {@link org.standoff.server.store.Store#corpusVersion()}
 * token. The key holds all of them: a write moves the token, so no later request can find an answer
 * made before it, and the old answers age out of the bound. Kept: answers without errors to
 * documents made only of queries, without extensions other than {@code persistedQuery}. Thread-safe.
 */
final class ResponseCache {
    /** What an answer depends on. */
    record Key(String query, String operationName, Map<String, Object> variables, Viewer viewer, String corpusVersion) {
    }

    private static final int ENTRY_OVERHEAD = 256;

    private final Cache<Key, byte[]> answers;

    /** A cache of at most about {@code maxBytes} of answers (and their keys); none when 0. */
    ResponseCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the response cache's size must be 0 (off) or positive: " + maxBytes);
        }
        this.answers = maxBytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, byte[] answer) -> answer.length + 2 * key.query().length() + ENTRY_OVERHEAD)
                .recordStats()
                .build();
    }

    boolean isOn() {
        return answers != null;
    }

    /**
     * Whether an answer to {@code request} may be kept: its extensions change nothing in the answer
     * ({@code statistics} adds the data loaders' figures, so such a request always runs).
     */
    static boolean mayKeep(GraphQLRequest request) {
        Map<String, Object> extensions = request.extensions();
        return extensions.isEmpty() || extensions.size() == 1 && extensions.containsKey(PersistedQueries.EXTENSION);
    }

    static Key key(GraphQLRequest request, Viewer viewer, String corpusVersion) {
        return new Key(request.query(), request.operationName(), request.variables(), viewer, corpusVersion);
    }

    /** The kept answer, or null. */
    byte[] get(Key key) {
        return answers == null ? null : answers.getIfPresent(key);
    }

    /** How many requests were answered from the cache since the start. */
    long hits() {
        return answers == null ? 0 : answers.stats().hitCount();
    }

    void put(Key key, byte[] answer) {
        if (answers != null) {
            answers.put(key, answer);
        }
    }
}
