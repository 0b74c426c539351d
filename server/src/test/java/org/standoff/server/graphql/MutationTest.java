package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.CorpusSource;
import org.standoff.server.store.DirectoryStore;
import org.standoff.server.store.Persistence;
import org.standoff.server.store.StoredDocument;

/** Every mutation, versioning, conflicts, validation before writing, and read-only mode. */
class MutationTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang(), Fixtures.emoji());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode mutate(String mutation) {
        return server.graphql("mutation { " + mutation + " }");
    }

    @Test
    void createsUpdatesAndDeletesAMention() {
        assertJson(mutate("createMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {start: 34, end: 41, mentionType: NAME}) {"
                + " version mention { id start end text mentionType entity { id } } errors { code } }"), """
                {"data": {"createMention": {"version": 2,
                  "mention": {"id": "m2", "start": 34, "end": 41, "text": "Russian", "mentionType": "NAME", "entity": null},
                  "errors": []}}}""");
        assertJson(mutate("createEntity(documentId: \"jiang\", expectedVersion: 2,"
                + " entity: {id: \"e5\", canonicalName: \"Russia\", entityType: GPE, kbIds: [{kb: \"wikidata\", id: \"Q159\"}]}) {"
                + " version entity { id canonicalName entityType wikidata metonymy } }"), """
                {"data": {"createEntity": {"version": 3,
                  "entity": {"id": "e5", "canonicalName": "Russia", "entityType": "GPE", "wikidata": "Q159", "metonymy": false}}}}""");
        assertJson(mutate("updateMention(documentId: \"jiang\", expectedVersion: 3,"
                + " mention: {id: \"m2\", start: 34, end: 41, mentionType: NAME, entity: \"e5\"}) {"
                + " version mention { id entity { canonicalName mentions { totalCount } } } }"), """
                {"data": {"updateMention": {"version": 4,
                  "mention": {"id": "m2", "entity": {"canonicalName": "Russia", "mentions": {"totalCount": 1}}}}}}""");
        assertJson(mutate("deleteMention(documentId: \"jiang\", expectedVersion: 4, id: \"m2\") { version deletedId errors { code } }"), """
                {"data": {"deleteMention": {"version": 5, "deletedId": "m2", "errors": []}}}""");
        assertJson(mutate("deleteEntity(documentId: \"jiang\", expectedVersion: 5, id: \"e5\") { version deletedId }"), """
                {"data": {"deleteEntity": {"version": 6, "deletedId": "e5"}}}""");
        assertJson(server.graphql("{ document(id: \"jiang\") { version mentions { totalCount } entities { totalCount } } }"), """
                {"data": {"document": {"version": 6, "mentions": {"totalCount": 5}, "entities": {"totalCount": 5}}}}""");
    }

    @Test
    void createsAQuoteWithCueAttributionAndClaim() {
        JsonNode quote = mutate("createQuote(documentId: \"jiang\", expectedVersion: 1,"
                + " quote: {id: \"q9\", start: 93, end: 145, quoteType: INDIRECT}) { version quote { id text quoteType } }");
        assertJson(quote, """
                {"data": {"createQuote": {"version": 2,
                  "quote": {"id": "q9", "text": "Jiang said after the signing ceremony in the Kremlin", "quoteType": "INDIRECT"}}}}""");
        assertJson(mutate("createCue(documentId: \"jiang\", expectedVersion: 2, cue: {start: 99, end: 103, lemma: \"say\"}) {"
                + " version cue { id text lemma } }"), """
                {"data": {"createCue": {"version": 3, "cue": {"id": "c2", "text": "said", "lemma": "say"}}}}""");
        assertJson(mutate("createAttribution(documentId: \"jiang\", expectedVersion: 3, attribution: {source: \"m1\", cue: \"c2\","
                + " contents: [{quote: \"q9\"}], supplements: [{role: SETTING, start: 104, end: 145}]}) {"
                + " version attribution { id source { text } cue { id } contents { link quote { id } } supplements { role range { text } } } }"), """
                {"data": {"createAttribution": {"version": 4, "attribution": {"id": "a2", "source": {"text": "Jiang"}, "cue": {"id": "c2"},
                  "contents": [{"link": "EXPLICIT", "quote": {"id": "q9"}}],
                  "supplements": [{"role": "SETTING", "range": {"text": "after the signing ceremony in the Kremlin"}}]}}}}""");
        assertJson(mutate("createClaim(documentId: \"jiang\", expectedVersion: 4, claim: {start: 93, end: 145, claimType: EVENT,"
                + " checkworthy: true, claimText: \"Jiang spoke.\", claimant: \"e1\", attribution: \"a2\", quote: \"q9\"}) {"
                + " version claim { id claimType checkworthy claimText claimant { id } attribution { id } quote { id } } }"), """
                {"data": {"createClaim": {"version": 5, "claim": {"id": "cl4", "claimType": "EVENT", "checkworthy": true,
                  "claimText": "Jiang spoke.", "claimant": {"id": "e1"}, "attribution": {"id": "a2"}, "quote": {"id": "q9"}}}}}""");
        assertJson(mutate("updateClaim(documentId: \"jiang\", expectedVersion: 5, claim: {id: \"cl4\", start: 93, end: 98,"
                + " claimType: OTHER, claimant: \"author\"}) { version claim { text claimType checkworthy claimant { id } } }"), """
                {"data": {"updateClaim": {"version": 6, "claim": {"text": "Jiang", "claimType": "OTHER", "checkworthy": false,
                  "claimant": {"id": "author"}}}}}""");
        assertJson(mutate("deleteClaim(documentId: \"jiang\", expectedVersion: 6, id: \"cl4\") { version }"
                + " deleteAttribution(documentId: \"jiang\", expectedVersion: 7, id: \"a2\") { version }"
                + " deleteCue(documentId: \"jiang\", expectedVersion: 8, id: \"c2\") { version }"
                + " updateQuote(documentId: \"jiang\", expectedVersion: 9, quote: {id: \"q9\", start: 93, end: 103, quoteType: MIXED,"
                + "   verbatim: [{start: 99, end: 103}]}) { version quote { text verbatim { text } } }"
                + " deleteQuote(documentId: \"jiang\", expectedVersion: 10, id: \"q9\") { version }"), """
                {"data": {"deleteClaim": {"version": 7}, "deleteAttribution": {"version": 8}, "deleteCue": {"version": 9},
                  "updateQuote": {"version": 10, "quote": {"text": "Jiang said", "verbatim": [{"text": "said"}]}},
                  "deleteQuote": {"version": 11}}}""");
    }

    @Test
    void createsUpdatesAndDeletesGenericSpans() {
        assertJson(mutate("createSpan(documentId: \"jiang\", expectedVersion: 1, span: {layer: \"ner\", label: \"GPE\","
                + " fragments: [{start: 34, end: 41}, {start: 42, end: 49}],"
                + " attributes: [{name: \"confidence\", kind: DECIMAL, value: \"0.5\"}, {name: \"checked\", kind: BOOL, value: \"true\"}]}) {"
                + " version span { id layer label start end text fragments { start end } attributes { name kind value } } }"), """
                {"data": {"createSpan": {"version": 2, "span": {"id": "s3", "layer": "ner", "label": "GPE", "start": 34, "end": 49,
                  "text": "Russian Chinese", "fragments": [{"start": 34, "end": 41}, {"start": 42, "end": 49}],
                  "attributes": [{"name": "confidence", "kind": "DECIMAL", "value": "0.5"}, {"name": "checked", "kind": "BOOL", "value": "true"}]}}}}""");
        assertJson(mutate("updateSpan(documentId: \"jiang\", expectedVersion: 2, span: {id: \"s3\", layer: \"ner\", label: \"NORP\","
                + " start: 34, end: 41}) { version span { label text attributes { name } } }"), """
                {"data": {"updateSpan": {"version": 3, "span": {"label": "NORP", "text": "Russian", "attributes": []}}}}""");
        assertJson(server.graphql("{ document(id: \"jiang\") { spans(layer: \"ner\") { edges { node { id label } } }"
                + " none: spans(layer: \"ner\", label: \"GPE\") { totalCount }"
                + " at: spans(position: {at: 35}) { edges { node { id } } } } }").at("/data/document"), """
                {"spans": {"edges": [{"node": {"id": "s3", "label": "NORP"}}]}, "none": {"totalCount": 0},
                 "at": {"edges": [{"node": {"id": "s3"}}]}}""");
        assertJson(mutate("deleteSpan(documentId: \"jiang\", expectedVersion: 3, id: \"s3\") { version deletedId }"), """
                {"data": {"deleteSpan": {"version": 4, "deletedId": "s3"}}}""");
    }

    @Test
    void inputOffsetsCountInTheChosenUnit() {
        JsonNode answer = mutate("createMention(documentId: \"emoji\", expectedVersion: 1, unit: UTF8,"
                + " mention: {start: 35, end: 39, mentionType: NOMINAL}) { version mention { id start end text"
                + " u16: start(unit: UTF16) u8: end(unit: UTF8) } }");
        assertJson(answer, """
                {"data": {"createMention": {"version": 2,
                  "mention": {"id": "m3", "start": 35, "end": 39, "text": "🚀", "u16": 27, "u8": 39}}}}""");
        JsonNode inside = mutate("createMention(documentId: \"emoji\", expectedVersion: 2, unit: UTF16,"
                + " mention: {start: 28, end: 29, mentionType: NOMINAL}) { version }");
        assertThat(inside.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(inside.at("/data/createMention").isNull()).isTrue();
    }

    @Test
    void aMovedVersionIsAConflict() {
        mutate("createCue(documentId: \"jiang\", expectedVersion: 1, cue: {start: 99, end: 103}) { version }");
        assertJson(mutate("createCue(documentId: \"jiang\", expectedVersion: 1, cue: {start: 99, end: 103}) { version }"), """
                {"errors": [{"message": "document \\"jiang\\" is at version 2, not the expected 1",
                  "locations": [{"line": 1, "column": 12}], "path": ["createCue"],
                  "extensions": {"code": "CONFLICT", "expectedVersion": 1, "actualVersion": 2, "classification": "CONFLICT"}}],
                 "data": {"createCue": null}}""");
        assertThat(server.graphql("{ document(id: \"jiang\") { version cues { totalCount } } }").at("/data/document").toString())
                .isEqualTo("{\"version\":2,\"cues\":{\"totalCount\":2}}");
    }

    @Test
    void concurrentWritersWithTheSameVersionOnlyOneWins() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<String> codes = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                JsonNode answer = mutate("createCue(documentId: \"jiang\", expectedVersion: 1, cue: {start: 99, end: 103}) { version }");
                codes.add(answer.has("errors") ? answer.at("/errors/0/extensions/code").asText() : "OK");
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(codes).containsOnly("OK", "CONFLICT").filteredOn("OK"::equals).hasSize(1);
        assertThat(server.store().get("jiang").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anEditThatAddsValidationErrorsIsRefusedWithItsDiagnostics() {
        assertJson(mutate("createMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {id: \"mx\", start: 0, end: 3, mentionType: NAME, entity: \"nobody\"}) {"
                + " version mention { id } document { version mentions { totalCount } } errors { code severity subject } }"), """
                {"errors": [{"message": "the edit adds 1 error(s): entity \\"nobody\\" does not exist",
                  "locations": [{"line": 1, "column": 12}], "path": ["createMention"],
                  "extensions": {"code": "INVALID_ANNOTATION", "classification": "INVALID_ANNOTATION"}}],
                 "data": {"createMention": {"version": 1, "mention": null, "document": {"version": 1, "mentions": {"totalCount": 5}},
                   "errors": [{"code": "ref.dangling", "severity": "ERROR", "subject": "mx"}]}}}""");
        JsonNode referenced = mutate("deleteMention(documentId: \"jiang\", expectedVersion: 1, id: \"m1\") { version errors { code subject } }");
        assertThat(referenced.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_ANNOTATION");
        assertJson(referenced.get("data"), """
                {"deleteMention": {"version": 1, "errors": [{"code": "ref.dangling", "subject": "a1"}]}}""");
    }

    @Test
    void badInputsAreBadRequestsOrNotFound() {
        assertThat(code(mutate("createMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {id: \"m1\", start: 0, end: 3, mentionType: NAME}) { version }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(mutate("createMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {start: 0, fragments: [{start: 0, end: 1}], mentionType: NAME}) { version }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(mutate("createMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {fragments: [{start: 0, end: 5}, {start: 3, end: 8}], mentionType: NAME}) { version }")))
                .isEqualTo("BAD_REQUEST");
        assertThat(code(mutate("createSpan(documentId: \"jiang\", expectedVersion: 1,"
                + " span: {layer: \"x\", label: \"y\", start: 0, end: 1, attributes: [{name: \"n\", kind: INT, value: \"x\"}]}) { version }")))
                .isEqualTo("BAD_REQUEST");
        assertThat(code(mutate("updateMention(documentId: \"jiang\", expectedVersion: 1,"
                + " mention: {id: \"q1\", start: 0, end: 3, mentionType: NAME}) { version }"))).isEqualTo("NOT_FOUND");
        assertThat(code(mutate("deleteQuote(documentId: \"jiang\", expectedVersion: 1, id: \"m1\") { version }"))).isEqualTo("NOT_FOUND");
        assertThat(code(mutate("deleteQuote(documentId: \"nope\", expectedVersion: 1, id: \"q1\") { version }"))).isEqualTo("NOT_FOUND");
        assertThat(server.store().get("jiang").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void deletesADocument() {
        assertJson(mutate("deleteDocument(id: \"emoji\", expectedVersion: 1) { version deletedId }"), """
                {"data": {"deleteDocument": {"version": 0, "deletedId": "emoji"}}}""");
        assertThat(code(server.graphql("{ document(id: \"emoji\") { id } }"))).isEqualTo("NOT_FOUND");
        assertThat(code(mutate("deleteDocument(id: \"emoji\", expectedVersion: 1) { version }"))).isEqualTo("NOT_FOUND");
    }

    @Test
    void aReadOnlyServerRefusesEveryMutation() {
        DirectoryStore readOnly = new DirectoryStore(List.of(new StoredDocument(Fixtures.jiang(), 1)), CorpusSource.EMBEDDED,
                Persistence.NONE, org.standoff.server.store.HistoryLog.inMemory(), org.standoff.core.validation.Validator::validate, true);
        try (TestServer reader = TestServer.over(readOnly, ServerConfig.DEFAULT)) {
            JsonNode answer = reader.graphql("mutation { deleteCue(documentId: \"jiang\", expectedVersion: 1, id: \"c1\") { version } }");
            assertThat(code(answer)).isEqualTo("READ_ONLY");
            assertThat(reader.graphql("{ corpus { readOnly } }").at("/data/corpus/readOnly").asBoolean()).isTrue();
        }
    }

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asText();
    }
}
