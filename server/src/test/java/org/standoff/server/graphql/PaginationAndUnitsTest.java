package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** Cursor pagination at its edges, and offsets in every unit on a text with emoji. */
class PaginationAndUnitsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.of(Fixtures.jiang(), Fixtures.emoji());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final String PAGE = "query($first: Int, $after: String) { document(id: \"jiang\") {"
            + " mentions(first: $first, after: $after) { totalCount edges { cursor node { id } }"
            + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }";

    private static JsonNode page(Integer first, String after) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        return server.graphql(PAGE, variables);
    }

    @Test
    void walksAllPagesWithCursors() {
        JsonNode first = page(2, null).at("/data/document/mentions");
        assertJson(first, """
                {"totalCount": 5, "edges": [{"cursor": "aWQ6bTM", "node": {"id": "m3"}}, {"cursor": "aWQ6bTE", "node": {"id": "m1"}}],
                 "pageInfo": {"hasNextPage": true, "hasPreviousPage": false, "startCursor": "aWQ6bTM", "endCursor": "aWQ6bTE"}}""");
        JsonNode second = page(2, "aWQ6bTE").at("/data/document/mentions");
        assertJson(second.get("pageInfo"), """
                {"hasNextPage": true, "hasPreviousPage": true, "startCursor": "aWQ6bTU", "endCursor": "aWQ6bTY"}""");
        JsonNode last = page(2, "aWQ6bTY").at("/data/document/mentions");
        assertJson(last, """
                {"totalCount": 5, "edges": [{"cursor": "aWQ6bTQ", "node": {"id": "m4"}}],
                 "pageInfo": {"hasNextPage": false, "hasPreviousPage": true, "startCursor": "aWQ6bTQ", "endCursor": "aWQ6bTQ"}}""");
        JsonNode afterLast = page(2, "aWQ6bTQ").at("/data/document/mentions");
        assertJson(afterLast, """
                {"totalCount": 5, "edges": [],
                 "pageInfo": {"hasNextPage": false, "hasPreviousPage": true, "startCursor": null, "endCursor": null}}""");
    }

    @Test
    void pageSizeEdges() {
        assertJson(page(0, null).at("/data/document/mentions"), """
                {"totalCount": 5, "edges": [],
                 "pageInfo": {"hasNextPage": true, "hasPreviousPage": false, "startCursor": null, "endCursor": null}}""");
        assertThat(page(100, null).at("/data/document/mentions/edges").size()).isEqualTo(5);
        assertThat(page(null, null).at("/data/document/mentions/edges").size()).isEqualTo(5);
        assertThat(code(page(101, null))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(page(101, null).at("/errors/0/message").asText()).isEqualTo("first must be at most 100: 101");
        assertThat(code(page(-1, null))).isEqualTo("BAD_REQUEST");
        assertThat(code(page(2, "not a cursor"))).isEqualTo("BAD_REQUEST");
        assertThat(code(page(2, "aWQ6bm9uZQ"))).isEqualTo("BAD_REQUEST");
    }

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asText();
    }

    @Test
    void offsetsInEveryUnitOnEmojiText() {
        String fields = "length quotes { edges { node { start end text cp: start(unit: CODEPOINT) u16: end(unit: UTF16) } } }"
                + " mentions { edges { node { id start end text } } }";
        assertJson(server.graphql("{ cp: document(id: \"emoji\") { " + fields + " }"
                + " u16: document(id: \"emoji\", unit: UTF16) { " + fields + " }"
                + " u8: document(id: \"emoji\", unit: UTF8) { " + fields + " } }").get("data"), """
                {"cp": {"length": 44, "quotes": {"edges": [{"node": {"start": 15, "end": 33, "text": "\\"We ship 🚀 today.\\"", "cp": 15, "u16": 37}}]},
                   "mentions": {"edges": [{"node": {"id": "m1", "start": 0, "end": 3, "text": "Ana"}},
                     {"node": {"id": "m2", "start": 34, "end": 36, "text": "Bo"}}]}},
                 "u16": {"length": 48, "quotes": {"edges": [{"node": {"start": 18, "end": 37, "text": "\\"We ship 🚀 today.\\"", "cp": 15, "u16": 37}}]},
                   "mentions": {"edges": [{"node": {"id": "m1", "start": 0, "end": 3, "text": "Ana"}},
                     {"node": {"id": "m2", "start": 38, "end": 40, "text": "Bo"}}]}},
                 "u8": {"length": 58, "quotes": {"edges": [{"node": {"start": 26, "end": 47, "text": "\\"We ship 🚀 today.\\"", "cp": 15, "u16": 37}}]},
                   "mentions": {"edges": [{"node": {"id": "m1", "start": 0, "end": 3, "text": "Ana"}},
                     {"node": {"id": "m2", "start": 48, "end": 50, "text": "Bo"}}]}}}""");
    }

    /**
     * Span bounds skip reading their arguments when no {@code start}/{@code end} in the query has a
     * {@code unit}; a {@code unit} given only inside a fragment (or through a variable) must still count.
     */
    @Test
    void boundUnitsInFragmentsAndVariables() {
        JsonNode fragment = server.graphql("{ document(id: \"emoji\") { quotes { edges { node { start ...Bounds } } } } }"
                + " fragment Bounds on Quote { u8: end(unit: UTF8) }");
        assertJson(fragment.at("/data/document/quotes/edges/0/node"), "{\"start\": 15, \"u8\": 47}");
        JsonNode variable = server.graphql("query Q($u: OffsetUnit) { document(id: \"emoji\") { quotes { edges { node"
                + " { start ... on Quote { u: end(unit: $u) } } } } } }", java.util.Map.of("u", "UTF16"));
        assertJson(variable.at("/data/document/quotes/edges/0/node"), "{\"start\": 15, \"u\": 37}");
    }

    @Test
    void slicesAndPositionsInEveryUnit() {
        assertJson(server.graphql("{ document(id: \"emoji\") {"
                + " cp: slice(start: 4, end: 8) { start end unit text }"
                + " u16: slice(start: 4, end: 11, unit: UTF16) { start end unit text }"
                + " u8: slice(start: 4, end: 19, unit: UTF8) { start end unit text }"
                + " rocket: annotations(position: {covering: {start: 24, end: 25}}) { edges { node { id } } }"
                + " rocket8: annotations(position: {covering: {start: 35, end: 39, unit: UTF8}}) { edges { node { id } } } } }")
                .at("/data/document"), """
                {"cp": {"start": 4, "end": 8, "unit": "CODEPOINT", "text": "👩🏽‍💻"},
                 "u16": {"start": 4, "end": 11, "unit": "UTF16", "text": "👩🏽‍💻"},
                 "u8": {"start": 4, "end": 19, "unit": "UTF8", "text": "👩🏽‍💻"},
                 "rocket": {"edges": [{"node": {"id": "q1"}}]}, "rocket8": {"edges": [{"node": {"id": "q1"}}]}}""");
    }

    @Test
    void offsetsInsideACharacterOrOutsideTheTextAreBadRequests() {
        JsonNode answer = server.graphql("{ document(id: \"emoji\") { a: slice(start: 5, end: 6, unit: UTF16) { text } } }");
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.at("/errors/0/message").asText()).contains("5");
        assertThat(server.graphql("{ document(id: \"emoji\") { slice(start: 5, end: 6, unit: UTF8) { text } } }")
                .at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(server.graphql("{ document(id: \"emoji\") { slice(start: 0, end: 45) { text } } }")
                .at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(server.graphql("{ document(id: \"emoji\") { slice(start: 3, end: 2) { text } } }")
                .at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
    }
}
