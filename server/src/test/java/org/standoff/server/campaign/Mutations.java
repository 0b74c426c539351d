package org.standoff.server.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.server.TestServer;

/** A GraphQL client for the campaigns: one entity created per call, against an expected version. */
final class Mutations {
    private static final String CREATE = "mutation ($v: Version!, $id: ID!, $name: String!) { createEntity(documentId: \"jiang\","
            + " expectedVersion: $v, entity: {id: $id, canonicalName: $name, entityType: OTHER}) { version"
            + " errors { code message } } }";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    Mutations(String url) {
        this.url = url;
    }

    /** The outcome of one attempt: acknowledged at a version, refused for a stale version, or no answer. */
    record Outcome(boolean acknowledged, boolean conflict, int version) {
    }

    /** The document's current version. */
    int version() throws IOException, InterruptedException {
        return post("{ document(id: \"jiang\") { version } }", Map.of()).at("/data/document/version").asInt();
    }

    /** Creates entity {@code id} if the document is at {@code version}. */
    Outcome create(String id, int version) throws IOException, InterruptedException {
        JsonNode answer = post(CREATE, Map.of("v", version, "id", id, "name", id));
        JsonNode payload = answer.at("/data/createEntity");
        if (payload.isObject() && payload.get("errors").isEmpty() && !answer.has("errors")) {
            return new Outcome(true, false, payload.get("version").asInt());
        }
        String code = answer.at("/errors/0/extensions/code").asText(payload.at("/errors/0/code").asText());
        if (!"CONFLICT".equals(code)) {
            throw new AssertionError("unexpected answer: " + answer);
        }
        return new Outcome(false, true, version);
    }

    private JsonNode post(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.write(body), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
        return TestServer.parse(response.body());
    }
}
