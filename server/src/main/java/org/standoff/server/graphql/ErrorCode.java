package org.standoff.server.graphql;

import graphql.ErrorClassification;

/**
 * The value of {@code extensions.code} on every error the API answers. The list is part of the API
 * and documented in docs/API.md.
 */
public enum ErrorCode implements ErrorClassification {
    /** The request or an argument is malformed: bad JSON body, bad cursor, offsets out of range. */
    BAD_REQUEST,
    /** The query text is not GraphQL. */
    GRAPHQL_PARSE_FAILED,
    /** The query does not fit the schema, or its variables do not fit their types. */
    GRAPHQL_VALIDATION_FAILED,
    /** No document or annotation has the given id. */
    NOT_FOUND,
    /** The document's version is not the {@code expectedVersion} of a mutation. */
    CONFLICT,
    /** A mutation would add validation errors; nothing was written. */
    INVALID_ANNOTATION,
    /** A limit was exceeded: depth, complexity, page size, tokens, time. */
    LIMIT_EXCEEDED,
    /**
     * The operation needs a signed-in account and the request has no token ({@code Authorization: Bearer
     * TOKEN}); also the whole request's code, with HTTP status 401, when its token is malformed, unknown
     * or revoked.
     */
    UNAUTHENTICATED,
    /** The signed-in account's role does not allow the operation. */
    FORBIDDEN,
    /** The server was started with {@code --read-only}. */
    READ_ONLY,
    /** The store's database cannot be reached now; nothing was written. Retry later. */
    UNAVAILABLE,
    /**
     * The request names its query by the hash of a persisted query (Apollo's convention) that the server
     * does not know; the message is {@code PersistedQueryNotFound}. The client sends the text with the hash.
     */
    PERSISTED_QUERY_NOT_FOUND,
    /** Something failed inside the server; details are in its log, not in the answer. */
    INTERNAL
}
