package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.Corpus;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.EmbeddedCorpus;

/** Exact answers on the shipped article, served as the default corpus. */
class ShippedCorpusTest {
    private static final String ARTICLE = Corpus.SHIPPED_DOCUMENT_ID;

    @TempDir
    static Path data;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.over(EmbeddedCorpus.open(data, true), ServerConfig.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyQuoteOfJiangZeminWithItsCue() {
        assertJson(server.graphql("{ document(id: \"" + ARTICLE + "\") { quotes(filter: {speaker: \"e-jiang\"}) {"
                + " totalCount edges { node { id quoteType start end cue { text } speaker { text } } } } } }"), """
                {"data": {"document": {"quotes": {"totalCount": 8, "edges": [
                  {"node": {"id": "q3", "quoteType": "DIRECT", "start": 372, "end": 464, "cue": {"text": "said"}, "speaker": {"text": "Jiang"}}},
                  {"node": {"id": "q4", "quoteType": "DIRECT", "start": 519, "end": 589, "cue": {"text": "said"}, "speaker": {"text": "Jiang"}}},
                  {"node": {"id": "q12", "quoteType": "INDIRECT", "start": 2028, "end": 2127, "cue": {"text": "said"}, "speaker": {"text": "Jiang"}}},
                  {"node": {"id": "q13", "quoteType": "INDIRECT", "start": 2040, "end": 2127, "cue": {"text": "believed"}, "speaker": {"text": "he"}}},
                  {"node": {"id": "q34", "quoteType": "DIRECT", "start": 4699, "end": 4746, "cue": {"text": "said"}, "speaker": {"text": "Jiang"}}},
                  {"node": {"id": "q35", "quoteType": "INDIRECT", "start": 4718, "end": 4744, "cue": {"text": "feel optimistic"}, "speaker": {"text": "I"}}},
                  {"node": {"id": "q36", "quoteType": "DIRECT", "start": 4759, "end": 4784, "cue": {"text": "added"}, "speaker": {"text": "he"}}},
                  {"node": {"id": "q39", "quoteType": "INDIRECT", "start": 5067, "end": 5081, "cue": {"text": "invitation"}, "speaker": {"text": "Jiang"}}}]}}}}""");
    }

    @Test
    void theJiangParagraphAsTheGuidelinesAnnotateIt() {
        assertJson(server.graphql("{ document(id: \"" + ARTICLE + "\") {"
                + " slice(start: 372, end: 589) { text }"
                + " annotations(kinds: [QUOTE, CUE], position: {coveredBy: {start: 372, end: 589}}) { edges { node { id text } } } } }")
                .at("/data/document"), """
                {"slice": {"text": "\\"The friendship treaty will bring Russian-Chinese friendship from generation to generation,\\" Jiang said after the signing ceremony in the Kremlin. \\"This is a milestone in the development of Russian-Chinese relations.\\""},
                 "annotations": {"edges": [
                   {"node": {"id": "q3", "text": "\\"The friendship treaty will bring Russian-Chinese friendship from generation to generation,\\""}},
                   {"node": {"id": "c3", "text": "said"}},
                   {"node": {"id": "q4", "text": "\\"This is a milestone in the development of Russian-Chinese relations.\\""}}]}}""");
    }

    @Test
    void theDefaultCorpusIsTheEmbeddedArticle() {
        assertJson(server.graphql("{ corpus { source readOnly documentCount quoteCount attributionCount claimCount } }"), """
                {"data": {"corpus": {"source": "EMBEDDED", "readOnly": true, "documentCount": 1, "quoteCount": 39,
                  "attributionCount": 36, "claimCount": 59}}}""");
        assertThat(server.graphql("{ document(id: \"" + ARTICLE + "\") { fingerprint { codepoints } length(unit: UTF8) } }")
                .at("/data/document/fingerprint/codepoints").asInt()).isEqualTo(5115);
    }
}
