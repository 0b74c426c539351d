package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** Every query field, with exact answers, on the Jiang paragraph and the emoji text. */
class QueryTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.of(Fixtures.jiang(), Fixtures.emoji());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode jiang(String selection) {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { " + selection + " } }");
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.get("data").get("document");
    }

    @Test
    void corpusInfo() {
        assertJson(server.graphql("{ corpus { source readOnly documentCount entityCount mentionCount quoteCount"
                + " cueCount attributionCount claimCount } }"), """
                {"data": {"corpus": {"source": "DIRECTORY", "readOnly": false, "documentCount": 2, "entityCount": 7,
                  "mentionCount": 7, "quoteCount": 3, "cueCount": 2, "attributionCount": 2, "claimCount": 3}}}""");
    }

    @Test
    void documentsAreListedByIdAndFiltered() {
        assertJson(server.graphql("{ documents { totalCount edges { node { id title } } } }"), """
                {"data": {"documents": {"totalCount": 2, "edges": [
                  {"node": {"id": "emoji", "title": "Emoji"}},
                  {"node": {"id": "jiang", "title": "Jiang on the friendship treaty"}}]}}}""");
        assertJson(server.graphql("{ a: documents(filter: {titleContains: \"TREATY\"}) { edges { node { id } } }"
                + " b: documents(filter: {textContains: \"Kremlin\", language: \"en\"}) { edges { node { id } } }"
                + " c: documents(filter: {language: \"fr\"}) { totalCount } }"), """
                {"data": {"a": {"edges": [{"node": {"id": "jiang"}}]}, "b": {"edges": [{"node": {"id": "jiang"}}]},
                  "c": {"totalCount": 0}}}""");
    }

    @Test
    void documentFields() {
        assertJson(jiang("id version unit length metadata { key value } title fingerprint { codepoints utf16 }"
                + " slice(start: 93, end: 103) { start end unit text } entity(id: \"e4\") { canonicalName wikidata"
                + " kbIds { kb id } metonymy entityType } missing: entity(id: \"nope\") { id }"), """
                {"id": "jiang", "version": 1, "unit": "CODEPOINT", "length": 217,
                 "metadata": [{"key": "title", "value": "Jiang on the friendship treaty"}, {"key": "language", "value": "en"}],
                 "title": "Jiang on the friendship treaty", "fingerprint": {"codepoints": 217, "utf16": 217},
                 "slice": {"start": 93, "end": 103, "unit": "CODEPOINT", "text": "Jiang said"},
                 "entity": {"canonicalName": "the Kremlin", "wikidata": "Q42940", "kbIds": [{"kb": "wikidata", "id": "Q42940"}],
                   "metonymy": false, "entityType": "LOCATION"},
                 "missing": null}""");
        assertThat(jiang("text").get("text").asText()).isEqualTo(Fixtures.JIANG);
        assertThat(jiang("fingerprint { sha256 }").at("/fingerprint/sha256").asText()).hasSize(64);
    }

    @Test
    void quotesBySpeakerWithTheirCues() {
        assertJson(jiang("quotes(filter: {speaker: \"e1\"}) { totalCount edges { node { id quoteType text"
                + " speaker { id text entity { canonicalName } } cue { text lemma } attribution { id } } } }"), """
                {"quotes": {"totalCount": 2, "edges": [
                  {"node": {"id": "q1", "quoteType": "DIRECT",
                    "text": "\\"The friendship treaty will bring Russian-Chinese friendship from generation to generation,\\"",
                    "speaker": {"id": "m1", "text": "Jiang", "entity": {"canonicalName": "Jiang Zemin"}},
                    "cue": {"text": "said", "lemma": "say"}, "attribution": {"id": "a1"}}},
                  {"node": {"id": "q2", "quoteType": "DIRECT",
                    "text": "\\"This is a milestone in the development of Russian-Chinese relations.\\"",
                    "speaker": {"id": "m1", "text": "Jiang", "entity": {"canonicalName": "Jiang Zemin"}},
                    "cue": {"text": "said", "lemma": "say"}, "attribution": {"id": "a1"}}}]}}""");
    }

    @Test
    void quoteFilters() {
        assertJson(jiang("a: quotes(filter: {text: \"MILESTONE\"}) { edges { node { id } } }"
                + " b: quotes(filter: {type: INDIRECT}) { totalCount }"
                + " c: quotes(filter: {speaker: \"e2\"}) { totalCount }"
                + " d: quotes(filter: {speaker: \"e1\", type: DIRECT, text: \"treaty\"}) { edges { node { id } } }"), """
                {"a": {"edges": [{"node": {"id": "q2"}}]}, "b": {"totalCount": 0}, "c": {"totalCount": 0},
                 "d": {"edges": [{"node": {"id": "q1"}}]}}""");
    }

    @Test
    void entitiesWithTheirMentionsQuotesAndClaims() {
        assertJson(jiang("entities(filter: {type: PERSON}) { edges { node { id canonicalName"
                + " mentions { totalCount edges { node { id text mentionType } } }"
                + " quotes { edges { node { id } } } claims { edges { node { id claimType } } } } } }"
                + " byName: entities(filter: {nameContains: \"treaty\"}) { edges { node { id } } }"), """
                {"entities": {"edges": [{"node": {"id": "e1", "canonicalName": "Jiang Zemin",
                   "mentions": {"totalCount": 1, "edges": [{"node": {"id": "m1", "text": "Jiang", "mentionType": "NAME"}}]},
                   "quotes": {"edges": [{"node": {"id": "q1"}}, {"node": {"id": "q2"}}]},
                   "claims": {"edges": [{"node": {"id": "cl1", "claimType": "PREDICTION"}}, {"node": {"id": "cl2", "claimType": "OPINION"}}]}}}]},
                 "byName": {"edges": [{"node": {"id": "e2"}}, {"node": {"id": "e3"}}]}}""");
    }

    @Test
    void mentionsInDocumentOrderAndFiltered() {
        assertJson(jiang("all: mentions { edges { node { id start end text entity { id } attributions { id } } } }"
                + " pronouns: mentions(filter: {type: PRONOUN}) { edges { node { id } } }"
                + " treaty: mentions(filter: {entity: \"e2\"}) { edges { node { id } } }"), """
                {"all": {"edges": [
                   {"node": {"id": "m3", "start": 1, "end": 22, "text": "The friendship treaty", "entity": {"id": "e2"}, "attributions": []}},
                   {"node": {"id": "m1", "start": 93, "end": 98, "text": "Jiang", "entity": {"id": "e1"}, "attributions": [{"id": "a1"}]}},
                   {"node": {"id": "m5", "start": 110, "end": 130, "text": "the signing ceremony", "entity": {"id": "e3"}, "attributions": []}},
                   {"node": {"id": "m6", "start": 134, "end": 145, "text": "the Kremlin", "entity": {"id": "e4"}, "attributions": []}},
                   {"node": {"id": "m4", "start": 148, "end": 152, "text": "This", "entity": {"id": "e2"}, "attributions": []}}]},
                 "pronouns": {"edges": [{"node": {"id": "m4"}}]},
                 "treaty": {"edges": [{"node": {"id": "m3"}}, {"node": {"id": "m4"}}]}}""");
    }

    @Test
    void cuesAndAttributions() {
        assertJson(jiang("cues(lemma: \"say\") { edges { node { id text lemma attributions { id } } } }"
                + " none: cues(lemma: \"tell\") { totalCount }"
                + " attributions { edges { node { id kind source { text } cue { text }"
                + " contents { link quote { id } } supplements { role range { start end text } } nestedIn { id }"
                + " claims { id } } } }"), """
                {"cues": {"edges": [{"node": {"id": "c1", "text": "said", "lemma": "say", "attributions": [{"id": "a1"}]}}]},
                 "none": {"totalCount": 0},
                 "attributions": {"edges": [{"node": {"id": "a1", "kind": "ATTRIBUTION", "source": {"text": "Jiang"},
                   "cue": {"text": "said"},
                   "contents": [{"link": "EXPLICIT", "quote": {"id": "q1"}}, {"link": "CONTINUATION", "quote": {"id": "q2"}}],
                   "supplements": [{"role": "SETTING", "range": {"start": 104, "end": 145,
                     "text": "after the signing ceremony in the Kremlin"}}],
                   "nestedIn": null, "claims": [{"id": "cl1"}, {"id": "cl2"}]}}]}}""");
    }

    @Test
    void claimsFiltered() {
        assertJson(jiang("all: claims { edges { node { id claimType checkworthy claimant { id } quote { id }"
                + " attribution { id } } } }"
                + " jiang: claims(filter: {claimant: \"e1\"}) { edges { node { id } } }"
                + " checkworthy: claims(filter: {checkworthy: true}) { edges { node { id text claimText } } }"
                + " opinions: claims(filter: {type: OPINION}) { edges { node { id } } }"), """
                {"all": {"edges": [
                   {"node": {"id": "cl1", "claimType": "PREDICTION", "checkworthy": false, "claimant": {"id": "e1"},
                     "quote": {"id": "q1"}, "attribution": {"id": "a1"}}},
                   {"node": {"id": "cl3", "claimType": "EVENT", "checkworthy": true, "claimant": {"id": "author"},
                     "quote": null, "attribution": null}},
                   {"node": {"id": "cl2", "claimType": "OPINION", "checkworthy": false, "claimant": {"id": "e1"},
                     "quote": {"id": "q2"}, "attribution": {"id": "a1"}}}]},
                 "jiang": {"edges": [{"node": {"id": "cl1"}}, {"node": {"id": "cl2"}}]},
                 "checkworthy": {"edges": [{"node": {"id": "cl3", "text": "Jiang said after the signing ceremony in the Kremlin",
                   "claimText": "Jiang Zemin made these statements after the treaty signing ceremony in the Kremlin."}}]},
                 "opinions": {"edges": [{"node": {"id": "cl2"}}]}}""");
    }

    @Test
    void segmentsByType() {
        assertJson(jiang("sentences: segments(type: SENTENCE) { edges { node { id start end segmentType } } }"
                + " paragraphs: segments(type: PARAGRAPH) { totalCount } tokens: segments(type: TOKEN) { totalCount }"
                + " all: segments { totalCount }"), """
                {"sentences": {"edges": [{"node": {"id": "s1", "start": 0, "end": 146, "segmentType": "SENTENCE"}},
                   {"node": {"id": "s2", "start": 147, "end": 217, "segmentType": "SENTENCE"}}]},
                 "paragraphs": {"totalCount": 1}, "tokens": {"totalCount": 0}, "all": {"totalCount": 3}}""");
    }

    @Test
    void spanQueriesThroughThePositionFilter() {
        assertJson(jiang("covering: annotations(position: {covering: {start: 95, end: 97}}) { edges { node { id } } }"
                + " inside: annotations(kinds: [MENTION, CUE], position: {coveredBy: {start: 93, end: 146}})"
                + "   { edges { node { id kind } } }"
                + " overlapping: annotations(kinds: [QUOTE], position: {overlapping: {start: 90, end: 150}})"
                + "   { edges { node { id ... on Quote { quoteType } } } }"
                + " at: annotations(position: {at: 93}) { edges { node { id } } }"
                + " both: annotations(position: {coveredBy: {start: 0, end: 100}, overlapping: {start: 20, end: 21}})"
                + "   { edges { node { id } } }"), """
                {"covering": {"edges": [{"node": {"id": "p1"}}, {"node": {"id": "s1"}}, {"node": {"id": "cl3"}},
                   {"node": {"id": "m1"}}]},
                 "inside": {"edges": [{"node": {"id": "m1", "kind": "MENTION"}}, {"node": {"id": "c1", "kind": "CUE"}},
                   {"node": {"id": "m5", "kind": "MENTION"}}, {"node": {"id": "m6", "kind": "MENTION"}}]},
                 "overlapping": {"edges": [{"node": {"id": "q1", "quoteType": "DIRECT"}}, {"node": {"id": "q2", "quoteType": "DIRECT"}}]},
                 "at": {"edges": [{"node": {"id": "p1"}}, {"node": {"id": "s1"}}, {"node": {"id": "cl3"}}, {"node": {"id": "m1"}}]},
                 "both": {"edges": [{"node": {"id": "q1"}}, {"node": {"id": "cl1"}}, {"node": {"id": "m3"}}]}}""");
    }

    @Test
    void annotationByIdThroughTheInterface() {
        assertJson(jiang("q: annotation(id: \"q2\") { id kind ... on SpanAnnotation { start end fragments { start end } } }"
                + " a: annotation(id: \"a1\") { __typename id } none: annotation(id: \"zz\") { id }"), """
                {"q": {"id": "q2", "kind": "QUOTE", "start": 147, "end": 217, "fragments": [{"start": 147, "end": 217}]},
                 "a": {"__typename": "Attribution", "id": "a1"}, "none": null}""");
    }

    @Test
    void missingDocumentIsNotFound() {
        assertJson(server.graphql("{ document(id: \"nope\") { id } }"), """
                {"errors": [{"message": "no document with id \\"nope\\"", "locations": [{"line": 1, "column": 3}],
                  "path": ["document"], "extensions": {"code": "NOT_FOUND", "classification": "NOT_FOUND"}}],
                 "data": {"document": null}}""");
    }
}
