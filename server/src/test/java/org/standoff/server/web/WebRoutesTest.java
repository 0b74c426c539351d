package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** The web page's routes over HTTP, next to the GraphQL, GraphiQL and health routes they must not shadow. */
class WebRoutesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, int status, String contentType) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith(contentType);
        return response;
    }

    @Test
    void servesThePageAtTheRootAndForEveryDocument() {
        assertThat(get("/", 200, "text/html").body()).contains("<div id=\"text\"", "/web/js/app.js");
        assertThat(get("/read/jiang", 200, "text/html").body()).isEqualTo(server.get("/").body());
        assertThat(get("/?doc=jiang", 200, "text/html").body()).isEqualTo(server.get("/").body());
    }

    @Test
    void servesThePageFilesFromTheClasspath() {
        assertThat(get("/web/js/app.js", 200, "text/javascript").body()).contains("import");
        assertThat(get("/web/js/segments.js", 200, "text/javascript").body()).contains("export function segment");
        get("/web/style.css", 200, "text/css");
        get("/web/no-such-file.js", 404, "application/json");
    }

    @Test
    void leavesTheOtherRoutesAlone() {
        assertThat(get("/graphql?query=%7Bcorpus%7BdocumentCount%7D%7D", 200, "application/json").body())
                .isEqualTo("{\"data\":{\"corpus\":{\"documentCount\":1}}}");
        assertThat(get("/graphiql", 200, "text/html").body()).contains("GraphiQL");
        assertThat(get("/health", 200, "application/json").body()).contains("\"status\":\"UP\"");
    }
}
