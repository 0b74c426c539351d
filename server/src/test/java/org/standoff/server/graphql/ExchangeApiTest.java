package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** {@code formats}, {@code Document.export} and {@code importDocument(format:, ...)} over real HTTP. */
class ExchangeApiTest {
    private static final String DIAGNOSTIC = "severity code message subject location { file pointer line column }";
    private static final String IMPORT = "mutation($format: String, $content: String, $files: [FileInput!], $text: String,"
            + " $offsetUnit: OffsetUnit, $documentId: ID) { importDocument(format: $format, content: $content, files: $files,"
            + " text: $text, offsetUnit: $offsetUnit, documentId: $documentId) { version document { id } documents { id version }"
            + " diagnostics { " + DIAGNOSTIC + " } errors { code subject } } }";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    private static Map<String, Object> file(String name, String content) {
        return variables("name", name, "content", content);
    }

    @Test
    void formatsListsEveryFormatWithWhatItCanDo() {
        assertJson(server.graphql("{ formats { name canImport canExport } }"), """
                {"data": {"formats": [
                  {"name": "brat", "canImport": true, "canExport": true},
                  {"name": "conll", "canImport": false, "canExport": true},
                  {"name": "doccano", "canImport": true, "canExport": true},
                  {"name": "hypothesis", "canImport": true, "canExport": false},
                  {"name": "jsonl", "canImport": true, "canExport": true},
                  {"name": "labelstudio", "canImport": true, "canExport": true},
                  {"name": "standoff", "canImport": true, "canExport": true},
                  {"name": "uima-json", "canImport": true, "canExport": true},
                  {"name": "w3c", "canImport": true, "canExport": true}]}}""");
    }

    @Test
    void exportAnswersTheFormatsFilesAndLossesExactly() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { export(format: \"brat\") { format files { name content }"
                + " diagnostics { " + DIAGNOSTIC + " } } } }");

        ExportResult expected = Formats.byName("brat").orElseThrow().write(List.of(Fixtures.jiang()), ExportOptions.DEFAULTS);
        JsonNode export = answer.at("/data/document/export");
        assertThat(export.path("format").asText()).isEqualTo("brat");
        assertThat(export.path("files").findValuesAsText("name"))
                .containsExactly("jiang.txt", "jiang.ann", "annotation.conf");
        for (int i = 0; i < expected.files().size(); i++) {
            assertThat(export.at("/files/" + i + "/content").asText()).isEqualTo(expected.files().get(i).content());
        }
        assertThat(export.path("diagnostics")).hasSize(expected.diagnostics().size());
        for (int i = 0; i < expected.diagnostics().size(); i++) {
            assertThat(export.at("/diagnostics/" + i + "/code").asText()).isEqualTo(expected.diagnostics().get(i).code());
            assertThat(export.at("/diagnostics/" + i + "/message").asText()).isEqualTo(expected.diagnostics().get(i).message());
        }
        assertJson(export.at("/diagnostics/0"), """
                {"severity": "WARNING", "code": "export.loss",
                 "message": "claimant author has no written mention (e.g. the AUTHOR); the claimant is lost",
                 "subject": "cl3", "location": null}""");
    }

    @Test
    void exportTakesTheUnitAndWritesLabelStudioPredictions() {
        JsonNode answer = server.graphql("{ document(id: \"jiang\") { utf8: export(format: \"standoff\", offsetUnit: UTF8) { files { name } }"
                + " ls: export(format: \"labelstudio\", predictions: true) { files { content } } } }");

        assertThat(answer.at("/data/document/utf8/files/0/name").asText()).isEqualTo("jiang.standoff.json");
        JsonNode tasks = TestServer.parse(answer.at("/data/document/ls/files/0/content").asText());
        assertThat(tasks.at("/0/predictions").size()).isEqualTo(1);
        assertThat(tasks.at("/0/annotations").size()).isZero();
    }

