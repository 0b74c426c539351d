package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.CorpusQueriesContract;

/**
 * The corpus-wide root fields over HTTP on a real server, over the corpus of {@link CorpusQueriesContract}
 * (the article, the Jiang paragraph, the emoji text and putin-brief): pages with cursors, nodes with
 * their documents, grouped counts, corpus entities, an edit seen by the next query, and the limits.
 */
class CorpusQueriesOverHttpTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.over(TestServer.memoryStore(Fixtures.article(), Fixtures.jiang(), CorpusQueriesContract.emojiLinked(),
                CorpusQueriesContract.putinBrief()), ServerConfig.DEFAULT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode data(String query) {
        JsonNode answer = server.graphql(query);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.get("data");
    }

    @Test
    void putinsQuotesPageByPageWithTheirDocuments() {
        String query = "query ($after: String) { quotes(first: 2, after: $after, filter: {speaker: {wikidata: \"Q7747\"}}) {"
                + " totalCount edges { node { id start end text speaker { text entity { corpusId } } cue { lemma } document { id } } }"
                + " pageInfo { hasNextPage hasPreviousPage } } }";
        assertJson(server.graphql(query), """
                {"data": {"quotes": {"totalCount": 5, "edges": [
                  {"node": {"id": "q1", "start": 22, "end": 48, "text": "\\"Relations are excellent.\\"",
                    "speaker": {"text": "Putin", "entity": {"corpusId": "wikidata:Q7747"}}, "cue": {"lemma": "tell"},
                    "document": {"id": "putin-brief"}}},
                  {"node": {"id": "q3", "start": 90, "end": 104, "text": "prices rose 5%",
                    "speaker": {"text": "Putin", "entity": {"corpusId": "wikidata:Q7747"}}, "cue": {"lemma": "say"},
                    "document": {"id": "putin-brief"}}}],
                  "pageInfo": {"hasNextPage": true, "hasPreviousPage": false}}}}""");
        String cursor = data("{ quotes(first: 2, filter: {speaker: {wikidata: \"Q7747\"}}) { pageInfo { endCursor } } }")
                .at("/quotes/pageInfo/endCursor").asText();
        JsonNode next = TestServer.parse(server.post(query, Map.of("after", cursor), Map.of()).body()).get("data");
        assertThat(next.at("/quotes/edges/0/node/id").asText()).isEqualTo("q8");
        assertThat(next.at("/quotes/edges/0/node/document/id").asText()).isEqualTo("putin-jiang-friendship-treaty-2001");
        assertThat(next.at("/quotes/edges/1/node/id").asText()).isEqualTo("q25");
        assertThat(next.at("/quotes/pageInfo/hasPreviousPage").asBoolean()).isTrue();
    }

    @Test
    void countsGroupedBySpeakerCueLemmaClaimTypeAndDocument() {
        assertJson(server.graphql("{ quotes(first: 0, filter: {speaker: {wikidata: \"Q16597\"}}) { totalCount"
                + " groupBy(by: CUE_LEMMA, first: 2) { key count } } claims(first: 0) { groupBy(by: TYPE, first: 3) { key count } }"
                + " mentions(first: 0, filter: {entity: {name: \"putin\"}, type: NAME}) { groupBy(by: ENTITY) { key label count } } }"), """
                {"data": {
                  "quotes": {"totalCount": 8, "groupBy": [{"key": "say", "count": 4}, {"key": "add", "count": 1}]},
                  "claims": {"groupBy": [{"key": "EVENT", "count": 17}, {"key": "POLICY", "count": 15}, {"key": "OPINION", "count": 10}]},
                  "mentions": {"groupBy": [{"key": "wikidata:Q7747", "label": "Vladimir V. Putin", "count": 12}]}}}""");
        assertJson(server.graphql("{ quotes(first: 0, filter: {speaker: {corpusId: \"corpus:ana\"}}) {"
                + " groupBy(by: DOCUMENT) { key count } } claims(first: 0, filter: {checkworthy: true}) { totalCount } }"), """
                {"data": {"quotes": {"groupBy": [{"key": "emoji", "count": 1}, {"key": "putin-brief", "count": 1}]},
                  "claims": {"totalCount": 24}}}""");
    }

    @Test
    void entitiesAcrossTheCorpus() {
        assertJson(server.graphql("{ entities(filter: {wikidata: \"Q7747\"}) { totalCount edges { node { corpusId canonicalName"
                + " entityType wikidata documentCount mentionCount quoteCount claimCount } } } }"), """
                {"data": {"entities": {"totalCount": 1, "edges": [{"node": {"corpusId": "wikidata:Q7747",
                  "canonicalName": "Vladimir V. Putin", "entityType": "PERSON", "wikidata": "Q7747", "documentCount": 2,
                  "mentionCount": 12, "quoteCount": 5, "claimCount": 5}}]}}}""");
        // its documents: as many as documentCount, their mentions adding up to mentionCount, the same
        // counts as the mentions' own grouping by document
        JsonNode putin = data("{ entities(filter: {wikidata: \"Q7747\"}) { edges { node { documents { key count } } } }"
                + " mentions(first: 0, filter: {entity: {wikidata: \"Q7747\"}}) { groupBy(by: DOCUMENT) { key count } } }");
        JsonNode documents = putin.at("/entities/edges/0/node/documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.findValuesAsText("key")).containsExactlyInAnyOrder("putin-brief", "putin-jiang-friendship-treaty-2001");
        assertThat(documents.get(0).get("count").asInt() + documents.get(1).get("count").asInt()).isEqualTo(12);
        assertThat(documents).isEqualTo(putin.at("/mentions/groupBy"));
        assertJson(server.graphql("{ document(id: \"jiang\") { entity(id: \"e1\") { corpusId document { id } } } }"), """
                {"data": {"document": {"entity": {"corpusId": "document:jiang#e1", "document": {"id": "jiang"}}}}}""");
    }

    @Test
    void anEditIsSeenByTheNextQuery() {
        String says = "{ quotes(filter: {speaker: {wikidata: \"Q7747\"}, cueLemma: \"say\"}) { totalCount edges { node { id } } } }";
        assertThat(data(says).at("/quotes/totalCount").asInt()).isEqualTo(3);
        JsonNode edit = data("mutation { updateCue(documentId: \"putin-brief\", expectedVersion: 1,"
                + " cue: {id: \"c3\", start: 85, end: 89, lemma: \"claim\"}) { version errors { message } } }");
        assertThat(edit.at("/updateCue/version").asLong()).isEqualTo(2);
        assertJson(TestServer.parse(TestServer.write(Map.of("data", data(says)))), """
                {"data": {"quotes": {"totalCount": 2, "edges": [{"node": {"id": "q25"}}, {"node": {"id": "q26"}}]}}}""");
        assertThat(data("{ quotes(filter: {cueLemma: \"claim\", document: \"putin-brief\"}) { edges { node { id cue { text } } } } }")
                .at("/quotes/edges/0/node/cue/text").asText()).isEqualTo("said");
    }

    @Test
    void offsetsInTheAskedUnit() {
        JsonNode emoji = data("{ quotes(unit: UTF16, filter: {document: \"emoji\"}) { edges { node { start end"
                + " codepoints: start(unit: CODEPOINT) text } } } }").at("/quotes/edges/0/node");
        assertThat(emoji.get("start").asInt()).isEqualTo(Fixtures.EMOJI.indexOf('"'));
        assertThat(emoji.get("codepoints").asInt()).isEqualTo(Fixtures.EMOJI.indexOf('"') - 3);
        assertThat(emoji.get("text").asText()).isEqualTo("\"We ship \uD83D\uDE80 today.\"");
    }

    @Test
    void badCursorsPagesAndCostsAreRefused() {
        JsonNode cursor = server.graphql("{ quotes(after: \"aWQ6cTE\") { totalCount } }");
        assertThat(cursor.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        JsonNode page = server.graphql("{ claims(first: 101) { totalCount } }");
        assertThat(page.at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
        JsonNode groups = server.graphql("{ claims(first: 1) { groupBy(by: TYPE, first: 1000) { key } } }");
        assertThat(groups.at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
        String one = "quotes(first: 100) { totalCount groupBy(by: SPEAKER, first: 100) { key count } edges { node { text } } }";
        assertThat(server.graphql("{ a: " + one + " b: " + one + " c: " + one + " d: " + one + " }").has("errors")).isFalse();
        JsonNode five = server.graphql("{ a: " + one + " b: " + one + " c: " + one + " d: " + one + " e: " + one + " }");
        assertThat(five.at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(five.at("/errors/0/message").asText()).startsWith("the query costs 202000; at most 200000 is allowed");
        assertThat(five.has("data")).isFalse();
    }
}
