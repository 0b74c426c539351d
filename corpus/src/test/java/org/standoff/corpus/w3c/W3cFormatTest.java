package org.standoff.corpus.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.FormatExamples;

class W3cFormatTest {
    /** A text in which anno26's quote and anno27's positions (412..795) can be anchored. */
    static final String TEXT = "Note: this is an anotation that has some typos." + "x".repeat(800);
    private final W3cFormat format = new W3cFormat();

    private ImportResult read(String example, ImportOptions options) {
        return format.read(List.of(FormatExamples.file("w3c/" + example)), options);
    }

    private static List<String> codes(ImportResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void isRegistered() {
        assertThat(Formats.byName("w3c")).containsInstanceOf(W3cFormat.class);
    }

    @Test
    void withoutATextNothingIsImportedAndTheFileSaysSo() {
        ImportResult result = read("web-annotation_2016_examples_collection1.json", ImportOptions.DEFAULTS);

        assertThat(result.documents()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("w3c.no-text");
            assertThat(d.message()).startsWith("41 annotation(s) not imported");
        });
    }

    @Test
    void anno26AnchorsByQuotePrefixAndSuffix() {
        ImportResult result = read("web-annotation_2016_examples_anno26.json", ImportOptions.DEFAULTS.withText(TEXT));

        assertThat(result.diagnostics()).isEmpty();
        GenericSpan span = result.documents().get(0).genericSpans().get(0);
        assertThat(span.id().value()).isEqualTo("http://example.org/anno26");
        assertThat(span.coveredText(TEXT)).isEqualTo("anotation");
        assertThat(span.span().start()).isEqualTo(17);
        assertThat(span.attributes().get("body").asText()).isEqualTo("http://example.org/comment1");
    }

    @Test
    void anno27IsAPositionOnlySpanInAnAsciiText() {
        ImportResult result = read("web-annotation_2016_examples_anno27.json", ImportOptions.DEFAULTS.withText(TEXT));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.documents().get(0).genericSpans()).singleElement()
                .satisfies(s -> assertThat(s.span()).hasToString("[412, 795)"));
    }

    @Test
    void aPositionOnlySelectorInATextWhereUnitsDifferNeedsTheUnit() {
        String text = "😀" + TEXT;
        ImportResult result = read("web-annotation_2016_examples_anno27.json", ImportOptions.DEFAULTS.withText(text));

        assertThat(codes(result)).containsExactly("offset.unit-ambiguous");
        assertThat(result.diagnostics().get(0).message()).contains("state the unit with the import's offset unit option (codepoint, utf16 or utf8)");
    }

    @Test
    void selectorsThatNeedADomAreReportedNotGuessed() {
        for (String example : List.of("anno31", "anno32", "anno34", "anno36", "anno41")) {
            ImportResult result = read("web-annotation_2016_examples_" + example + ".json",
                    ImportOptions.DEFAULTS.withText(TEXT));
            assertThat(result.documents().get(0).annotations()).as(example).isEmpty();
            assertThat(codes(result)).as(example).contains("w3c.unanchored");
        }
        ImportResult anno32 = read("web-annotation_2016_examples_anno32.json", ImportOptions.DEFAULTS.withText(TEXT));
        assertThat(anno32.diagnostics().get(0).message()).isEqualTo("no TextQuoteSelector or TextPositionSelector on the"
                + " target (FragmentSelector refined by TextQuoteSelector cannot be resolved against a plain text): not imported");
    }

    @Test
    void theCollectionImportsItsTwoTextSpansAndReportsTheRest() {
        ImportResult result = read("web-annotation_2016_examples_collection1.json", ImportOptions.DEFAULTS.withText(TEXT));

        Document doc = result.documents().get(0);
        assertThat(doc.genericSpans()).extracting(s -> s.id().value())
                .containsExactly("http://example.org/anno26", "http://example.org/anno27");
        assertThat(doc.genericRelations()).isEmpty();
        assertThat(codes(result)).filteredOn("w3c.unanchored"::equals).hasSize(39);
        assertThat(codes(result)).containsOnly("w3c.unanchored");
    }

    @Test
    void theHypothesisRecordAnchorsInItsPagesTextContentCountedInUtf16() throws Exception {
        String html = Files.readString(FormatExamples.path("hypothesis/hypothesis-client_html-baselines_minimal.html"),
                StandardCharsets.UTF_8);
        String textContent = html.replaceAll("<[^>]*>", "");
        assertThat(textContent).isEqualTo("One Two Three\n");

        ImportResult result = format.read(List.of(FormatExamples.file("hypothesis/hypothesis-client_html-baselines_minimal.json")),
                ImportOptions.DEFAULTS.withText(textContent));

        assertThat(result.diagnostics()).isEmpty();
        GenericSpan span = result.documents().get(0).genericSpans().get(0);
        assertThat(span.id().value()).isEqualTo("test");
        assertThat(span.span()).hasToString("[4, 7)");
        assertThat(span.coveredText(textContent)).isEqualTo("Two");
    }

    @Test
    void aPositionThatDoesNotCoverItsQuoteIsRelocatedByTheQuoteAndReported() {
        String json = """
                {"id": "a1", "type": "Annotation", "target": {"source": "x", "selector": [
                  {"type": "TextPositionSelector", "start": 0, "end": 5},
                  {"type": "TextQuoteSelector", "exact": "Putin", "prefix": "said ", "suffix": "."}]}}
                """;
        String text = "Jiang said Putin.";
        ImportResult result = format.read(List.of(SourceFile.of("a.json", json)), ImportOptions.DEFAULTS.withText(text));

        assertThat(result.documents().get(0).genericSpans().get(0).span()).hasToString("[11, 16)");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("w3c.relocated");
            assertThat(d.message()).isEqualTo("position [0, 5) (codepoint) covers \"Jiang\", not \"Putin\":"
                    + " anchored by the quote at [11, 16) (utf16)");
        });
    }

    @Test
    void anAmbiguousQuoteIsAnErrorNotAGuess() {
        String json = """
                {"id": "a1", "type": "Annotation", "target": {"source": "x", "selector":
                  {"type": "TextQuoteSelector", "exact": "said"}}}
                """;
        ImportResult result = format.read(List.of(SourceFile.of("a.json", json)),
                ImportOptions.DEFAULTS.withText("He said she said."));

        assertThat(codes(result)).containsExactly("w3c.ambiguous");
        assertThat(result.diagnostics().get(0).message()).isEqualTo(
                "quote \"said\" occurs 2 times [[3, 7), [12, 16)] (utf16) and prefix, suffix and position do not decide");
    }

    @Test
    void aTextOtherThanTheOneAnnotatedIsReportedByItsFingerprint() {
        var doc = org.standoff.corpus.interop.RandomAnnotatedDocuments.document(3);
        String json = format.write(List.of(doc), org.standoff.corpus.exchange.ExportOptions.DEFAULTS).files().get(0).content();

        ImportResult result = format.read(List.of(SourceFile.of("d.jsonld", json)),
                ImportOptions.DEFAULTS.withText(doc.text() + " "));

        assertThat(codes(result)).contains("w3c.fingerprint");
    }
}
