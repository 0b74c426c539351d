package org.standoff.corpus.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.FormatExamples;
import org.standoff.corpus.exchange.SourceFile;

/** Every brat file in format-examples imports, with its annotation counts. */
class BratExamplesTest {
    private final BratFormat brat = new BratFormat();

    @Test
    void epiEquivGroupWithoutId() {
        Document doc = single(read("brat_corpora_BioNLP-ST_2011_EPI_PMID-16379001"));
        assertThat(doc.genericSpans()).hasSize(7).allMatch(s -> s.label().equals("Protein"));
        assertThat(doc.genericRelations()).singleElement().satisfies(r -> {
            assertThat(r.id().value()).isEqualTo("*1");
            assertThat(r.layer()).isEqualTo(BratVocabulary.EQUIV_LAYER);
            assertThat(r.arguments()).extracting(a -> a.target().value()).containsExactly("T1", "T2");
        });
    }

    @Test
    void geNestedEventsAndLegacyModifiers() {
        Document doc = single(read("brat_corpora_BioNLP-ST_2011_GE_PMID-10438843"));
        assertThat(doc.genericSpans()).hasSize(31);
        assertThat(doc.genericSpans().stream().filter(s -> s.layer().equals(BratVocabulary.TRIGGER_LAYER))).hasSize(7);
        assertThat(doc.genericRelations()).hasSize(11);
        assertThat(relation(doc, "E5").arguments()).extracting(a -> a.role() + ":" + a.target().value())
                .containsExactly("Trigger:T27", "Theme:E6", "Cause:T12");
        assertThat(relation(doc, "E7").attributes()).containsEntry("Negation", AttributeValue.of(true));
        assertThat(relation(doc, "E9").attributes()).containsEntry("Speculation", AttributeValue.of(true));
    }

    @Test
    void tutorialUsesEveryLineTypeAndItsConf() {
        ImportResult result = brat.read(List.of(file("brat_tutorials_news_000-introduction.txt"),
                file("brat_tutorials_news_000-introduction.ann"), file("brat_tutorials_news_annotation.conf")), ImportOptions.DEFAULTS);
        Document doc = single(result);
        assertThat(doc.genericSpans()).hasSize(7);
        assertThat(doc.genericRelations()).extracting(r -> r.id().value()).containsExactlyInAnyOrder("E1", "R1", "R2", "N1", "#1");
        assertThat(span(doc, "T4").attributes()).containsEntry("Mention", AttributeValue.of("Name"))
                .containsEntry("Individual", AttributeValue.of(true));
        assertThat(relation(doc, "E1").attributes()).containsEntry("Confidence", AttributeValue.of("High"));
        assertThat(relation(doc, "N1").attributes()).containsEntry("entry", AttributeValue.of("64488"))
                .containsEntry("text", AttributeValue.of("Carlos Salinas de Gortari"));
        assertThat(relation(doc, "#1").attributes()).containsEntry("text", AttributeValue.of("100000000 USD"));
        assertThat(doc.schema().layer("Marry").orElseThrow().role("Person-Arg").orElseThrow())
                .isEqualTo(new RoleSchema("Person-Arg", 2, 2, List.of("Person")));
        assertThat(doc.schema().layer("Transfer-money").orElseThrow().role("Giver-Arg").orElseThrow().targets())
                .containsExactly("Person", "Organization", "GPE");
        assertThat(doc.schema().layer("Merge-org").orElseThrow().role("Org-Arg").orElseThrow().max())
                .isEqualTo(RoleSchema.UNBOUNDED);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void dkproDiscontinuousSpanAcrossALineBreak() {
        Document doc = single(read("dkpro-core_brat_document0d"));
        assertThat(doc.genericSpans()).hasSize(4);
        assertThat(doc.genericRelations()).hasSize(4);
        assertThat(span(doc, "T2").extent()).isEqualTo(Extent.of(Span.of(5, 7), Span.of(9, 10)));
        assertThat(span(doc, "T2").coveredText(doc.text())).isEqualTo("is n");
    }

    @Test
    void portugueseRelationsVerifyAsCodePoints() {
        ImportResult result = read("tools-brat-relations");
        Document doc = single(result);
        assertThat(doc.genericSpans()).hasSize(111);
        assertThat(doc.genericRelations()).hasSize(101);
        assertThat(result.diagnostics()).noneMatch(d -> d.code().startsWith("offset.") || d.code().equals("text.mismatch"));
    }

    @Test
    void portugueseReadAsUtf8ByteOffsetsFailsWith107Mismatches() {
        ImportResult result = brat.read(List.of(file("tools-brat-relations.txt"), file("tools-brat-relations.ann")),
                ImportOptions.DEFAULTS.withOffsetUnit(org.standoff.core.text.OffsetUnit.UTF8));
        long problems = result.diagnostics().stream().filter(d -> d.code().equals("text.mismatch")
                || d.code().equals("span.boundary") || d.code().equals("span.out-of-range")).count();
        assertThat(problems).isEqualTo(107);
        assertThat(result.diagnostics()).anyMatch(d -> d.code().equals("offset.unit-hint"));
    }

    private ImportResult read(String base) {
        return brat.read(List.of(file(base + ".txt"), file(base + ".ann")), ImportOptions.DEFAULTS);
    }

    static Document single(ImportResult result) {
        assertThat(result.diagnostics()).as(result.diagnostics().toString()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.documents()).hasSize(1);
        return result.documents().get(0);
    }

    private static SourceFile file(String name) {
        return FormatExamples.file("brat", name);
    }

    private static GenericSpan span(Document doc, String id) {
        return doc.annotation(id).map(GenericSpan.class::cast).orElseThrow();
    }

    private static GenericRelation relation(Document doc, String id) {
        return doc.annotation(id).map(GenericRelation.class::cast).orElseThrow();
    }
}
