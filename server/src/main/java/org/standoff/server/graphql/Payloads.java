package org.standoff.server.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * The answers of mutations: a payload map with the new {@code version}, the written value under its
 * kind's field, the {@code document}, and {@code errors}. A refused edit answers the unchanged version,
 * the diagnostics as {@code errors}, and one GraphQL error with code INVALID_ANNOTATION.
 */
final class Payloads {
    private Payloads() {
    }

    /** The payload of a successful write of {@code valueId} (null for a delete) in {@code next}. */
    static Map<String, Object> success(StoredDocument next, OffsetUnit unit, String field, Object value) {
        DocumentView view = new DocumentView(next, unit);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", next.version());
        payload.put(field, value == null ? null : view.node(value));
        payload.put("document", view);
        payload.put("errors", List.of());
        return payload;
    }

    /** The payload of a successful delete. */
    static Map<String, Object> deleted(long version, String deletedId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version);
        payload.put("deletedId", deletedId);
        payload.put("errors", List.of());
        return payload;
    }

    /** The answer to an edit the validator refused; {@code current} is the unchanged document, or null. */
    static DataFetcherResult<Map<String, Object>> invalid(DataFetchingEnvironment env, StoredDocument current,
                                                          OffsetUnit unit, StoreException.Invalid refusal) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", current == null ? 0 : current.version());
        payload.put("document", current == null ? null : new DocumentView(current, unit));
        payload.put("documents", List.of());
        payload.put("diagnostics", ExchangeFormats.diagnostics(refusal.diagnostics()));
        payload.put("errors", errors(refusal.diagnostics()));
        String first = refusal.diagnostics().isEmpty() ? "" : ": " + refusal.diagnostics().get(0).message();
        return DataFetcherResult.<Map<String, Object>>newResult()
                .data(payload)
                .error(GraphqlErrorBuilder.newError(env)
                        .message(refusal.getMessage() + first)
                        .errorType(ErrorCode.INVALID_ANNOTATION)
                        .extensions(Map.of("code", ErrorCode.INVALID_ANNOTATION.name()))
                        .build())
                .build();
    }

    /** {@code diagnostics} as {@code MutationError} objects. */
    static List<Map<String, Object>> errors(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", diagnostic.code());
            error.put("severity", diagnostic.severity().name());
            error.put("message", diagnostic.message());
            error.put("subject", diagnostic.subject());
            errors.add(error);
        }
        return errors;
    }
}
