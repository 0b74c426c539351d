package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a page on another site can make a browser on this machine send: a GET (a link, an image),
 * or a POST with a simple content type (a form). Neither may edit the corpus.
 */
class CrossSiteRequestTest {
    private static final String DELETE = "mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int documents() {
        return server.graphql("{ corpus { documentCount } }").at("/data/corpus/documentCount").asInt();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void getNeverRunsAMutationWhateverTheOperationName() {
        String named = "query Q { corpus { documentCount } } mutation M { deleteDocument(id: \"jiang\", expectedVersion: 1)"
                + " { version } }";
        String[] attacks = {
            "/graphql?query=" + encode(DELETE),
            "/graphql?operationName=&query=" + encode(DELETE),
            "/graphql?operationName=Q&query=" + encode(named),
            "/graphql?operationName=M&query=" + encode(named),
            "/graphql?operationName=&query=" + encode(named),
            "/graphql?operationName=Nope&query=" + encode(named),
        };
        for (String attack : attacks) {
            HttpResponse<String> answer = server.get(attack);
            assertThat(answer.statusCode()).as(attack).isEqualTo(405);
            assertThat(TestServer.parse(answer.body()).at("/errors/0/extensions/code").asText()).as(attack)
                    .isEqualTo("BAD_REQUEST");
            assertThat(documents()).as(attack).isEqualTo(1);
        }
    }

    @Test
    void getStillAnswersQueries() {
        HttpResponse<String> answer = server.get("/graphql?operationName=&query=" + encode("{ corpus { documentCount } }"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(TestServer.parse(answer.body()).at("/data/corpus/documentCount").asInt()).isEqualTo(1);
    }

    @Test
    void postNeedsJsonSoThatNoFormCanSendAMutation() {
        String body = TestServer.write(java.util.Map.of("query", DELETE));
        for (String type : new String[] {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp", "application/json-seq", null}) {
            HttpResponse<String> answer = server.post(body, type);
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertThat(TestServer.parse(answer.body()).at("/errors/0/extensions/code").asText()).as(type)
                    .isEqualTo("BAD_REQUEST");
            assertThat(documents()).as(type).isEqualTo(1);
        }
        assertThat(server.post(body, "Application/JSON; charset=utf-8").statusCode()).isEqualTo(200);
        assertThat(documents()).isZero();
    }
}
