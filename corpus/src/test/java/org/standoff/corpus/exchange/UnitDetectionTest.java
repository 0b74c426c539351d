package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Extent;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

class UnitDetectionTest {
    private static final String CAFE = OffsetConverterTest.CAFE;
    private static final OffsetReading CODEPOINT = OffsetReading.of(OffsetUnit.CODEPOINT);
    private static final OffsetReading UTF16 = OffsetReading.of(OffsetUnit.UTF16);

    @Test
    void expectedReadingThatVerifiesIsUsedSilently() {
        UnitDetection.Result result = detect(CAFE, OffsetReading.bratServer(), span("T1", 10, 15, "Putin"));
        assertThat(result.reading()).isEqualTo(OffsetReading.bratServer());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.extents()).containsExactly(Extent.of(14, 19));
    }

    @Test
    void otherReadingIsDetectedForTheWholeFileAndReported() {
        UnitDetection.Result result = detect(CAFE, OffsetReading.bratServer(),
                span("T1", 11, 16, "Putin"), span("T2", 0, 4, "Caf\u00e9"));
        assertThat(result.reading()).isEqualTo(CODEPOINT);
        assertThat(result.extents()).containsExactly(Extent.of(14, 19), Extent.of(0, 4));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(UnitDetection.DETECTED);
            assertThat(d.location().source()).isEqualTo("doc.ann");
            assertThat(d.message()).contains("count codepoint, not the expected codepoint over the LF view");
        });
    }

    @Test
    void whenNoReadingVerifiesTheExpectedOneIsKeptAndEveryMismatchReported() {
        UnitDetection.Result result = detect(CAFE, OffsetReading.bratServer(),
                span("T1", 10, 15, "Putin"), span("T2", 16, 20, "sayd"), span("T3", 0, 3, "Cat"));
        assertThat(result.reading()).isEqualTo(OffsetReading.bratServer());
        assertThat(result.extents().get(0)).isEqualTo(Extent.of(14, 19));
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("text.mismatch", "text.mismatch");
        assertThat(result.diagnostics().get(0).subject()).isEqualTo("T2");
        assertThat(result.diagnostics().get(0).message())
                .isEqualTo("expected \"sayd\", found \"said\" at [16, 20) (codepoint over the LF view)");
        assertThat(result.diagnostics().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void readingsThatVerifyButDisagreeLeaveTheFileUndecided() {
        String text = "\uD83D\uDE00xx";
        UnitDetection.Result result = detect(text, OffsetReading.of(OffsetUnit.UTF8), span("T1", 2, 3, "x"));
        assertThat(result.isDecided()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(UnitDetection.AMBIGUOUS);
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("state the unit with the import's offset unit option (codepoint, utf16 or utf8)");
        });
    }

    @Test
    void equivalentReadingsAreAcceptedAndNamed() {
        UnitDetection.Result result = detect("ab\r\ncd", OffsetReading.of(OffsetUnit.UTF8).withLfView(),
                span("T1", 4, 6, "cd"));
        assertThat(result.reading()).isEqualTo(CODEPOINT);
        assertThat(result.diagnostics().get(0).message()).contains("equivalently utf16, utf8");
    }

    @Test
    void withoutCoveredTextAgreeingUnitsProceed() {
        UnitDetection.Result result = detect("Jiang said \uD83D\uDE00", UTF16, span("d1", 0, 5, null));
        assertThat(result.reading()).isEqualTo(UTF16);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void withoutCoveredTextDisagreeingUnitsMustBeStated() {
        String text = "\uD83D\uDE00 Jiang said";
        UnitDetection.Result result = detect(text, UTF16, span("d1", 3, 8, null));
        assertThat(result.isDecided()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(UnitDetection.AMBIGUOUS);
            assertThat(d.message()).contains("no covered text", "d1", "state the unit with the import's offset unit option (codepoint, utf16 or utf8)");
        });
        UnitDetection.Result stated = UnitDetection.detect(request(text, UTF16, span("d1", 2, 7, null))
                .withStated(OffsetUnit.CODEPOINT));
        assertThat(stated.reading()).isEqualTo(CODEPOINT);
        assertThat(stated.extents()).containsExactly(Extent.of(3, 8));
        assertThat(stated.diagnostics()).isEmpty();
    }

    @Test
    void statedUnitIsNeverOverriddenButAHintIsGiven() {
        UnitDetection.Result result = UnitDetection.detect(request(CAFE, OffsetReading.bratServer(),
                span("T1", 14, 19, "Putin")).withStated(OffsetUnit.CODEPOINT));
        assertThat(result.reading()).isEqualTo(CODEPOINT);
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(UnitDetection.HINT, "text.mismatch");
        assertThat(result.diagnostics().get(0).message()).contains("utf16 would verify");
    }

    @Test
    void aHintNeverSuggestsAUnitThatCannotBeStated() {
        UnitDetection.Result result = UnitDetection.detect(request(CAFE, OffsetReading.bratServer(),
                span("T1", 7, 12, "Putin")).withOptions(ImportOptions.DEFAULTS.withOffsetUnit(OffsetUnit.CODEPOINT)
                .withNames(OptionNames.COMMAND_LINE)));

        assertThat(result.reading()).isEqualTo(CODEPOINT);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(UnitDetection.HINT, "text.mismatch");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("the stated unit codepoint does not verify the"
                + " covered texts, but they all verify as grapheme, grapheme over the LF view, which cannot be stated:"
                + " leave out --offset-unit UNIT to let the import detect it");
        UnitDetection.Result detected = detect(CAFE, OffsetReading.bratServer(), span("T1", 7, 12, "Putin"));
        assertThat(detected.reading()).isEqualTo(OffsetReading.grapheme());
    }

    @Test
    void invalidOffsetsAreErrorsOnTheirSpan() {
        UnitDetection.Result result = detect("\uD83D\uDE00 ab", UTF16, span("a", 1, 3, "?"), span("b", 3, 9, "ab"),
                span("c", 4, 3, ""), span("d", 3, 5, "ab"));
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("span.boundary", "span.out-of-range", "span.invalid");
        assertThat(result.extents()).containsExactly(null, null, null, Extent.of(3, 5));
    }

    @Test
    void discontinuousSpansUseTheFormatsJoiner() {
        SpanClaim claim = SpanClaim.of("T2", List.of(new SpanClaim.Range(5, 7), new SpanClaim.Range(9, 10)),
                "is n", " ", Location.ofLine(2, 1));
        UnitDetection.Result result = detect("This is\nan other test.", OffsetReading.bratServer(), claim);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.extents()).containsExactly(Extent.of(Span.of(5, 7), Span.of(9, 10)));
    }

    @Test
    void aStrippedBomThatWasCountedIsDetected() {
        DecodedText decoded = DecodedText.of(new SourceFile("doc.txt",
                "\uFEFFJiang said".getBytes(StandardCharsets.UTF_8)));
        assertThat(decoded.text()).isEqualTo("Jiang said");
        assertThat(decoded.diagnostics()).extracting(Diagnostic::code).containsExactly(DecodedText.BOM_STRIPPED);
        UnitDetection.Result result = UnitDetection.detect(request(decoded.text(), OffsetReading.bratServer(),
                span("T1", 1, 6, "Jiang")).withBomStripped(decoded.bomStripped()));
        assertThat(result.reading()).isEqualTo(CODEPOINT.withBomCounted());
        assertThat(result.extents()).containsExactly(Extent.of(0, 5));
    }

    /** A Label Studio file of two tasks: one reading for the whole file, verified on both texts. */
    @Test
    void severalTextsOfOneFileAreDecidedTogether() {
        UnitDetection.Request request = UnitDetection.Request.of("tasks.json", List.of(
                new UnitDetection.Text("plain Putin", List.of(span("a", 6, 11, "Putin"))),
                new UnitDetection.Text(CAFE, List.of(span("b", 14, 19, "Putin")))), CODEPOINT);

        UnitDetection.Result result = UnitDetection.detect(request);

        assertThat(result.reading()).isEqualTo(UTF16);
        assertThat(result.extents()).containsExactly(Extent.of(6, 11), Extent.of(14, 19));
        assertThat(result.fileDiagnostics()).extracting(Diagnostic::code).containsExactly(UnitDetection.DETECTED);
        assertThat(result.spanDiagnostics()).containsExactly(List.of(), List.of());
    }

    /** Formats that import an undecided file read it in the expected reading, after the ambiguity error. */
    @Test
    void detectOrExpectedFallsBackToTheExpectedReadingAfterTheError() {
        String text = "\uD83D\uDE00xx";
        UnitDetection.Request request = request(text, OffsetReading.of(OffsetUnit.UTF8), span("T1", 2, 3, "x"));

        UnitDetection.Result result = UnitDetection.detectOrExpected(request);

        assertThat(result.reading()).isEqualTo(OffsetReading.of(OffsetUnit.UTF8));
        assertThat(result.fileDiagnostics()).extracting(Diagnostic::code).containsExactly(UnitDetection.AMBIGUOUS);
        assertThat(result.extents()).containsExactly((Extent) null);
        assertThat(result.spanDiagnostics().get(0)).extracting(Diagnostic::code).containsExactly("span.boundary");
        assertThat(UnitDetection.detect(request).extents()).containsExactly((Extent) null);
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() {
        DecodedText decoded = DecodedText.of(new SourceFile("doc.txt", new byte[] {'a', 'b', (byte) 0xC3, 'x'}));
        assertThat(decoded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DecodedText.ENCODING);
            assertThat(d.message()).contains("offset 2");
        });
        assertThat(decoded.text()).isEqualTo("ab\uFFFDx");
    }

    private static SpanClaim span(String id, int start, int end, String text) {
        return SpanClaim.of(id, start, end, text, Location.ofLine(2, 1).inSource("doc.ann"));
    }

    private static UnitDetection.Request request(String text, OffsetReading expected, SpanClaim... spans) {
        return UnitDetection.Request.of("doc.ann", text, List.of(spans), expected);
    }

    private static UnitDetection.Result detect(String text, OffsetReading expected, SpanClaim... spans) {
        return UnitDetection.detect(request(text, expected, spans));
    }
}
