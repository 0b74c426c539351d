package org.standoff.server.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.core.text.OffsetIndex;

/**
 * The check that every string of a request is well-formed Unicode: the query text (and so every
 * string literal in it), the operation name, and every variable, input field and extension value
 * at any depth, map keys included. A lone surrogate cannot be stored in a UTF-8 file, so an edit
 * carrying one would be acknowledged and then change on the next restart; it is refused before
 * anything runs, with {@code BAD_REQUEST} and the place it was found (for a map key, the map's
 * place).
 *
 * <p>Example: variables {@code {"lemma": "A\\ud800B"}} answer
 * {@code {"errors": [{"message": "/variables/lemma holds an unpaired surrogate U+D800 at index 1: …",
 * "extensions": {"code": "BAD_REQUEST", "pointer": "/variables/lemma"}}]}}. (A {@code \\ud800}
 * escape inside a GraphQL string literal is refused by graphql-java's parser already, with
 * {@code GRAPHQL_PARSE_FAILED}.)
 */
final class RequestStrings {
    private RequestStrings() {
    }

    /** The answer refusing {@code request}, or empty when all its strings are well-formed. */
    static Optional<Map<String, Object>> refusal(GraphQLRequest request) {
        String pointer = firstLoneSurrogate(request.query(), "/query");
        if (pointer == null && request.operationName() != null) {
            pointer = firstLoneSurrogate(request.operationName(), "/operationName");
        }
        if (pointer == null) {
            pointer = firstLoneSurrogate(request.variables(), "/variables");
        }
        if (pointer == null) {
            pointer = firstLoneSurrogate(request.extensions(), "/extensions");
        }
        if (pointer == null) {
            return Optional.empty();
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_REQUEST.name());
        extensions.put("pointer", pointer);
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorCode.BAD_REQUEST)
                .message(pointer + " holds an unpaired surrogate: strings must be well-formed Unicode;"
                        + " nothing was run")
                .extensions(extensions).build();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errors", ErrorCodes.toSpecification(List.of(error)));
        return Optional.of(answer);
    }

    /** The JSON pointer of the first string under {@code value} holding a lone surrogate, or {@code null}. */
    private static String firstLoneSurrogate(Object value, String pointer) {
        if (value instanceof String) {
            return OffsetIndex.firstLoneSurrogate((String) value) < 0 ? null : pointer;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (OffsetIndex.firstLoneSurrogate(key) >= 0) {
                    // the object's pointer: a pointer through the key could not be printed
                    return pointer;
                }
                String found = firstLoneSurrogate(entry.getValue(),
                        pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                String found = firstLoneSurrogate(list.get(i), pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
