package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/**
 * Small requests that ask for huge answers: aliases of the fields that answer a whole document, costs
 * that once wrapped around 32 bits, and answers larger than the cap.
 */
class AmplificationTest {
    /** One nested copy: 404,030,300 in the page-aware cost; six of them wrapped a 32-bit sum negative. */
    private static final String NESTED = "documents(first: 100) { edges { node { entities(first: 100) { edges { node {"
            + " mentions(first: 100) { edges { node { entity { mentions(first: 100) { edges { node { text } } } } } } } } } } } } }";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang(), Fixtures.emoji()), ServerConfig.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String aliases(int count, String field) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" "));
    }

    private static void assertLimitExceeded(JsonNode answer, String message) {
        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.at("/errors/0/message").asText()).contains(message);
        assertThat(answer.has("data")).as("no data is answered").isFalse();
    }

    @Test
    void thousandsOfAliasesOfStandoffJsonAreRefusedBeforeAnyIsBuilt() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { " + aliases(4_500, "standoffJson") + " } }");
        assertLimitExceeded(answer, "under more than 25 aliases");
    }

    @Test
    void aThousandAliasesOfExportAreRefused() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { " + aliases(1_000, "export(format: \"brat\") { files { content } }")
                + " } }");
        assertLimitExceeded(answer, "under more than 25 aliases");
    }

    @Test
    void aliasesUpToTheLimitAreAnswered() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { " + aliases(25, "id") + " } }");
        assertThat(answer.has("errors")).isFalse();
        assertThat(answer.at("/data/document/a24").asText()).isEqualTo("jiang");
        assertLimitExceeded(server.graphql("{ document(id: \"jiang\") { " + aliases(26, "id") + " } }"), "aliases");
    }

    @Test
    void aFragmentSpreadTwiceIsNotAnAlias() {
        String fragment = " fragment F on Document { " + aliases(25, "id") + " }";
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { ...F ...F } }" + fragment);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
    }

    @Test
    void documentSizedFieldsAreChargedTheirSize() {
        String one = server.graphql("{ document(id: \"jiang\") { standoffJson } }").at("/data/document/standoffJson").asText();
        long encoded = TestServer.write(one).length();
        long cap = 3 * encoded + 100; // room for three documents as written, not for a fourth one's characters
        assertThat(4L * one.length()).isGreaterThan(cap);
        ServerConfig capped = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withMaxResponseBytes(cap));
        try (TestServer small = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), capped)) {
            assertThat(small.graphql("{ document(id: \"jiang\") { " + aliases(3, "standoffJson") + " } }").has("errors")).isFalse();
            assertLimitExceeded(small.graphql("{ document(id: \"jiang\") { " + aliases(4, "standoffJson") + " } }"),
                    "the answer would be larger than " + cap + " bytes");
            assertLimitExceeded(small.graphql("{ document(id: \"jiang\") { " + aliases(4, "export(format: \"standoff\") { files"
                    + " { content } }") + " } }"), "the answer would be larger than");
        }
    }

    @Test
    void theSerializedAnswerIsCapped() {
        ServerConfig capped = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withMaxResponseBytes(3_000));
        try (TestServer small = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), capped)) {
            assertThat(small.graphql("{ document(id: \"jiang\") { " + aliases(10, "text") + " } }").has("errors")).isFalse();
            assertLimitExceeded(small.graphql("{ document(id: \"jiang\") { " + aliases(20, "text") + " } }"),
                    "the answer is larger than 3000 bytes");
        }
    }

    @Test
    void costsNeverWrapAround() {
        for (int copies : new int[] {1, 5, 6, 11, 25}) {
            JsonNode answer = server.graphql("{ " + aliases(copies, NESTED) + " }");
            assertLimitExceeded(answer, "the query costs " + 404_030_300L * copies + "; at most 200000 is allowed");
        }
    }

    @Test
    void theCostLimitIsInclusive() {
        // documents(first: 3) { totalCount } costs 3 × (1 + 1) = 6
        String query = "{ documents(first: 3) { totalCount } }";
        ServerConfig six = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withMaxComplexity(6));
        try (TestServer exact = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), six)) {
            assertThat(exact.graphql(query).has("errors")).isFalse();
        }
        ServerConfig five = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withMaxComplexity(5));
        try (TestServer below = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), five)) {
            assertLimitExceeded(below.graphql(query), "the query costs 6; at most 5 is allowed");
        }
    }

    @Test
    void aDeeplyNestedPageSaturatesInsteadOfOverflowing() {
        StringBuilder query = new StringBuilder("{ documents(first: 100) { edges { node { entities(first: 100) { edges { node {");
        String tail = " } } } } } } }";
        ServerConfig deep = ServerConfig.DEFAULT.withLimits(QueryLimits.DEFAULT.withMaxDepth(60));
        for (int i = 0; i < 8; i++) {
            query.append(" mentions(first: 100) { edges { node { entity {");
        }
        query.append(" id").append(" } } } }".repeat(8)).append(tail);
        try (TestServer lenient = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), deep)) {
            assertLimitExceeded(lenient.graphql(query.toString()), "the query costs more than " + Long.MAX_VALUE);
        }
    }
}