    @Test
    void anUnknownFormatIsABadRequestListingTheFormats() {
        JsonNode export = server.graphql("{ document(id: \"jiang\") { export(format: \"tei\") { format } } }");
        assertJson(export.at("/errors/0/extensions"), """
                {"code": "BAD_REQUEST", "formats": ["brat", "conll", "doccano", "jsonl", "labelstudio", "standoff", "uima-json", "w3c"],
                 "classification": "BAD_REQUEST"}""");
        assertThat(export.at("/errors/0/message").asText()).isEqualTo("unknown format \"tei\"; formats that export: brat, conll,"
                + " doccano, jsonl, labelstudio, standoff, uima-json, w3c");

        JsonNode conll = server.graphql(IMPORT, variables("format", "conll", "content", "x"));
        assertThat(conll.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(conll.at("/errors/0/message").asText()).isEqualTo("the format conll cannot import; formats that import:"
                + " brat, doccano, hypothesis, jsonl, labelstudio, standoff, uima-json, w3c");
        assertThat(server.store().list()).hasSize(1);
    }

    @Test
    void bratFilesImportAsOneDocumentWithItsQuotesAndAttributions() {
        ExportResult brat = Formats.byName("brat").orElseThrow().write(List.of(Fixtures.emoji()), ExportOptions.DEFAULTS);
        List<Map<String, Object>> files = new ArrayList<>();
        brat.files().forEach(f -> files.add(file(f.name(), f.content())));

        JsonNode answer = server.graphql(IMPORT, variables("format", "brat", "files", files));

        assertJson(answer, """
                {"data": {"importDocument": {"version": 1, "document": {"id": "emoji"},
                  "documents": [{"id": "emoji", "version": 1}], "diagnostics": [], "errors": []}}}""");
        Document stored = server.store().get("emoji").orElseThrow().document();
        assertThat(stored.text()).isEqualTo(Fixtures.EMOJI);
        assertThat(stored.attributions()).hasSize(1);
        assertThat(stored.quotes()).hasSize(1);
    }

    @Test
    void w3cContentImportsOverTheGivenTextUnderTheGivenId() {
        String json = "{\"id\": \"a1\", \"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": "
                + "{\"type\": \"TextQuoteSelector\", \"exact\": \"Bo\"}}}";

        JsonNode answer = server.graphql(IMPORT, variables("format", "w3c", "content", json, "text", Fixtures.EMOJI,
                "documentId", "w3c-doc"));

        assertJson(answer.at("/data/importDocument/documents"), "[{\"id\": \"w3c-doc\", \"version\": 1}]");
        assertThat(server.store().get("w3c-doc").orElseThrow().document().genericSpans()).singleElement()
                .satisfies(span -> assertThat(span.coveredText(Fixtures.EMOJI)).isEqualTo("Bo"));
    }

    @Test
    void anImportWithErrorsWritesNothingAndAnswersWhereTheyAre() {
        String ann = "T1\tPerson 0 3\tAnx\n";

        JsonNode answer = server.graphql(IMPORT, variables("format", "brat", "files",
                List.of(file("a.txt", "Ana said so."), file("a.ann", ann))));

        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_ANNOTATION");
        assertThat(answer.at("/errors/0/message").asText()).startsWith("the import has 1 error(s): expected \"Anx\"");
        assertJson(answer.at("/data/importDocument"), """
                {"version": 0, "document": null, "documents": [],
                 "diagnostics": [{"severity": "ERROR", "code": "text.mismatch",
                   "message": "expected \\"Anx\\", found \\"Ana\\" at [0, 3) (codepoint over the LF view)", "subject": "T1",
                   "location": {"file": "a.ann", "pointer": null, "line": 1, "column": 1}}],
                 "errors": [{"code": "text.mismatch", "subject": "T1"}]}""");
        assertThat(server.store().get("a")).isEmpty();
    }

    @Test
    void theStandoffFormatIsTheDefaultAndStandoffJsonStillWorksAlone() {
        String json = StandoffJson.toJson(Fixtures.emoji());

        JsonNode byContent = server.graphql(IMPORT, variables("content", json));
        assertJson(byContent.at("/data/importDocument/documents"), "[{\"id\": \"emoji\", \"version\": 1}]");

        JsonNode legacy = server.graphql("mutation($json: String!) { importDocument(standoffJson: $json, expectedVersion: 1) {"
                + " version documents { id version } diagnostics { code } errors { code } } }", variables("json", json));
        assertJson(legacy, """
                {"data": {"importDocument": {"version": 2, "documents": [{"id": "emoji", "version": 2}],
                  "diagnostics": [], "errors": []}}}""");
    }

    @Test
    void standoffJsonWithContentOrNeitherIsABadRequest() {
        JsonNode both = server.graphql("mutation { importDocument(standoffJson: \"{}\", content: \"{}\") { version } }");
        assertThat(both.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(both.at("/errors/0/message").asText()).isEqualTo("give standoffJson, or content or files in a format, not both");
        JsonNode neither = server.graphql("mutation { importDocument(format: \"brat\") { version } }");
        assertThat(neither.at("/errors/0/message").asText()).isEqualTo("give standoffJson, or content or files in a format");
        JsonNode mixed = server.graphql("mutation { importDocument(standoffJson: \"{}\", format: \"brat\") { version } }");
        assertThat(mixed.at("/errors/0/message").asText())
                .isEqualTo("standoffJson is standoff JSON; give the brat files as content or files");
        assertThat(mixed.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
    }
}
