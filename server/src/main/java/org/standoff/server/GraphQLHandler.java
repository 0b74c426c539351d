package org.standoff.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.standoff.core.model.Fingerprint;
import org.standoff.server.auth.Access;
import org.standoff.server.auth.Viewer;
import org.standoff.server.graphql.ErrorCode;
import org.standoff.server.graphql.GraphQLRequest;
import org.standoff.server.graphql.StandoffGraphQL;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;

/**
 * The GraphQL-over-HTTP transport: {@code POST /graphql} with an {@code application/json} body
 * {@code {query, operationName, variables, extensions}}, and {@code GET /graphql?query=…} for queries
 * only (a mutation over GET is 405). Answers are {@code application/json}, status 200 even when the
 * result has errors; a body that is not such JSON is 400, one over the size limit 413, one that arrives
 * too slowly 408 (see {@link BodyReader}). Either may name its query by hash ({@link PersistedQueries}).
 * A query's answer may come from the {@link ResponseCache}; an answer to a GET without errors carries an
 * {@code ETag} derived from the request, the viewer and the corpus version, and a GET whose
 * {@code If-None-Match} names the current one is answered {@code 304 Not Modified} without running.
 */
final class GraphQLHandler {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The context attribute that holds the request's {@link Viewer}. */
    private static final String VIEWER = "standoff.viewer";

    private final StandoffGraphQL graphQL;
    private final BodyReader bodies;
    private final Store store;
    private final ResponseCache responses;
    private final PersistedQueries persisted;

    GraphQLHandler(StandoffGraphQL graphQL, BodyReader bodies, Store store, ResponseCache responses,
                   PersistedQueries persisted) {
        this.graphQL = graphQL;
        this.bodies = bodies;
        this.store = store;
        this.responses = responses;
        this.persisted = persisted;
    }

