package org.standoff.server.graphql;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of one request's answer is left for the fields that build a whole document as a string
 * ({@code standoffJson}, {@code export}): each is charged its size, in UTF-16 characters, as it is
 * built. Once the budget is spent no further such field is built, and the request is answered with
 * a LIMIT_EXCEEDED error instead of data, so a query with thousands of aliases of {@code standoffJson}
 * builds at most the budget plus one document. Thread-safe; one per request.
 */
final class ResponseBudget {
    private final long limit;
    private final AtomicLong spent = new AtomicLong();

    ResponseBudget(long limit) {
        this.limit = limit;
    }

    /** Refuses to build another document once the budget is spent. */
    void requireRoom() {
        if (isSpent()) {
            throw exceeded();
        }
    }

    /** Charges {@code answer}'s size (its strings' characters); refuses it when the budget is spent. */
    void charge(Object answer) {
        if (spent.addAndGet(size(answer)) > limit) {
            throw exceeded();
        }
    }

    boolean isSpent() {
        return spent.get() > limit;
    }

    /** The error a request that spent its budget is answered with. */
    String message() {
        return "the answer would be larger than " + limit + " bytes; ask for fewer documents or fields";
    }

    private ApiException exceeded() {
        return ApiException.limitExceeded(message());
    }

    private static long size(Object value) {
        if (value instanceof CharSequence) {
            return ((CharSequence) value).length();
        }
        long size = 0;
        if (value instanceof Map) {
            for (Object item : ((Map<?, ?>) value).values()) {
                size += size(item);
            }
        } else if (value instanceof Iterable) {
            for (Object item : (Iterable<?>) value) {
                size += size(item);
            }
        }
        return size;
    }
}
