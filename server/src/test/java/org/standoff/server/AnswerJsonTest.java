package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.server.graphql.GraphQLRequest;
import org.standoff.server.graphql.QueryLimits;
import org.standoff.server.graphql.StandoffGraphQL;

/** The streaming answer writer gives the bytes Jackson's ObjectMapper gives, for every kind of answer. */
class AnswerJsonTest {
    private static final StandoffGraphQL API = StandoffGraphQL.create(
            TestServer.memoryStore(Fixtures.jiang(), Fixtures.emoji()), QueryLimits.DEFAULT);

    @Test
    void sameBytesAsTheObjectMapper() throws Exception {
        List<GraphQLRequest> requests = List.of(
                GraphQLRequest.of("{ document(id: \"jiang\") { quotes { edges { cursor node { id text start end quoteType"
                        + " speaker { text entity { canonicalName kbIds { kb id } } } cue { text lemma } } } pageInfo { hasNextPage endCursor } totalCount } } }"),
                GraphQLRequest.of("{ document(id: \"emoji\") { text metadata { key value } fingerprint { sha256 codepoints } } }"),
                GraphQLRequest.of("{ document(id: \"missing\") { id } }"),
                GraphQLRequest.of("{ document(id: \"jiang\") { nope } }"),
                GraphQLRequest.of("{ corpus { documentCount readOnly source } }"),
                new GraphQLRequest("{ document(id: \"jiang\") { quotes { edges { node { claims { claimant { id } } } } } } }",
                        null, Map.of(), Map.of("statistics", true)));
        for (GraphQLRequest request : requests) {
            Map<String, Object> answer = API.execute(request).join();
            byte[] expected = GraphQLHandler.JSON.writeValueAsBytes(answer);
            assertThat(new String(AnswerJson.write(GraphQLHandler.JSON, answer), StandardCharsets.UTF_8))
                    .as(request.query()).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDeadlineCoversWritingTheAnswer() {
        Map<String, Object> answer = Map.of("data", java.util.Collections.nCopies(5_000, "x"));
        long passed = System.nanoTime() - 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnswerJson.write(GraphQLHandler.JSON, answer, Long.MAX_VALUE, passed))
                .isInstanceOf(AnswerJson.LimitReached.class).hasMessage("the answer could not be written before the query's deadline");
        assertThat(AnswerJson.write(GraphQLHandler.JSON, answer, Long.MAX_VALUE, System.nanoTime() + 60_000_000_000L)).hasSize(20_010);
    }

    @Test
    void theAnswerIsCutOffAtItsCap() {
        Map<String, Object> answer = Map.of("data", "y".repeat(100_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnswerJson.write(GraphQLHandler.JSON, answer, 100_010, Long.MAX_VALUE))
                .isInstanceOf(AnswerJson.LimitReached.class).hasMessage("the answer is larger than 100010 bytes; ask for fewer documents or fields");
        assertThat(AnswerJson.write(GraphQLHandler.JSON, answer, 100_011, Long.MAX_VALUE)).hasSize(100_011);
    }
}
