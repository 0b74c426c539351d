package org.standoff.server.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every error of a result an {@code extensions.code}: graphql-java's own errors (syntax,
 * validation, aborted execution) carry only a classification, so their code is derived from it here.
 */
final class ErrorCodes {
    private ErrorCodes() {
    }

    /** The errors in their specification form, each with {@code extensions.code}. */
    static List<Map<String, Object>> toSpecification(List<GraphQLError> errors) {
        List<Map<String, Object>> answered = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) spec.get("extensions");
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", given != null && given.get("code") != null ? given.get("code") : codeOf(error).name());
            if (given != null) {
                given.forEach(extensions::putIfAbsent);
            }
            spec.put("extensions", extensions);
            answered.add(spec);
        }
        return answered;
    }

    static ErrorCode codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type instanceof ErrorCode) {
            return (ErrorCode) type;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return ErrorCode.LIMIT_EXCEEDED; // introspection that repeats cycles or grows too big
        }
        if (error instanceof ValidationError) {
            Object validationType = ((ValidationError) error).getValidationErrorType();
            boolean limit = validationType == ValidationErrorType.MaxQueryDepthExceeded
                    || validationType == ValidationErrorType.MaxQueryFieldsExceeded
                    || validationType == ValidationErrorType.MaxValidationErrorsReached;
            return limit ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        if (type == ErrorType.InvalidSyntax) {
            String message = String.valueOf(error.getMessage());
            return message.contains("parsing has been cancelled") ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        if (type == ErrorType.ExecutionAborted) {
            return ErrorCode.LIMIT_EXCEEDED;
        }
        if (type == ErrorType.OperationNotSupported) {
            return ErrorCode.BAD_REQUEST;
        }
        return ErrorCode.INTERNAL;
    }
}
