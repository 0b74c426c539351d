package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/**
 * A lone surrogate in any string a request carries (a variable, an input field, a string literal
 * of the query, an operation name) is refused with {@code BAD_REQUEST} before anything runs: a
 * stored file is UTF-8, which cannot hold one, so accepting it would acknowledge an edit that a
 * restart changes. The bodies are written by hand, because a JSON library or
 * {@code String.getBytes} would replace the surrogate by {@code ?} before it is sent.
 */
class LoneSurrogateArgumentTest {
    private static final String UPDATE = "mutation($lemma: String) { updateCue(documentId: \\\"jiang\\\", expectedVersion: 1,"
            + " cue: {id: \\\"c1\\\", start: 99, end: 103, lemma: $lemma}) { version cue { lemma } } }";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // a variable that is an input field's value
            "{\"query\": \"" + UPDATE + "\", \"variables\": {\"lemma\": \"A\\ud800B\"}}",
            // a low surrogate alone, at the end of the string
            "{\"query\": \"" + UPDATE + "\", \"variables\": {\"lemma\": \"AB\\udfff\"}}",
            // the query text holds the surrogate itself, inside a string literal
            "{\"query\": \"mutation { updateCue(documentId: \\\"jiang\\\", expectedVersion: 1,"
                    + " cue: {id: \\\"c1\\\", start: 99, end: 103, lemma: \\\"A\\ud800B\\\"}) { version } }\"}",
            // a GraphQL escape in a string literal
            "{\"query\": \"mutation { updateCue(documentId: \\\"jiang\\\", expectedVersion: 1,"
                    + " cue: {id: \\\"c1\\\", start: 99, end: 103, lemma: \\\"A\\\\ud800B\\\"}) { version } }\"}",
            // an unused variable and the operation name
            "{\"query\": \"" + UPDATE + "\", \"variables\": {\"lemma\": \"x\", \"other\": [\"\\ud800\"]}}",
            "{\"query\": \"" + UPDATE + "\", \"operationName\": \"\\ud800\", \"variables\": {\"lemma\": \"x\"}}",
    })
    void isRefusedAndNothingIsStored(String body) {
        HttpResponse<String> response = server.post(body.getBytes(StandardCharsets.US_ASCII), "application/json");

        JsonNode answer = TestServer.parse(response.body());
        assertThat(answer.path("errors").size()).as(response.body()).isEqualTo(1);
        JsonNode error = answer.path("errors").get(0);
        assertThat(error.path("extensions").path("code").asText()).isIn("BAD_REQUEST", "GRAPHQL_PARSE_FAILED");
        assertThat(error.path("message").asText()).containsIgnoringCase("surrogate");
        assertThat(answer.path("data").path("updateCue").isMissingNode() || answer.path("data").path("updateCue").isNull()).isTrue();

        JsonNode stored = server.graphql("{ document(id: \"jiang\") { version } }");
        assertThat(stored.path("data").path("document").path("version").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A\\ud83d\\ude00B", "caf\\u00e9"})
    void aPairedSurrogateIsAnOrdinaryCharacter(String lemma) {
        String body = "{\"query\": \"" + UPDATE + "\", \"variables\": {\"lemma\": \"" + lemma + "\"}}";
        JsonNode answer = TestServer.parse(server.post(body.getBytes(StandardCharsets.US_ASCII), "application/json").body());

        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").path("updateCue").path("version").asInt()).isEqualTo(2);
    }
}
