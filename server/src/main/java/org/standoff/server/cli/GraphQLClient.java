package org.standoff.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends GraphQL requests to a running Standoff server: a JSON POST to {@code <server>/graphql} with
 * the JDK's HTTP client, the answer parsed with Jackson, signed in with the token in the environment
 * variable {@value #TOKEN_VARIABLE} when it is set (a token on the command line would show in the
 * process list and the shell's history). Thread-safe.
 */
final class GraphQLClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The environment variable that holds the token the commands sign in with. */
    static final String TOKEN_VARIABLE = "STANDOFF_TOKEN";

    private final URI endpoint;
    private final String token;

    /**
     * A client of the server at {@code server} ({@code http://host:port}, with or without {@code /graphql}),
     * signed in with {@value #TOKEN_VARIABLE} when it is set.
     */
    GraphQLClient(String server) {
        this(server, System.getenv(TOKEN_VARIABLE));
    }

    /** A client of the server at {@code server}, signed in with {@code token} (none when null or blank). */
    GraphQLClient(String server, String token) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.endpoint = URI.create(base.endsWith("/graphql") ? base : base + "/graphql");
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    URI endpoint() {
        return endpoint;
    }

    /**
     * Runs {@code query} with {@code variables} and returns the whole answer ({@code data} and
     * {@code errors}).
     *
     * @throws IOException when the server cannot be reached or does not answer JSON
     */
    JsonNode execute(String query, Map<String, Object> variables) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("the server answered HTTP " + response.statusCode() + " without JSON", e);
        }
    }

    /** The errors of an answer as lines {@code CODE: message}, or "" when there are none. */
    static String errors(JsonNode answer) {
        StringBuilder out = new StringBuilder();
        for (JsonNode error : answer.path("errors")) {
            out.append(out.length() == 0 ? "" : "\n").append(error.path("extensions").path("code").asText("ERROR"))
                    .append(": ").append(error.path("message").asText());
        }
        return out.toString();
    }
}
