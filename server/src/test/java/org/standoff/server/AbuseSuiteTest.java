package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.standoff.server.graphql.QueryLimits;

/**
 * The abuse suite: every hostile request of issue 22 against one real server with the default limits
 * (a 1 s body time). Each case asserts the HTTP status, the {@code extensions.code}, the time the server
 * took to refuse, and that a normal client's query kept its latency while the attack ran. The figures
 * are appended to {@code target/abuse-figures.md}; docs/RELIABILITY.md shows a run. Slow clients in
 * numbers are {@link SlowClientsTest}.
 */
class AbuseSuiteTest {
    /** Longer than any refusal may take: the query deadline plus the body time plus slack. */
    private static final Duration MAX_REFUSAL = QueryLimits.DEFAULT.timeout().plusSeconds(3);
    /** The normal client's slowest answer allowed while an attack runs (a loaded 2-core machine). */
    private static final Duration MAX_NORMAL_LATENCY = Duration.ofSeconds(3);

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang(), Fixtures.emoji()),
                ServerConfig.DEFAULT.withHttp(HttpPolicy.DEFAULT.withBodyTimeout(Duration.ofSeconds(1))));
        Latency.measure(server, 20); // warm up
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One hostile request and what it must be answered with. */
    record Case(String name, Function<Integer, RawHttp.Response> attack, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String host(int port) {
        return "127.0.0.1:" + port;
    }

    private static Function<Integer, RawHttp.Response> post(String query) {
        byte[] body = TestServer.write(Map.of("query", query)).getBytes(StandardCharsets.UTF_8);
        return port -> RawHttp.post(port, "/graphql", host(port), "application/json", body);
    }

    private static Function<Integer, RawHttp.Response> post(String contentType, byte[] body, String... headers) {
        return port -> RawHttp.post(port, "/graphql", host(port), contentType, body, headers);
    }

    private static Function<Integer, RawHttp.Response> get(String query, String operationName) {
        return port -> RawHttp.request(port, "GET", "/graphql?operationName=" + operationName + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), host(port));
    }

    private static String aliases(int count, String field) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" "));
    }

    private static final String DELETE = "mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }";
    private static final String NESTED = "documents(first: 100) { edges { node { entities(first: 100) { edges { node {"
            + " mentions(first: 100) { edges { node { entity { mentions(first: 100) { edges { node { text } } } } } } } } } } } } }";

    static Stream<Case> cases() {
        byte[] json = TestServer.write(Map.of("query", DELETE)).getBytes(StandardCharsets.UTF_8);
        byte[] fiftyMegabytes = new byte[50_000_000];
        java.util.Arrays.fill(fiftyMegabytes, (byte) ' ');
        fiftyMegabytes[0] = '{';
        ByteArrayOutputStream badUtf8 = new ByteArrayOutputStream();
        badUtf8.writeBytes("{\"query\": \"{ document(id: \\\"ji".getBytes(StandardCharsets.US_ASCII));
        badUtf8.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        badUtf8.writeBytes("\\\") { id } }\"}".getBytes(StandardCharsets.US_ASCII));
        String deep = "{ document(id: \"jiang\") { quotes { edges { node { speaker { entity { mentions { edges { node {"
                + " entity { mentions { edges { node { entity { mentions { edges { node { id } } } } } } } } } } } } } } } } } }";
        return Stream.of(
                new Case("mutation over GET, empty operation name", get(DELETE, ""), 405, "BAD_REQUEST"),
                new Case("mutation over GET, named", get("query Q { __typename } mutation M { deleteDocument(id: \"jiang\","
                        + " expectedVersion: 1) { version } }", "M"), 405, "BAD_REQUEST"),
                new Case("mutation as text/plain (a form)", post("text/plain", json), 415, "BAD_REQUEST"),
                new Case("mutation as a urlencoded form", post("application/x-www-form-urlencoded", json), 415, "BAD_REQUEST"),
                new Case("mutation as multipart", post("multipart/form-data; boundary=x", json), 415, "BAD_REQUEST"),
                new Case("no content type", post(null, json), 415, "BAD_REQUEST"),
                new Case("DNS rebinding: foreign Host", port -> RawHttp.post(port, "/graphql", "evil.example:" + port,
                        "application/json", json), 403, "FORBIDDEN"),
                new Case("mutation from a foreign Origin", post("application/json", json, "Origin: http://evil.example"),
                        403, "FORBIDDEN"),
                new Case("4,500 aliases of standoffJson", post("{ document(id: \"jiang\") { " + aliases(4_500, "standoffJson")
                        + " } }"), 200, "LIMIT_EXCEEDED"),
                new Case("1,000 aliases of export", post("{ document(id: \"jiang\") { " + aliases(1_000,
                        "export(format: \"brat\") { files { content } }") + " } }"), 200, "LIMIT_EXCEEDED"),
                new Case("cost past 2^31 (6 nested first:100 copies)", post("{ " + aliases(6, NESTED) + " }"), 200,
                        "LIMIT_EXCEEDED"),
                new Case("depth 18 (at most 15)", post(deep), 200, "LIMIT_EXCEEDED"),
                new Case("fragment cycle", post("{ document(id: \"jiang\") { ...A } } fragment A on Document { id ...B }"
                        + " fragment B on Document { text ...A }"), 200, "GRAPHQL_VALIDATION_FAILED"),
                new Case("fan-out through fragments", post("{ ...F0 } fragment F0 on Query { " + aliases(20,
                        "documents(first: 100) { edges { node { ...F1 } } }") + " } fragment F1 on Document { "
                        + aliases(20, "entities(first: 100) { edges { node { mentions(first: 100) { totalCount } } } }")
                        + " }"), 200, "LIMIT_EXCEEDED"),
                new Case("huge first", post("{ documents(first: 2147483647) { edges { node { text } } } }"), 200,
                        "LIMIT_EXCEEDED"),
                new Case("bad-faith introspection", post("{ __schema { types { fields { type { fields { type { fields"
                        + " { name } } } } } } } }"), 200, "LIMIT_EXCEEDED"),
                new Case("20,000 tokens", post("{ corpus { " + "documentCount ".repeat(20_000) + "} }"), 200,
                        "LIMIT_EXCEEDED"),
                new Case("50 MB body", post("application/json", fiftyMegabytes), 413, "LIMIT_EXCEEDED"),
                new Case("invalid UTF-8 in the body", post("application/json", badUtf8.toByteArray()), 400, "BAD_REQUEST"),
                new Case("invalid UTF-8 in a GET query", port -> RawHttp.request(port, "GET",
                        "/graphql?query=%7B%20document(id:%20%22%C3%28%FF%22)%20%7B%20id%20%7D%20%7D", host(port)), 400,
                        "BAD_REQUEST"),
                new Case("not JSON", post("application/json", "{\"query\": ".getBytes(StandardCharsets.UTF_8)), 400,
                        "BAD_REQUEST"),
                new Case("slow body (one byte, then silence past the body time)", port -> slowBody(port), 408,
                        "LIMIT_EXCEEDED"));
    }

    /** Sends a POST's headers and the body's first byte, waits past the body time, then one more byte. */
    private static RawHttp.Response slowBody(int port) {
        try (java.net.Socket socket = RawHttp.connectFrom("127.0.0.3", port)) {
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: " + host(port) + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(1_200);
            socket.getOutputStream().write(' ');
            socket.setSoTimeout(30_000);
            return RawHttp.read(socket.getInputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWhileNormalQueriesKeepTheirLatency(Case abuse) {
        int port = server.server().port();
        long start = System.nanoTime();
        CompletableFuture<RawHttp.Response> attack = CompletableFuture.supplyAsync(() -> abuse.attack().apply(port));
        CompletableFuture<Long> refusedAt = attack.thenApply(response -> System.nanoTime());
        Latency.Figures during = Latency.measure(server, 10);
        RawHttp.Response answer = attack.join();
        Duration refusal = Duration.ofNanos(refusedAt.join() - start);

        assertThat(answer.status()).as(answer.body()).isEqualTo(abuse.status());
        JsonNode body = TestServer.parse(answer.body());
        assertThat(body.at("/errors/0/extensions/code").asText()).as(answer.body()).isEqualTo(abuse.code());
        assertThat(body.has("data")).as("no data with a refusal").isFalse();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at io.");
        assertThat(refusal).isLessThan(MAX_REFUSAL);
        assertThat(during.failures()).isZero();
        assertThat(during.maxMillis()).isLessThan(MAX_NORMAL_LATENCY.toMillis());
        assertThat(server.graphql("{ corpus { documentCount } }").at("/data/corpus/documentCount").asInt()).isEqualTo(2);
        Latency.record(abuse.name(), abuse.status() + " " + abuse.code(), refusal.toMillis() + " ms",
                "normal client during: " + during);
    }
}
