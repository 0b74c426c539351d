package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Host and Origin checks (DNS rebinding, cross-site POSTs), CORS only for configured origins, and the
 * security headers on every answer.
 */
class BrowserOriginTest {
    private static final byte[] DELETE = TestServer.write(Map.of("query",
            "mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }")).getBytes(StandardCharsets.UTF_8);
    private static final byte[] COUNT = TestServer.write(Map.of("query", "{ corpus { documentCount } }"))
            .getBytes(StandardCharsets.UTF_8);

    private TestServer server;

    private TestServer start(HttpPolicy policy) {
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT.withHttp(policy));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int port() {
        return server.server().port();
    }

    private int documents() {
        return server.graphql("{ corpus { documentCount } }").at("/data/corpus/documentCount").asInt();
    }

    private static String code(RawHttp.Response response) {
        return TestServer.parse(response.body()).at("/errors/0/extensions/code").asText();
    }

    @Test
    void aRebindingNameIsRefused() {
        start(HttpPolicy.DEFAULT);
        for (String host : new String[] {"evil.example", "evil.example:" + port(), "127.0.0.1.evil.example", "LOCALHOST.evil"}) {
            RawHttp.Response answer = RawHttp.post(port(), "/graphql", host, "application/json", DELETE);
            assertThat(answer.status()).as(host).isEqualTo(403);
            assertThat(code(answer)).isEqualTo("FORBIDDEN");
            assertThat(TestServer.parse(answer.body()).at("/errors/0/message").asText())
                    .contains("--allowed-host " + host.replace(":" + port(), "").toLowerCase(java.util.Locale.ROOT));
            assertThat(RawHttp.request(port(), "GET", "/", host).status()).isEqualTo(403);
        }
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void theBoundAddressLocalhostAndAllowedNamesAreServed() {
        start(HttpPolicy.DEFAULT.withAllowedHosts(List.of("Annotate.Example")));
        for (String host : new String[] {"127.0.0.1:" + port(), "127.0.0.1", "localhost:" + port(), "LocalHost",
                "annotate.example:" + port(), "ANNOTATE.EXAMPLE"}) {
            RawHttp.Response answer = RawHttp.post(port(), "/graphql", host, "application/json", COUNT);
            assertThat(answer.status()).as(host).isEqualTo(200);
            assertThat(TestServer.parse(answer.body()).at("/data/corpus/documentCount").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aPostFromAnotherOriginIsRefused() {
        start(HttpPolicy.DEFAULT);
        String host = "127.0.0.1:" + port();
        for (String origin : new String[] {"http://evil.example", "null", "https://127.0.0.1:" + port(), "http://127.0.0.1:1",
                "http://localhost.evil.example:" + port()}) {
            RawHttp.Response answer = RawHttp.post(port(), "/graphql", host, "application/json", DELETE, "Origin: " + origin);
            assertThat(answer.status()).as(origin).isEqualTo(403);
            assertThat(code(answer)).isEqualTo("FORBIDDEN");
            assertThat(documents()).isEqualTo(1);
        }
        for (String origin : new String[] {"http://127.0.0.1:" + port(), "http://localhost:" + port()}) {
            assertThat(RawHttp.post(port(), "/graphql", host, "application/json", COUNT, "Origin: " + origin).status())
                    .as(origin).isEqualTo(200);
        }
        RawHttp.Response sameOrigin = RawHttp.post(port(), "/graphql", host, "application/json", DELETE,
                "Origin: http://127.0.0.1:" + port());
        assertThat(sameOrigin.status()).isEqualTo(200);
        assertThat(documents()).isZero();
    }

    @Test
    void corsIsOffByDefault() {
        start(HttpPolicy.DEFAULT);
        RawHttp.Response preflight = RawHttp.request(port(), "OPTIONS", "/graphql", "127.0.0.1:" + port(),
                "Origin: https://app.example", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        RawHttp.Response post = RawHttp.post(port(), "/graphql", "127.0.0.1:" + port(), "application/json", COUNT,
                "Origin: https://app.example");
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void corsAnswersExactlyTheConfiguredOrigins() {
        start(HttpPolicy.DEFAULT.withCorsOrigins(List.of("https://app.example")));
        String host = "127.0.0.1:" + port();
        RawHttp.Response preflight = RawHttp.request(port(), "OPTIONS", "/graphql", host, "Origin: https://app.example",
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        RawHttp.Response post = RawHttp.post(port(), "/graphql", host, "application/json", COUNT, "Origin: https://app.example");
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        for (String other : new String[] {"https://app.example.evil", "http://app.example", "https://evil.example"}) {
            RawHttp.Response refused = RawHttp.request(port(), "OPTIONS", "/graphql", host, "Origin: " + other,
                    "Access-Control-Request-Method: POST");
            assertThat(refused.header("Access-Control-Allow-Origin")).as(other).isNull();
            assertThat(RawHttp.post(port(), "/graphql", host, "application/json", COUNT, "Origin: " + other).status())
                    .as(other).isEqualTo(403);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        start(HttpPolicy.DEFAULT);
        String host = "127.0.0.1:" + port();
        for (String path : new String[] {"/", "/read/jiang", "/graphiql", "/web/style.css", "/web/js/app.js", "/health",
                "/graphql?query=%7B__typename%7D", "/nope", "/webjars/graphiql/2.4.7/graphiql.min.css"}) {
            RawHttp.Response answer = RawHttp.request(port(), "GET", path, host);
            assertThat(answer.header("Content-Security-Policy")).as(path).isEqualTo(RequestGuard.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'").contains("script-src 'self';").doesNotContain("unsafe");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
        RawHttp.Response forbidden = RawHttp.request(port(), "GET", "/", "evil.example");
        assertThat(forbidden.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hostNamesAreComparedWithoutPortOrCase() {
        assertThat(RequestGuard.hostName("LocalHost:8080")).isEqualTo("localhost");
        assertThat(RequestGuard.hostName("[::1]:8080")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(RequestGuard.hostName("[0:0::1]")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(RequestGuard.hostName("example.org")).isEqualTo("example.org");
        assertThat(RequestGuard.isWildcard("0.0.0.0")).isTrue();
        assertThat(RequestGuard.isWildcard("::")).isTrue();
        assertThat(RequestGuard.isWildcard("127.0.0.1")).isFalse();
        assertThat(RequestGuard.isWildcard("example.org")).isFalse();
    }
}
