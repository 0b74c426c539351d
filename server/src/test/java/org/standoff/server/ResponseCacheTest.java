package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Fingerprint;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.People;
import org.standoff.server.auth.Role;

/**
 * The response cache, ETags and persisted queries over real HTTP: an edit is seen by the very next read
 * (POST and GET, cache on and off), viewers never share an answer, {@code If-None-Match} answers 304
 * until the corpus moves, and hashes stand for registered texts only.
 */
class ResponseCacheTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String VERSION = "query ($id: ID!) { document(id: $id) { version entity(id: \"e1\") { canonicalName } } }";
    private static final String RENAME = "mutation ($v: Version!, $name: String!) { updateEntity(documentId: \"jiang\","
            + " expectedVersion: $v, entity: {id: \"e1\", canonicalName: $name, entityType: PERSON}) { version } }";

    @TempDir
    Path directory;

    @Test
    void anEditIsSeenByTheNextReadAndUnchangedReadsComeFromTheCache() {
        try (TestServer server = TestServer.of(Fixtures.jiang())) {
            for (int edit = 1; edit <= 5; edit++) {
                JsonNode before = server.graphql(VERSION, Map.of("id", "jiang"));
                assertThat(server.graphql(VERSION, Map.of("id", "jiang"))).isEqualTo(before);
                long version = before.at("/data/document/version").asLong();
                assertThat(version).isEqualTo(edit);
                server.graphql(RENAME, Map.of("v", version, "name", "Jiang " + edit));
                JsonNode after = server.graphql(VERSION, Map.of("id", "jiang"));
                assertThat(after.at("/data/document/version").asLong()).isEqualTo(version + 1);
                assertThat(after.at("/data/document/entity/canonicalName").asText()).isEqualTo("Jiang " + edit);
                HttpResponse<String> get = get(server, query(VERSION, "{\"id\":\"jiang\"}"), Map.of());
                assertThat(TestServer.parse(get.body())).isEqualTo(after);
            }
            assertThat(server.server().responseCacheHits()).as("the second read of each round").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void withTheCacheOffEveryReadRunsAndStillSeesEdits() {
        try (TestServer server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()),
                ServerConfig.DEFAULT.withResponseCacheBytes(0))) {
            for (int edit = 1; edit <= 3; edit++) {
                long version = server.graphql(VERSION, Map.of("id", "jiang")).at("/data/document/version").asLong();
                server.graphql(RENAME, Map.of("v", version, "name", "Jiang " + edit));
                assertThat(server.graphql(VERSION, Map.of("id", "jiang")).at("/data/document/entity/canonicalName")
                        .asText()).isEqualTo("Jiang " + edit);
            }
            assertThat(server.server().responseCacheHits()).isZero();
            // the ETag does not need the cache
            HttpResponse<String> first = get(server, query(VERSION, "{\"id\":\"jiang\"}"), Map.of());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(get(server, query(VERSION, "{\"id\":\"jiang\"}"), Map.of("If-None-Match", etag)).statusCode())
                    .isEqualTo(304);
        }
    }

    @Test
    void viewersNeverShareAnAnswer() throws IOException {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("ada", Role.ADMIN);
        accounts.add("rex", Role.READER);
        String ada = "Bearer " + accounts.issueToken("ada").token();
        String rex = "Bearer " + accounts.issueToken("rex").token();
        try (TestServer server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT,
                new People(accounts, false))) {
            String document = "{ document(id: \"jiang\") { version } }";
            for (int round = 0; round < 2; round++) {
                assertThat(body(server.post(document, Map.of(), Map.of("Authorization", ada))).at("/data/document/version")
                        .asLong()).isEqualTo(1);
                // a request without a token may do nothing on this server: never the admin's answer
                JsonNode anonymous = body(server.post(document, Map.of(), Map.of()));
                assertThat(anonymous.at("/data/document").isNull()).as(anonymous.toString()).isTrue();
                assertThat(anonymous.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
                for (String[] viewer : new String[][] {{ada, "ada", "ADMIN"}, {rex, "rex", "READER"}}) {
                    JsonNode who = body(server.post("{ viewer { name role } }", Map.of(), Map.of("Authorization", viewer[0])));
                    assertThat(who.at("/data/viewer/name").asText()).isEqualTo(viewer[1]);
                    assertThat(who.at("/data/viewer/role").asText()).isEqualTo(viewer[2]);
                }
            }
            // and an ETag of one viewer is not another's
            String url = query(document, null);
            String adasTag = get(server, url, Map.of("Authorization", ada)).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> rexs = get(server, url, Map.of("Authorization", rex, "If-None-Match", adasTag));
            assertThat(rexs.statusCode()).isEqualTo(200);
            assertThat(rexs.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(adasTag);
            assertThat(server.server().responseCacheHits()).isGreaterThan(0);
        }
    }

    @Test
    void aGetAnswersNotModifiedUntilTheCorpusMoves() {
        try (TestServer server = TestServer.of(Fixtures.jiang())) {
            String url = query(VERSION, "{\"id\":\"jiang\"}");
            HttpResponse<String> first = get(server, url, Map.of());
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).matches("\"[0-9a-f]{32}\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

            HttpResponse<String> again = get(server, url, Map.of("If-None-Match", etag));
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(get(server, url, Map.of("If-None-Match", "\"other\", W/" + etag)).statusCode()).isEqualTo(304);
            assertThat(get(server, url, Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
            // another request, another tag
            String other = get(server, query(VERSION, "{\"id\":\"nope\"}"), Map.of()).headers().firstValue("ETag").orElse("");
            assertThat(other).isNotEqualTo(etag);

            server.graphql(RENAME, Map.of("v", 1, "name", "Jiang Z."));
            HttpResponse<String> moved = get(server, url, Map.of("If-None-Match", etag));
            assertThat(moved.statusCode()).isEqualTo(200);
            assertThat(TestServer.parse(moved.body()).at("/data/document/version").asLong()).isEqualTo(2);
            assertThat(moved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

            // an answer with errors has no tag: it may depend on more than the corpus (a timeout)
            HttpResponse<String> broken = get(server, query("{ document(id: \"jiang\") { nope } }", null), Map.of());
            assertThat(broken.body()).contains("GRAPHQL_VALIDATION_FAILED");
            assertThat(broken.headers().firstValue("ETag")).isEmpty();
        }
    }

    @Test
    void persistedQueriesInApollosConvention() {
        try (TestServer server = TestServer.of(Fixtures.jiang())) {
            String text = "{ document(id: \"jiang\") { version title } }";
            String hash = Fingerprint.sha256Hex(text);
            Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

            JsonNode unknown = body(server.post(TestServer.write(Map.of("extensions", extensions)), "application/json"));
            assertThat(unknown.at("/errors/0/message").asText()).isEqualTo("PersistedQueryNotFound");
            assertThat(unknown.at("/errors/0/extensions/code").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
            assertThat(unknown.has("data")).isFalse();
            String extensionsParam = "&extensions=" + encode(TestServer.write(extensions));
            assertThat(get(server, "/graphql?" + extensionsParam.substring(1), Map.of()).body()).contains("PersistedQueryNotFound");

            // a text that is not the hash's is refused, and not remembered
            HttpResponse<String> mismatch = server.post(TestServer.write(Map.of("query", "{ viewer { name } }",
                    "extensions", extensions)), "application/json");
            assertThat(mismatch.statusCode()).isEqualTo(400);
            assertThat(mismatch.body()).contains("provided sha does not match query");
            assertThat(body(server.post(TestServer.write(Map.of("extensions", extensions)), "application/json"))
                    .at("/errors/0/message").asText()).isEqualTo("PersistedQueryNotFound");

            JsonNode registered = body(server.post(TestServer.write(Map.of("query", text, "extensions", extensions)),
                    "application/json"));
            assertThat(registered.at("/data/document/version").asLong()).isEqualTo(1);
            assertThat(body(server.post(TestServer.write(Map.of("extensions", extensions)), "application/json")))
                    .isEqualTo(registered);
            HttpResponse<String> get = get(server, "/graphql?" + extensionsParam.substring(1), Map.of());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(TestServer.parse(get.body())).isEqualTo(registered);

            // a registered mutation runs by hash over POST, never over GET
            String mutation = "mutation { deleteDocument(id: \"jiang\", expectedVersion: 99) { version } }";
            Map<String, Object> byHash = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", Fingerprint.sha256Hex(mutation)));
            assertThat(body(server.post(TestServer.write(Map.of("query", mutation, "extensions", byHash)), "application/json"))
                    .at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
            assertThat(body(server.post(TestServer.write(Map.of("extensions", byHash)), "application/json"))
                    .at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
            assertThat(get(server, "/graphql?extensions=" + encode(TestServer.write(byHash)), Map.of()).statusCode())
                    .isEqualTo(405);

            for (Object bad : new Object[] {Map.of("version", 2, "sha256Hash", hash), Map.of("version", 1, "sha256Hash", "abc"),
                    Map.of("version", 1, "sha256Hash", hash.toUpperCase()), "text"}) {
                assertThat(server.post(TestServer.write(Map.of("extensions", Map.of("persistedQuery", bad))),
                        "application/json").statusCode()).as(bad.toString()).isEqualTo(400);
            }
        }
    }

    private static JsonNode body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.parse(response.body());
    }

    private static String query(String query, String variables) {
        return "/graphql?query=" + encode(query) + (variables == null ? "" : "&variables=" + encode(variables));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(TestServer server, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.server().url(pathAndQuery))).GET();
        new LinkedHashMap<>(headers).forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
