package org.standoff.corpus.doccano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.FormatExamples;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.Projection;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.TestDocuments;
import org.standoff.corpus.exchange.UnitDetection;

class DoccanoFormatTest {
    private final DoccanoFormat doccano = new DoccanoFormat();

    @Test
    void sequenceLabelingExampleImports() {
        ImportResult result = doccano.read(List.of(FormatExamples.file("doccano", "tools-doccano-sequence-labeling.jsonl")),
                ImportOptions.DEFAULTS);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.documents()).hasSize(3);
        assertThat(result.documents()).extracting(d -> d.genericSpans().size()).containsExactly(2, 1, 1);
        Document first = result.documents().get(0);
        assertThat(first.genericSpans()).extracting(s -> s.label() + ":" + s.coveredText(first.text()))
                .containsExactly("ORG:EU", "MISC:German");
        assertThat(result.documents().get(2).genericSpans().get(0).coveredText(result.documents().get(2).text())).isEqualTo("Obama");
    }

    @Test
    void relationShapeImports() {
        String line = "{\"id\": 7, \"text\": \"Jiang met Yeltsin near Moscow.\", \"entities\": [{\"id\": 11, \"label\": \"PERSON\", "
                + "\"start_offset\": 0, \"end_offset\": 5}, {\"id\": 12, \"label\": \"PERSON\", \"start_offset\": 10, \"end_offset\": 17}],"
                + " \"relations\": [{\"id\": 3, \"from_id\": 11, \"to_id\": 12, \"type\": \"met\"}], \"Comments\": []}";
        ImportResult result = doccano.read(List.of(SourceFile.of("r.jsonl", line)), ImportOptions.DEFAULTS);
        assertThat(result.diagnostics()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("7");
        assertThat(doc.genericSpans()).extracting(s -> s.coveredText(doc.text())).containsExactly("Jiang", "Yeltsin");
        assertThat(doc.genericRelations()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("met");
            assertThat(r.arguments()).extracting(a -> a.role() + ":" + a.target().value()).containsExactly("from:span-11", "to:span-12");
        });
        assertThat(doc.metadata()).containsEntry("Comments", "[]");
    }

    @Test
    void doccanosRelationExtractionExampleImportsItsRelationsWithoutIds() {
        ImportResult result = doccano.read(List.of(FormatExamples.file("doccano",
                "doccano_relation-extraction_example.jsonl")), ImportOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.genericSpans()).extracting(s -> s.id().value() + " " + s.label() + ":" + s.coveredText(doc.text()))
                .containsExactly("span-0 ORG:Google", "span-1 DATE:September 4, 1998", "span-2 PERSON:Larry Page",
                        "span-3 PERSON:Sergey Brin");
        assertThat(doc.genericRelations()).extracting(r -> r.id().value() + " " + r.label() + " "
                + r.arguments().get(0).target().value() + "->" + r.arguments().get(1).target().value())
                .containsExactly("rel-1 foundedAt span-0->span-1", "rel-2 foundedBy span-0->span-2",
                        "rel-3 foundedBy span-0->span-3");
    }

    @Test
    void aRelationsProblemsPointAtTheRelationItself() {
        String first = "{\"text\": \"Ana met Bo.\", \"entities\": [{\"id\": 1, \"start_offset\": 0, \"end_offset\": 3,"
                + " \"label\": \"P\"}, {\"id\": 2, \"start_offset\": 8, \"end_offset\": 10, \"label\": \"P\"}], \"relations\": [";
        String line = first + "{\"id\": 2, \"from_id\": 1, \"to_id\": 2, \"type\": \"met\"}, {\"from_id\": 1, \"to_id\": 9,"
                + " \"type\": \"met\"}, {\"to_id\": 2}, {\"from_id\": 2, \"to_id\": 1, \"type\": \"metBy\"}]}";
        int second = line.indexOf("{\"from_id\": 1") + 1;
        int third = line.indexOf("{\"to_id\": 2}") + 1;

        ImportResult result = doccano.read(List.of(SourceFile.of("r.jsonl", "\n" + line + "\n")), ImportOptions.DEFAULTS);

        assertThat(result.diagnostics()).extracting(d -> d.code() + " " + d.location() + " " + d.message()).containsExactly(
                "doccano.reference r.jsonl:2:" + second + " /relations/1 to_id 9 names no imported entity of this line:"
                        + " relation not imported",
                "doccano.syntax r.jsonl:2:" + third + " /relations/2 relation 3 has no from_id, type: {\"to_id\":2}");
        assertThat(result.documents().get(0).genericRelations()).extracting(r -> r.id().value() + " " + r.label())
                .containsExactly("rel-2 met", "rel-4 metBy");
    }

    @Test
    void withoutCoveredTextAnAstralCharacterBeforeASpanNeedsTheUnitStated() {
        String line = "{\"text\": \"\\uD83D\\uDC68\\uD83C\\uDFFB\\u200D\\uD83D\\uDE92 firetrucks are red and fast\", \"label\": [[8, 18, \"VEHICLE\"]]}";
        ImportResult result = doccano.read(List.of(SourceFile.of("e.jsonl", line)), ImportOptions.DEFAULTS);
        assertThat(result.documents()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(UnitDetection.AMBIGUOUS);
            assertThat(d.location().source()).isEqualTo("e.jsonl");
            assertThat(d.location().line()).isEqualTo(1);
            assertThat(d.message()).contains("utf16", "codepoint", "state the unit with the import's offset unit option");
        });
        ImportResult stated = doccano.read(List.of(SourceFile.of("e.jsonl", line)), ImportOptions.DEFAULTS.withOffsetUnit(OffsetUnit.UTF16));
        Document doc = stated.documents().get(0);
        assertThat(doc.genericSpans().get(0).coveredText(doc.text())).isEqualTo("firetrucks");
    }

    @Test
    void brokenLinesAreReportedAndTheRestImported() {
        String content = "{\"text\": \"ok\", \"label\": [[0, 2, \"A\"]]}\n{not json\n{\"label\": []}\n"
                + "{\"text\": \"a\", \"text\": \"b\"}\n{\"text\": \"a\"} {\"text\": \"b\"}\n";
        ImportResult result = doccano.read(List.of(SourceFile.of("b.jsonl", content)), ImportOptions.DEFAULTS);
        assertThat(result.documents()).hasSize(1);
        assertThat(result.diagnostics()).extracting(d -> d.code() + "@" + d.location().line())
                .containsExactly("doccano.syntax@2", "doccano.syntax@3", "doccano.syntax@4", "doccano.syntax@5");
        assertThat(result.diagnostics().get(2).message()).contains("Duplicate field 'text'");
    }

    @Test
    void registeredUnderItsName() {
        assertThat(Formats.byName("doccano")).containsInstanceOf(DoccanoFormat.class);
        assertThat(Formats.byName("brat")).isPresent();
    }

    @Property(tries = 40)
    void genericSpansAndRelationsRoundTrip(@ForAll("documents") Document doc) {
        ExportResult exported = doccano.write(List.of(doc), ExportOptions.DEFAULTS);
        assertThat(exported.diagnostics()).extracting(Diagnostic::code).allMatch("export.renumbered"::equals);
        ImportResult back = doccano.read(List.of(SourceFile.of("d.jsonl", exported.files().get(0).content())),
                ImportOptions.DEFAULTS.withOffsetUnit(OffsetUnit.UTF16));
        assertThat(back.diagnostics()).noneMatch(Diagnostic::isError);
        Document imported = back.documents().get(0);
        assertThat(imported.text()).isEqualTo(doc.text());
        assertThat(Projection.of(imported)).isEqualTo(Projection.of(doc));
        assertThat(imported.genericRelations()).hasSameSizeAs(doc.genericRelations());
    }

    @Provide
    Arbitrary<Document> documents() {
        return TestDocuments.genericSpans(DoccanoFormat.SPAN_LAYER).map(DoccanoFormatTest::withRelation);
    }

    private static Document withRelation(Document doc) {
        List<GenericSpan> spans = doc.genericSpans();
        if (spans.size() < 2) {
            return doc;
        }
        return doc.toBuilder().add(new GenericRelation(GenericRelationId.of("r1"), DoccanoFormat.RELATION_LAYER, "near",
                List.of(new GenericRelation.Argument("from", AnyId.of(spans.get(0).id().value())),
                        new GenericRelation.Argument("to", AnyId.of(spans.get(1).id().value()))), Map.of(), null)).build();
    }

    static List<String> codes(ExportResult result) {
        List<String> codes = new ArrayList<>();
        result.diagnostics().forEach(d -> codes.add(d.code()));
        return codes;
    }

    static Extent extent(int start, int end) {
        return Extent.of(start, end);
    }
}
