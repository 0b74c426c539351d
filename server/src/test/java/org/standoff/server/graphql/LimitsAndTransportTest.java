package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/** Every limit, the transport's failure answers, GET, GraphiQL and health. */
class LimitsAndTransportTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        ServerConfig config = ServerConfig.DEFAULT.withMaxRequestBytes(20_000)
                .withLimits(QueryLimits.DEFAULT.withMaxDepth(8).withMaxComplexity(2_000).withMaxTokens(400));
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), config);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asText();
    }

    @Test
    void graphiqlIntrospectionQueryWorksUnderTheLimits() {
        JsonNode answer = server.graphql(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/__schema/queryType/name").asText()).isEqualTo("Query");
        assertThat(answer.at("/data/__schema/types").size()).isGreaterThan(50);
        String graphiql = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).inputValueDeprecation(true));
        JsonNode full = server.graphql(graphiql);
        assertThat(full.has("errors")).as(full.toString()).isFalse();
        assertThat(full.at("/data/__schema/mutationType/name").asText()).isEqualTo("Mutation");
    }

    @Test
    void tooDeepIsRefused() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { quotes { edges { node { speaker { entity"
                + " { mentions { edges { node { text } } } } } } } } } }");
        assertJson(answer, """
                {"errors": [{"message": "the query is 10 levels deep; at most 8 are allowed",
                  "extensions": {"code": "LIMIT_EXCEEDED", "classification": "ExecutionAborted"}}]}""");
    }

    @Test
    void tooCostlyIsRefusedAndSmallPagesPass() {
        String query = "{ document(id: \"jiang\") { entities(first: %d) { edges { node { mentions(first: %d)"
                + " { edges { node { text } } } } } } } }";
        assertThat(code(server.graphql(String.format(query, 100, 100)))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(server.graphql(String.format(query, 100, 100)).at("/errors/0/message").asText())
                .isEqualTo("the query costs 40301; at most 2000 is allowed (a field costs its `first` times its selection;"
                        + " standoffJson and export cost 1000)");
        assertThat(server.graphql(String.format(query, 5, 5)).has("errors")).isFalse();
    }

    @Test
    void tooManyTokensIsRefused() {
        String query = "{ corpus { " + "documentCount ".repeat(500) + "} }";
        JsonNode answer = server.graphql(query);
        assertThat(code(answer)).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.has("data")).isFalse();
    }

    @Test
    void tooLargeBodiesAre413() {
        String padding = "x".repeat(30_000);
        HttpResponse<String> response = server.post("{\"query\": \"{ corpus { documentCount } }\", \"operationName\": null,"
                + " \"extensions\": {\"pad\": \"" + padding + "\"}}", "application/json");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestServer.parse(response.body()).at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void executionTimeoutIsALimit() {
        ServerConfig config = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withTimeout(Duration.ofNanos(1)));
        try (TestServer slow = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), config)) {
            JsonNode answer = slow.graphql("{ corpus { documentCount } }");
            assertThat(code(answer)).isEqualTo("LIMIT_EXCEEDED");
            assertThat(answer.at("/errors/0/message").asText()).startsWith("the query ran");
        }
    }

    @Test
    void malformedBodiesAre400WithACode() {
        for (String body : new String[] {"{not json", "[1, 2]", "{\"query\": 42}", "{}", "{\"query\": \"{ corpus { documentCount } }\","
                + " \"variables\": [1]}", "{\"query\": \"{ corpus { documentCount } }\", \"operationName\": 1}",
                "{\"query\": \"{ corpus { documentCount } }\"} trailing"}) {
            HttpResponse<String> response = server.post(body, "application/json");
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode answer = TestServer.parse(response.body());
            assertThat(answer.at("/errors/0/extensions/code").asText()).as(body).isEqualTo("BAD_REQUEST");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(server.post("{\"query\": \"{ corpus { documentCount } }\"}", "text/plain").statusCode()).isEqualTo(415);
    }

    @Test
    void malformedGraphQLIsAParseOrValidationError() {
        assertJson(server.graphql("{ corpus { documentCount }"), """
                {"errors": [{"message": "Invalid syntax with offending token '<EOF>' at line 1 column 27",
                  "locations": [{"line": 1, "column": 27}],
                  "extensions": {"code": "GRAPHQL_PARSE_FAILED", "classification": "InvalidSyntax"}}]}""");
        JsonNode unknown = server.graphql("{ corpus { nope } }");
        assertThat(code(unknown)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        JsonNode badVariable = server.graphql("query($n: Int) { documents(first: $n) { totalCount } }", Map.of("n", "ten"));
        assertThat(code(badVariable)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void getServesQueriesButNotMutations() {
        String query = URLEncoder.encode("{ corpus { documentCount } }", StandardCharsets.UTF_8);
        HttpResponse<String> ok = server.get("/graphql?query=" + query);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertJson(TestServer.parse(ok.body()), "{\"data\": {\"corpus\": {\"documentCount\": 1}}}");
        String mutation = URLEncoder.encode("mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }",
                StandardCharsets.UTF_8);
        HttpResponse<String> refused = server.get("/graphql?query=" + mutation);
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(TestServer.parse(refused.body()).at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(server.get("/graphql").statusCode()).isEqualTo(400);
    }

    @Test
    void healthAndGraphiqlAreServedOffline() {
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertJson(TestServer.parse(health.body()), """
                {"status": "UP", "documents": 1, "source": "DIRECTORY", "readOnly": false}""");
        HttpResponse<String> page = server.get("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/react/18.3.1/umd/react.production.min.js")
                .doesNotContain("https://");
        for (String asset : new String[] {"/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
                "/webjars/react/18.3.1/umd/react.production.min.js", "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js"}) {
            assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void internalFailuresLeakNothing() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { standoffJson(unit: UTF8) } }");
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/document/standoffJson").asText()).contains("\"offsetUnit\": \"utf8\"");
    }

    /**
     * Lists nested in lists go through data loaders, one batch per loader whatever the number of items:
     * the fixture's 2 quotes have 2 claims (one each) with claimant e1, and speaker m1 of entity e1.
     * quotes → claims is one CLAIMS_OF_QUOTE batch of 2 keys; claims → claimant → claims one
     * CLAIMS_OF_ENTITY batch (2 loads of e1, one a cache hit); speaker → entity → mentions one
     * MENTIONS_OF_ENTITY batch (likewise). 6 loads, 3 batches, 2 cache hits.
     */
    @Test
    void dataLoadersBatchNestedLists() {
        JsonNode statistics = statistics("{ document(id: \"jiang\") { quotes { edges { node { claims { claimant"
                + " { claims { totalCount } } } speaker { entity { mentions { totalCount } } } } } } } }");
        assertThat(statistics.get("loadCount").asInt()).isEqualTo(6);
        assertThat(statistics.get("batchInvokeCount").asInt()).isEqualTo(3);
        assertThat(statistics.get("cacheHitCount").asInt()).isEqualTo(2);
    }

    /**
     * To-one references (speaker, entity, cue, attribution, a claim's claimant and quote) resolve
     * synchronously from the document version's in-memory indexes: only the claims list of each quote
     * is loaded, in one batch.
     */
    @Test
    void toOneReferencesResolveWithoutLoaders() {
        String query = "{ document(id: \"jiang\") { quotes { edges { node { speaker { entity { canonicalName } }"
                + " cue { text } attribution { id } claims { claimant { id } quote { id } } } } } } }";
        JsonNode statistics = statistics(query);
        assertThat(statistics.get("loadCount").asInt()).isEqualTo(2);
        assertThat(statistics.get("batchInvokeCount").asInt()).isEqualTo(1);
        JsonNode quote = server.graphql(query).at("/data/document/quotes/edges/1/node");
        assertThat(quote.at("/speaker/entity/canonicalName").asText()).isNotEmpty();
        assertThat(quote.at("/attribution/id").asText()).isEqualTo("a1");
        assertThat(quote.at("/claims/0/claimant/id").asText()).isEqualTo("e1");
        assertThat(quote.at("/claims/0/quote/id").asText()).isEqualTo("q2");
    }

    private static JsonNode statistics(String query) {
        Map<String, Object> body = Map.of("query", query, "extensions", Map.of("statistics", true));
        JsonNode answer = TestServer.parse(server.post(TestServer.write(body), "application/json").body());
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.at("/extensions/dataLoaderStatistics");
    }
}
