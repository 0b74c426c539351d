package org.standoff.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.BadRequestResponse;
import java.util.Map;
import org.standoff.core.model.Fingerprint;

/**
 * Automatic persisted queries in Apollo's convention: a request may carry
 * {@code extensions: {persistedQuery: {version: 1, sha256Hash: "…"}}} instead of (or with) its
 * {@code query}. With the text, the hash must be the SHA-256 of its UTF-8 bytes (else 400) and the text
 * is remembered under it; without, the remembered text is used, or the answer is the error
 * {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}) and the client sends the text
 * once. Bounded: at most about {@code maxChars} characters of texts, least recently used ones forgotten
 * first. Thread-safe.
 */
final class PersistedQueries {
    /** The request extension that names the query by its hash. */
    static final String EXTENSION = "persistedQuery";
    /** The message Apollo's clients look for, and the code. */
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

    private final Cache<String, String> texts;

    PersistedQueries(long maxChars) {
        this.texts = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .weigher((String hash, String text) -> hash.length() + text.length())
                .build();
    }

    /** Thrown when a request names a hash this server does not know: the client should send the text. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super(NOT_FOUND_MESSAGE, null, false, false);
        }
    }

    /**
     * The query text of a request: {@code query} itself when it has no persisted-query extension;
     * else checked against the hash and remembered, or (when null) the one remembered under the hash.
     *
     * @throws NotFound           when {@code query} is null and the hash is unknown
     * @throws BadRequestResponse when the extension is malformed, the hash does not match, or there is
     *                            neither a query nor the extension
     */
    String resolve(String query, Map<String, Object> extensions) {
        Object extension = extensions.get(EXTENSION);
        if (extension == null) {
            if (query == null) {
                throw new BadRequestResponse("'query' must be a string");
            }
            return query;
        }
        String hash = hashOf(extension);
        if (query == null) {
            String text = texts.getIfPresent(hash);
            if (text == null) {
                throw new NotFound();
            }
            return text;
        }
        if (!Fingerprint.sha256Hex(query).equals(hash)) {
            throw new BadRequestResponse("provided sha does not match query: extensions.persistedQuery.sha256Hash"
                    + " must be the SHA-256 of the query's UTF-8 bytes, in lower-case hex");
        }
        texts.put(hash, query);
        return query;
    }

    private static String hashOf(Object extension) {
        if (!(extension instanceof Map<?, ?> map)) {
            throw new BadRequestResponse("'extensions.persistedQuery' must be a JSON object");
        }
        Object version = map.get("version");
        if (!(version instanceof Number number) || number.intValue() != 1 || number.doubleValue() != 1) {
            throw new BadRequestResponse("Unsupported persisted query version: 'extensions.persistedQuery.version' must be 1");
        }
        Object hash = map.get("sha256Hash");
        if (!(hash instanceof String text) || text.length() != 64 || !isLowerHex(text)) {
            throw new BadRequestResponse("'extensions.persistedQuery.sha256Hash' must be 64 lower-case hex digits");
        }
        return text;
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
