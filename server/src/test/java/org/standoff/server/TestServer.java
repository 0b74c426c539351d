package org.standoff.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Validator;
import org.standoff.server.auth.People;
import org.standoff.server.store.CorpusSource;
import org.standoff.server.store.DirectoryStore;
import org.standoff.server.store.HistoryLog;
import org.standoff.server.store.Persistence;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoredDocument;

/** A real Standoff server on a free loopback port, and a JDK HTTP client to talk to it. */
public final class TestServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final StandoffServer server;
    private final Store store;

    private TestServer(StandoffServer server, Store store) {
        this.server = server;
        this.store = store;
    }

    /** A server over {@code documents}, in memory, with the default limits. */
    public static TestServer of(Document... documents) {
        return over(memoryStore(documents), ServerConfig.DEFAULT);
    }

    /** A server over {@code store} with {@code config} (its port replaced by 0). */
    public static TestServer over(Store store, ServerConfig config) {
        return new TestServer(StandoffServer.start(store, config.withPort(0).withHost("127.0.0.1")), store);
    }

    /** A server over {@code store} with {@code config} (its port replaced by 0), signing in against {@code people}. */
    public static TestServer over(Store store, ServerConfig config, People people) {
        return new TestServer(StandoffServer.start(store, config.withPort(0).withHost("127.0.0.1"), people), store);
    }

    /** A writable in-memory store of {@code documents}, each at version 1. */
    public static DirectoryStore memoryStore(Document... documents) {
        List<StoredDocument> stored = new ArrayList<>();
        for (Document document : documents) {
            stored.add(new StoredDocument(document, 1));
        }
        return new DirectoryStore(stored, CorpusSource.DIRECTORY, Persistence.NONE, HistoryLog.inMemory(), Validator::validate, false);
    }

    /** The store, as the directory store the in-memory test servers use. */
    public DirectoryStore store() {
        return (DirectoryStore) store;
    }

    public StandoffServer server() {
        return server;
    }

    /** POSTs {@code query} and returns the parsed answer; fails unless the status is 200. */
    public JsonNode graphql(String query) {
        return graphql(query, Map.of());
    }

    /** POSTs {@code query} with {@code variables} and returns the parsed answer; fails unless the status is 200. */
    public JsonNode graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = post(write(body), "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** POSTs {@code query} with {@code variables} and the extra request {@code headers} (e.g. Authorization); any status. */
    public HttpResponse<String> post(String query, Map<String, Object> variables, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/graphql")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** POSTs raw bytes to /graphql. */
    public HttpResponse<String> post(String body, String contentType) {
        return post(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public HttpResponse<String> post(byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/graphql")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** GETs {@code pathAndQuery} (e.g. {@code /health}). */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(server.url(pathAndQuery))).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
