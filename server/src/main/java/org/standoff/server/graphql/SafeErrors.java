package org.standoff.server.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.server.store.StoreException;

/**
 * Turns an exception thrown by a resolver into a GraphQL error that is safe to answer: known failures
 * (API and store exceptions) keep their message and get their code; anything else is logged and
 * answered as {@code "Internal server error"} with code INTERNAL, so no stack trace, class name or
 * internal message leaves the server.
 */
final class SafeErrors implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SafeErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = unwrap(parameters.getException());
        Map<String, Object> extensions = new LinkedHashMap<>();
        ErrorCode code = classify(exception, extensions);
        String message = code == ErrorCode.INTERNAL ? "Internal server error" : exception.getMessage();
        if (code == ErrorCode.INTERNAL) {
            LOG.error("resolver failed at {}", parameters.getPath(), exception);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("code", code.name());
        all.putAll(extensions);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .message(message)
                .errorType(code)
                .extensions(all)
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    private static ErrorCode classify(Throwable exception, Map<String, Object> extensions) {
        if (exception instanceof ApiException) {
            ApiException api = (ApiException) exception;
            extensions.putAll(api.extensions());
            return api.code();
        }
        if (exception instanceof StoreException.NotFound) {
            return ErrorCode.NOT_FOUND;
        }
        if (exception instanceof StoreException.VersionConflict) {
            StoreException.VersionConflict conflict = (StoreException.VersionConflict) exception;
            extensions.put("expectedVersion", conflict.expected());
            extensions.put("actualVersion", conflict.actual());
            return ErrorCode.CONFLICT;
        }
        if (exception instanceof StoreException.Invalid) {
            return ErrorCode.INVALID_ANNOTATION;
        }
        if (exception instanceof StoreException.ReadOnly) {
            return ErrorCode.READ_ONLY;
        }
        if (exception instanceof StoreException.Unavailable) {
            return ErrorCode.UNAVAILABLE;
        }
        if (exception instanceof StoreException.TooLong) {
            return ErrorCode.LIMIT_EXCEEDED;
        }
        return ErrorCode.INTERNAL;
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