    void post(Context ctx) {
        if (!isJson(ctx.contentType())) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "POST /graphql needs Content-Type: application/json");
        }
        byte[] raw = bodies.read(ctx);
        GraphQLRequest request;
        try {
            request = parseBody(raw);
        } catch (PersistedQueries.NotFound e) {
            persistedQueryNotFound(ctx);
            return;
        }
        run(ctx, request, false);
    }

    void get(Context ctx) {
        requireUtf8(ctx.queryString());
        String query = ctx.queryParam("query");
        Map<String, Object> extensions = jsonObject(ctx.queryParam("extensions"), "extensions");
        if (query == null && !extensions.containsKey(PersistedQueries.EXTENSION)) {
            throw new BadRequestResponse("GET /graphql needs a 'query' parameter");
        }
        try {
            query = persisted.resolve(query, extensions);
        } catch (PersistedQueries.NotFound e) {
            persistedQueryNotFound(ctx);
            return;
        }
        GraphQLRequest request = new GraphQLRequest(query, ctx.queryParam("operationName"),
                jsonObject(ctx.queryParam("variables"), "variables"), extensions);
        if (!graphQL.onlyQueries(request.query())) {
            throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                    "GET /graphql answers queries only; send mutations with POST and Content-Type: application/json");
        }
        run(ctx, request, true);
    }

    /**
     * Whether a Content-Type header names {@code application/json} (parameters such as a charset
     * allowed). The simple-request types a cross-site form can send ({@code text/plain},
     * {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) are not JSON, so a
     * browser must ask first (CORS preflight) before it can send a mutation.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return type.equalsIgnoreCase("application/json");
    }

    /**
     * Finds who sent the request ({@link Access#viewer}) and keeps it for {@link #run}; a request carrying
     * {@code Forwarded} or {@code X-Forwarded-For} came through a proxy.
     */
    static void signIn(Context ctx, Access access) {
        boolean proxied = ctx.header("Forwarded") != null || ctx.header("X-Forwarded-For") != null;
        ctx.attribute(VIEWER, access.viewer(ctx.header("Authorization"), proxied));
    }

    /**
     * Answers {@code request}: 304 when it is a GET whose {@code If-None-Match} names the current ETag, the
     * kept answer when the response cache has one, else by running it (and keeping the answer when it may).
     */
    private void run(Context ctx, GraphQLRequest request, boolean get) {
        Viewer viewer = ctx.attribute(VIEWER);
        // only an answer to queries is kept or gets an ETag (a GET holds only queries): a mutation does
        // not ask the store for the corpus version
        boolean keepable = (responses.isOn() || get) && ResponseCache.mayKeep(request)
                && (get || graphQL.onlyQueries(request.query()));
        String version = keepable ? corpusVersion() : null;
        if (version == null) {
            execute(ctx, request, viewer, null, null);
            return;
        }
        String etag = get ? etag(ctx.queryString(), viewer, version) : null;
        if (etag != null && matches(ctx.header("If-None-Match"), etag)) {
            cacheHeaders(ctx, etag);
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ResponseCache.Key key = responses.isOn() ? ResponseCache.key(request, viewer, version) : null;
        byte[] kept = key == null ? null : responses.get(key);
        if (kept != null) {
            send(ctx, kept, etag);
        } else {
            execute(ctx, request, viewer, key, etag);
        }
    }

    /** The store's corpus version, or null when the store cannot say now (the request then just runs). */
    private String corpusVersion() {
        try {
            return store.corpusVersion();
        } catch (StoreException.Unavailable e) {
            return null;
        }
    }

    /** Runs {@code request}; keeps its answer under {@code key} (when not null) if it may be kept. */
    private void execute(Context ctx, GraphQLRequest request, Viewer viewer, ResponseCache.Key key, String etag) {
        long deadline = System.nanoTime() + graphQL.limits().timeout().toNanos();
        CompletableFuture<Map<String, Object>> answer = graphQL.execute(request, viewer);
        if (answer.isDone()) {
            // the usual case, every fetcher being synchronous: answer on this thread, without
            // suspending the request as an asynchronous one
            write(ctx, answer.join(), deadline, request, key, etag);
        } else {
            ctx.future(() -> answer.thenAccept(result -> write(ctx, result, deadline, request, key, etag)));
        }
    }

    /**
     * Writes the answer within the response cap and the request's deadline, or LIMIT_EXCEEDED instead.
     * An answer without errors gets the ETag and is kept when there is a key (there is one only for a
     * text that holds only queries); one with errors (some, like a timeout, depend on more than the corpus) neither.
     */
    private void write(Context ctx, Map<String, Object> answer, long deadline, GraphQLRequest request,
                       ResponseCache.Key key, String etag) {
        byte[] json;
        boolean clean = !answer.containsKey("errors");
        try {
            json = AnswerJson.write(JSON, answer, graphQL.limits().maxResponseBytes(), deadline);
        } catch (AnswerJson.LimitReached e) {
            json = AnswerJson.write(JSON, StandoffGraphQL.limitExceeded(e.getMessage()));
            clean = false;
        }
        if (clean && key != null) {
            responses.put(key, json);
        }
        send(ctx, json, clean ? etag : null);
    }

    private static void send(Context ctx, byte[] json, String etag) {
        if (etag != null) {
            cacheHeaders(ctx, etag);
        }
        ctx.contentType("application/json").result(json);
    }

    /**
     * The validators of an answer to a GET: its ETag, and that any cache must ask again before reusing
     * it ({@code no-cache}) and only for the same user ({@code private}: the answer depends on the viewer).
     */
    private static void cacheHeaders(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
    }

    /**
     * The ETag of a GET's answer: the SHA-256 of its query string (the query, its variables and operation
     * name), the viewer and the corpus version, so it changes when any of them does.
     */
    static String etag(String queryString, Viewer viewer, String corpusVersion) {
        String hash = Fingerprint.sha256Hex(queryString + '\n' + viewer.name() + '\n' + viewer.role() + '\n' + corpusVersion);
        return '"' + hash.substring(0, 32) + '"';
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Apollo's answer to a hash this server does not know: the client sends the query text with it. */
    private static void persistedQueryNotFound(Context ctx) {
        Map<String, Object> error = Map.of("message", PersistedQueries.NOT_FOUND_MESSAGE,
                "extensions", Map.of("code", ErrorCode.PERSISTED_QUERY_NOT_FOUND.name()));
        ctx.contentType("application/json").result(AnswerJson.write(JSON, Map.of("errors", List.of(error))));
    }

    private GraphQLRequest parseBody(byte[] raw) {
        Object body;
        try {
            body = JSON.readValue(raw, Object.class);
        } catch (IOException e) {
            throw new BadRequestResponse("the request body is not valid JSON");
        }
        if (!(body instanceof Map)) {
            throw new BadRequestResponse("the request body must be a JSON object");
        }
        Map<?, ?> map = (Map<?, ?>) body;
        Object query = map.get("query");
        if (query != null && !(query instanceof String)) {
            throw new BadRequestResponse("'query' must be a string");
        }
        Object operationName = map.get("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw new BadRequestResponse("'operationName' must be a string or absent");
        }
        Map<String, Object> extensions = objectOrNull(map.get("extensions"), "extensions");
        return new GraphQLRequest(persisted.resolve((String) query, extensions), (String) operationName,
                objectOrNull(map.get("variables"), "variables"), extensions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOrNull(Object value, String name) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new BadRequestResponse("'" + name + "' must be a JSON object or absent");
        }
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> jsonObject(String text, String name) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        try {
            return objectOrNull(JSON.readValue(text, Object.class), name);
        } catch (IOException e) {
            throw new BadRequestResponse("'" + name + "' is not valid JSON");
        }
    }

    /**
     * Refuses a query string whose percent-encoded bytes are not UTF-8: decoded leniently they would
     * become U+FFFD and be taken for what the client meant.
     */
    private static void requireUtf8(String queryString) {
        if (queryString == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(queryString.length());
        for (int i = 0; i < queryString.length(); i++) {
            char c = queryString.charAt(i);
            int high = c == '%' && i + 2 < queryString.length() ? Character.digit(queryString.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(queryString.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?'); // a raw non-ASCII character: Jetty already decoded it as UTF-8
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("the query string is not valid UTF-8");
        }
    }
}
