package org.standoff.server.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failure a resolver reports to the client: a code and a message written for the client. Its
 * message and extensions reach the response as they are, so they must never hold internals.
 */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, Object> extensions;

    public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("code", code.name());
        copy.putAll(extensions);
        this.extensions = Collections.unmodifiableMap(copy);
    }

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException limitExceeded(String message) {
        return new ApiException(ErrorCode.LIMIT_EXCEEDED, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** {@code code} first, then any further entries, in order. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
