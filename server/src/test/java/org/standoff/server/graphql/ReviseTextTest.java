package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** {@code reviseText} and {@code Document.revision} over real HTTP, with astral characters in the text. */
class ReviseTextTest {
    private static final String REVISED = "\uD83C\uDF89 " + Fixtures.EMOJI.replace("today", "tomorrow");
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.emoji());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode revise(int expectedVersion, String unit) {
        return server.graphql("mutation($text: String!) { reviseText(documentId: \"emoji\", text: $text, expectedVersion: "
                + expectedVersion + ", unit: " + unit + ") { version errors { code }"
                + " report { toReview counts { status count } previousFingerprint { codepoints }"
                + " changes(needingReview: true) { annotation kind status oldStart oldEnd old { before text after }"
                + " newStart newEnd new { text } }"
                + " relationsWithOrphanedParts { annotation } } } }", Map.of("text", REVISED));
    }

    @Test
    void revisesTheTextAndReportsTheSpansToReviewInTheAskedUnit() {
        assertJson(revise(1, "CODEPOINT"), """
                {"data": {"reviseText": {"version": 2, "errors": [], "report": {"toReview": 2,
                  "counts": [{"status": "EXACT", "count": 0}, {"status": "SHIFTED", "count": 3}, {"status": "EDITED", "count": 2},
                             {"status": "FUZZY", "count": 0}, {"status": "ORPHANED", "count": 0}],
                  "previousFingerprint": {"codepoints": 44},
                  "changes": [{"annotation": "q1", "kind": "Quote", "status": "EDITED", "oldStart": 15, "oldEnd": 33,
                               "old": {"before": "Ana \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB said: ", "text": "\\"We ship \uD83D\uDE80 today.\\"", "after": " Bo agreed."},
                               "newStart": 17, "newEnd": 38, "new": {"text": "\\"We ship \uD83D\uDE80 tomorrow.\\""}}],
                  "relationsWithOrphanedParts": []}}}}""");
        assertJson(server.graphql("{ document(id: \"emoji\") { text revision { method threshold previousFingerprint { utf16 }"
                + " anchors(needingReview: true) { annotation kind status previousText start end } } } }"), """
                {"data": {"document": {"text": "%s", "revision": {"method": "diff+search+fuzzy", "threshold": 0.75,
                  "previousFingerprint": {"utf16": 48},
                  "anchors": [{"annotation": "q1", "kind": "Quote", "status": "EDITED",
                               "previousText": "\\"We ship \uD83D\uDE80 today.\\"", "start": 17, "end": 38},
                              {"annotation": "a1", "kind": "Attribution", "status": "EDITED", "previousText": null,
                               "start": null, "end": null}]}}}}""".formatted(REVISED.replace("\"", "\\\"")));
    }

    @Test
    void utf16OffsetsForJavaScriptClients() {
        JsonNode change = revise(1, "UTF16").at("/data/reviseText/report/changes/0");
        assertThat(change.at("/oldStart").asInt()).isEqualTo(18);
        assertThat(change.at("/oldEnd").asInt()).isEqualTo(37);
        assertThat(change.at("/newStart").asInt()).isEqualTo(21);
        assertThat(change.at("/newEnd").asInt()).isEqualTo(43);
    }

    @Test
    void aStaleVersionIsAConflictAndABadThresholdABadRequest() {
        assertThat(revise(7, "CODEPOINT").at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
        JsonNode bad = server.graphql("mutation { reviseText(documentId: \"emoji\", text: \"x\", expectedVersion: 1, threshold: 1.5)"
                + " { version } }");
        assertThat(bad.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(bad.at("/errors/0/message").asText()).contains("threshold must be from 0 to 1, found 1.5");
        assertThat(server.graphql("{ document(id: \"emoji\") { version revision { method } } }").at("/data/document")
                .toString()).isEqualTo("{\"version\":1,\"revision\":null}");
    }
}
