package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.validation.Diagnostic;

/**
 * What the W3C/Hypothesis, Label Studio and UIMA CAS JSON readers once dropped without a word is
 * kept, and the writer of the same format gives it back in its own place.
 */
class KeptFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Hypothesis API record as its search API answers it, with every field the issue lists. */
    private static final String HYPOTHESIS = """
            {"total": 1, "rows": [{
              "id": "Jx9fYgzfEe6", "created": "2024-03-01T10:00:00.123456+00:00", "updated": "2024-03-02T11:00:00.5+00:00",
              "user": "acct:ana@hypothes.is", "uri": "https://news.example/putin-jiang",
              "text": "a quote", "tags": [], "group": "__world__",
              "permissions": {"read": ["group:__world__"], "admin": ["acct:ana@hypothes.is"],
                              "update": ["acct:ana@hypothes.is"], "delete": ["acct:ana@hypothes.is"]},
              "target": [{"source": "https://news.example/putin-jiang", "selector": [
                {"type": "RangeSelector", "startContainer": "/div[1]/p[1]", "startOffset": 0,
                 "endContainer": "/div[1]/p[1]", "endOffset": 5},
                {"type": "TextPositionSelector", "start": 0, "end": 5},
                {"type": "TextQuoteSelector", "exact": "Jiang", "prefix": "", "suffix": " said"}]}],
              "document": {"title": ["Putin and Jiang sign a treaty"]},
              "links": {"html": "https://hypothes.is/a/Jx9fYgzfEe6"}, "flagged": false, "hidden": false}]}
            """;

    private static Document one(ImportResult result) {
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        return result.documents().get(0);
    }

    private static ImportResult read(String format, String name, String content, ImportOptions options) {
        return Formats.byName(format).orElseThrow().read(List.of(SourceFile.of(name, content)), options);
    }

    private static ExportResult write(String format, Document document) {
        return Formats.byName(format).orElseThrow().write(List.of(document), ExportOptions.DEFAULTS);
    }

    @Test
    void aHypothesisRecordKeepsItsPageTitleGroupPermissionsTimesSelectorsAndTags() throws Exception {
        Document doc = one(read("hypothesis", "h.json", HYPOTHESIS, ImportOptions.DEFAULTS.withText("Jiang said so.")));

        assertThat(doc.metadata()).containsEntry("source", "https://news.example/putin-jiang")
                .containsEntry("title", "Putin and Jiang sign a treaty");
        GenericSpan span = doc.genericSpans().get(0);
        assertThat(span.label()).isEqualTo("annotation");
        assertThat(span.attributes()).containsKeys("w3c:group", "w3c:permissions", "w3c:created", "w3c:updated",
                "w3c:tags", "w3c:target", "w3c:document", "w3c:user");

        ExportResult exported = write("w3c", doc);
        assertThat(exported.diagnostics()).isEmpty();
        JsonNode item = JSON.readTree(exported.files().get(0).content()).at("/first/items/0");
        JsonNode original = JSON.readTree(HYPOTHESIS).at("/rows/0");
        for (String field : List.of("group", "permissions", "created", "updated", "tags", "document", "user", "links",
                "flagged", "hidden")) {
            assertThat(item.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(item.has("body")).as("an empty tag list gets no invented tagging body").isFalse();
        assertThat(item.has("motivation")).isFalse();
        assertThat(item.at("/target/source").asText()).isEqualTo("https://news.example/putin-jiang");
        assertThat(item.at("/target/selector")).extracting(s -> s.path("type").asText())
                .containsExactly("TextPositionSelector", "TextQuoteSelector", "RangeSelector");
        assertThat(item.at("/target/selector/2")).isEqualTo(original.at("/target/0/selector/0"));

        Document again = one(read("w3c", "h.w3c.jsonld", exported.files().get(0).content(),
                ImportOptions.DEFAULTS.withText("Jiang said so.")));
        assertThat(again.genericSpans()).isEqualTo(doc.genericSpans());
        assertThat(again.metadata()).containsAllEntriesOf(doc.metadata());
        assertThat(again.provenance()).isEqualTo(doc.provenance());
    }

    @Test
    void aTagGivesTheLabelAndComesBackAsATagNotABody() throws Exception {
        String record = HYPOTHESIS.replace("\"tags\": []", "\"tags\": [\"Quote\", \"check\"]");
        Document doc = one(read("hypothesis", "h.json", record, ImportOptions.DEFAULTS.withText("Jiang said so.")));
        assertThat(doc.genericSpans().get(0).label()).isEqualTo("Quote");

        JsonNode item = JSON.readTree(write("w3c", doc).files().get(0).content()).at("/first/items/0");

        assertThat(item.get("tags")).isEqualTo(JSON.readTree("[\"Quote\", \"check\"]"));
        assertThat(item.has("body")).isFalse();
    }

    @Test
    void aLabelStudioTaskKeepsItsIdDataFieldsAndAnnotationIds() throws Exception {
        String task = """
                [{"id": 4711, "data": {"text": "Jiang said so.", "source": "xinhua", "meta_info": {"page": 3}, "n": 5},
                  "task_path": "/data/upload/1/news.json", "created_at": "2024-01-01T00:00:00Z",
                  "meta": {"batch": 2},
                  "annotations": [{"id": 17, "completed_by": 3, "created_ago": "2 hours", "source": "manual",
                    "lead_time": 12.5, "created_at": "2024-01-02T03:04:05Z",
                    "result": [{"id": "r1", "from_name": "ner", "to_name": "text", "type": "labels",
                                "value": {"start": 0, "end": 5, "text": "Jiang", "labels": ["PER"]}}]}]}]
                """;
        Document doc = one(read("labelstudio", "t.json", task, ImportOptions.DEFAULTS));

        JsonNode written = JSON.readTree(write("labelstudio", doc).files().get(0).content()).get(0);
        JsonNode original = JSON.readTree(task).get(0);

        assertThat(written.get("id")).isEqualTo(original.get("id"));
        assertThat(written.get("task_path")).isEqualTo(original.get("task_path"));
        assertThat(written.get("created_at")).isEqualTo(original.get("created_at"));
        assertThat(written.get("data")).isEqualTo(original.get("data"));
        assertThat(written.at("/meta/batch")).isEqualTo(original.at("/meta/batch"));
        JsonNode annotation = written.at("/annotations/0");
        for (String field : List.of("id", "created_ago", "source", "lead_time")) {
            assertThat(annotation.get(field)).as(field).isEqualTo(original.at("/annotations/0").get(field));
        }
        assertThat(annotation.at("/result/0/id").asText()).isEqualTo("r1");
        Document again = one(read("labelstudio", "t2.json", "[" + written + "]",
                ImportOptions.DEFAULTS));
        assertThat(again.metadata()).isEqualTo(doc.metadata());
    }

    @Test
    void aUimaAnnotationStaysAUimaAnnotationAndTheLanguageRoundTrips() throws Exception {
        String cas = """
                {"%TYPES": {}, "%FEATURE_STRUCTURES": [
                  {"%ID": 1, "%TYPE": "uima.cas.Sofa", "sofaNum": 1, "sofaID": "_InitialView", "mimeType": "text",
                   "sofaString": "Jiang said so."},
                  {"%ID": 2, "%TYPE": "uima.tcas.DocumentAnnotation", "@sofa": 1, "begin": 0, "end": 14, "language": "en"},
                  {"%ID": 3, "%TYPE": "uima.tcas.Annotation", "@sofa": 1, "begin": 0, "end": 5}],
                 "%VIEWS": {"_InitialView": {"%SOFA": 1, "%MEMBERS": [2, 3]}}}
                """;
        Document doc = one(read("uima-json", "c.json", cas, ImportOptions.DEFAULTS));
        assertThat(doc.metadata()).containsEntry("language", "en");
        assertThat(doc.genericSpans()).extracting(GenericSpan::layer).containsExactly("uima.tcas.Annotation");

        ExportResult exported = write("uima-json", doc);

        assertThat(exported.diagnostics()).isEmpty();
        JsonNode root = JSON.readTree(exported.files().get(0).content());
        assertThat(root.get("%FEATURE_STRUCTURES")).extracting(fs -> fs.path("%TYPE").asText())
                .contains("uima.tcas.Annotation").doesNotContain("webanno.custom.Annotation");
        assertThat(root.get("%TYPES").has("uima.tcas.Annotation")).isFalse();
        assertThat(root.get("%FEATURE_STRUCTURES")).anySatisfy(fs -> assertThat(fs.path("language").asText()).isEqualTo("en"));
        Document again = one(read("uima-json", "c2.json", exported.files().get(0).content(), ImportOptions.DEFAULTS));
        assertThat(again.genericSpans()).extracting(GenericSpan::layer, s -> s.span().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("uima.tcas.Annotation", "[0, 5)"));
        assertThat(again.metadata()).containsEntry("language", "en");
    }

    @Test
    void aRepeatedKeyOrTrailingTextIsAnErrorNotASilentLoss() {
        ImportResult repeated = read("labelstudio", "r.json", "[{\"data\": {\"text\": \"a\", \"text\": \"b\"}}]",
                ImportOptions.DEFAULTS);
        ImportResult trailing = read("w3c", "t.json", "{\"id\": \"a\"} {\"id\": \"b\"}", ImportOptions.DEFAULTS.withText("x"));
        ImportResult empty = read("uima-json", "e.json", "", ImportOptions.DEFAULTS);

        assertThat(repeated.documents()).isEmpty();
        assertThat(repeated.diagnostics()).extracting(d -> d.code() + " " + d.location() + " " + d.message())
                .singleElement().asString().startsWith("json.syntax r.json:1:").contains("Duplicate field 'text'");
        assertThat(trailing.diagnostics()).extracting(Diagnostic::code).containsExactly("json.syntax");
        assertThat(empty.diagnostics()).extracting(d -> d.code() + " " + d.message())
                .containsExactly("json.syntax the file holds no JSON value");
    }
}
