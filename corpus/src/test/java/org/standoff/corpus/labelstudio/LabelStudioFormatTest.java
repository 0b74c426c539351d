package org.standoff.corpus.labelstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

class LabelStudioFormatTest {
    private final LabelStudioFormat format = new LabelStudioFormat();

    static SourceFile example() throws IOException {
        return org.standoff.corpus.exchange.FormatExamples.file("labelstudio/tools-labelstudio-annotation-with-relation.json");
    }

    @Test
    void isRegistered() {
        assertThat(Formats.byName("labelstudio")).containsInstanceOf(LabelStudioFormat.class);
    }

    @Test
    void theSdkFixtureWithoutTextIsReportedPrecisely() throws IOException {
        ImportResult result = format.read(List.of(example()), ImportOptions.DEFAULTS);

        assertThat(result.documents()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("labelstudio.no-text", "labelstudio.text-length");
        Diagnostic length = result.diagnostics().get(1);
        assertThat(length.subject()).isEqualTo("yzPsD2eglo");
        assertThat(length.location().pointer()).isEqualTo("/annotations/0/result/1/value");
        assertThat(length.message()).isEqualTo(
                "value.text \"trust\" is 5 code points (5 UTF-16 units) long, but its offsets [10, 25) span 15");
    }

    @Test
    void theSdkFixtureWithAGivenTextImportsTwoSpansARelationAndAChoiceAndReportsTheContradictingText() throws IOException {
        String text = "We have always trusted Lisbon.";
        ImportResult result = format.read(List.of(example()), ImportOptions.DEFAULTS.withText(text).withDocumentId("sdk"));

        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("sdk");
        assertThat(doc.genericSpans()).hasSize(2);
        assertThat(doc.genericSpans()).extracting(s -> s.id().value() + " " + s.layer() + " " + s.label() + " " + s.span())
                .containsExactly("ER6FoirsCU label PER [3, 7)", "yzPsD2eglo label LOC [10, 25)");
        assertThat(doc.genericRelations()).hasSize(1);
        GenericRelation relation = doc.genericRelations().get(0);
        assertThat(relation.arguments()).extracting(a -> a.role() + ":" + a.target().value())
                .containsExactly("from:ER6FoirsCU", "to:yzPsD2eglo");
        assertThat(relation.attributes().get("direction").asText()).isEqualTo("right");
        assertThat(doc.metadata()).containsEntry("sentiment", "Positive");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("text.mismatch");
            assertThat(d.subject()).isEqualTo("yzPsD2eglo");
            assertThat(d.message()).isEqualTo("expected \"trust\", found \"ways trusted Li\" at [10, 25) (codepoint)");
        });
        assertThat(Validator.validate(doc)).isEmpty();
    }

    @Test
    void severalLabelsOnOneRegionAndSeveralAnnotatorsBecomeSpansWithProvenance() {
        String json = """
                [{"id": 7, "data": {"text": "Jiang said it.", "title": "T"},
                  "annotations": [
                    {"id": 1, "completed_by": 3, "created_at": "2024-01-02T03:04:05.123456Z", "result": [
                      {"id": "r1", "from_name": "ner", "to_name": "text", "type": "labels",
                       "value": {"start": 0, "end": 5, "text": "Jiang", "labels": ["PER", "SPEAKER"]}}]},
                    {"id": 2, "completed_by": {"id": 4, "email": "b@x.org"}, "result": [
                      {"id": "r1", "from_name": "ner", "to_name": "text", "type": "labels",
                       "value": {"start": 6, "end": 10, "text": "said", "labels": ["CUE"]}},
                      {"id": "r1", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": ["x"]}}]}],
                  "predictions": [{"model_version": "m1", "score": 0.5, "result": [
                      {"id": "p", "from_name": "ner", "to_name": "text", "type": "labels",
                       "value": {"start": 11, "end": 13, "text": "it", "labels": ["PRON"]}}]}]}]
                """;
        ImportResult result = format.read(List.of(SourceFile.of("t.json", json)), ImportOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("t-7");
        assertThat(doc.metadata()).containsEntry("title", "T");
        assertThat(doc.genericSpans()).extracting(s -> s.id().value() + "=" + s.label())
                .containsExactly("r1=PER", "r1#2=SPEAKER", "a2-r1=CUE", "p=PRON");
        assertThat(doc.genericSpans().get(2).attributes().get("note").asText()).isEqualTo("x");
        assertThat(doc.provenance()).extracting(p -> p.agent() + "/" + p.agentType() + "/" + p.confidence())
                .containsExactly("user:3/HUMAN/null", "b@x.org/HUMAN/null", "m1/SOFTWARE/0.5");
        assertThat(doc.provenance().get(0).time()).hasToString("2024-01-02T03:04:05.123456Z");
    }

    @Test
    void oldUtf16ExportsAreDetectedByVerification() {
        String json = """
                [{"data": {"text": "💩 annotation"}, "annotations": [{"result": [
                  {"id": "x", "from_name": "l", "to_name": "text", "type": "labels",
                   "value": {"start": 3, "end": 13, "text": "annotation", "labels": ["A"]}}]}]}]
                """;
        ImportResult result = format.read(List.of(SourceFile.of("old.json", json)), ImportOptions.DEFAULTS);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("offset.unit-detected");
            assertThat(d.message()).contains("utf16");
        });
        assertThat(result.documents().get(0).genericSpans().get(0).span().start()).isEqualTo(3);
    }

    @Test
    void predictionsPreAnnotateTasks() {
        Document doc = Document.builder("d", "\"Hi,\" she said.").add(Quote.of("q1", 0, 5, QuoteType.DIRECT)).build();

        String json = format.write(List.of(doc), new ExportOptions(null, true)).files().get(0).content();

        assertThat(json).contains("\"predictions\"").doesNotContain("\"annotations\"");
        Document back = format.read(List.of(SourceFile.of("d.json", json)), ImportOptions.DEFAULTS).documents().get(0);
        assertThat(back.quotes()).containsExactly(doc.quotes().get(0));
    }

    @Test
    void humanAnnotationsWrittenAsPredictionsAreReported() {
        Document doc = org.standoff.corpus.interop.RandomAnnotatedDocuments.document(1).toBuilder()
                .provenance(new org.standoff.core.model.Provenance(org.standoff.core.model.ProvenanceId.of("h"), "ann",
                        AgentType.HUMAN, null, null))
                .add(new Quote(org.standoff.core.model.QuoteId.of("qh"), org.standoff.core.model.Extent.of(0, 1),
                        QuoteType.DIRECT, List.of(), null, org.standoff.core.model.ProvenanceId.of("h")))
                .build();

        List<Diagnostic> losses = format.write(List.of(doc), new ExportOptions(OffsetUnit.CODEPOINT, true)).diagnostics();

        assertThat(losses).anySatisfy(d -> {
            assertThat(d.subject()).isEqualTo("h");
            assertThat(d.message()).isEqualTo("Label Studio cannot carry that the annotations of ann are human: written as a prediction");
        });
    }
}
