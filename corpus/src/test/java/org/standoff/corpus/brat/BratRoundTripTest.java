package org.standoff.corpus.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.Projection;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.TestDocuments;

/** Export then import gives back the same annotations, on texts with emoji, combining marks and CRLF. */
class BratRoundTripTest {
    private final BratFormat brat = new BratFormat();

    @Property(tries = 40)
    void domainDocumentsSurvive(@ForAll("domain") Document doc) {
        Document back = roundTrip(doc);
        assertThat(back.text()).isEqualTo(doc.text());
        assertThat(Projection.of(back)).isEqualTo(Projection.of(doc));
    }

    @Property(tries = 25)
    void genericSpansSurvive(@ForAll("generic") Document doc) {
        Document back = roundTrip(doc);
        assertThat(Projection.of(back)).isEqualTo(Projection.of(doc));
    }

    @Test
    void annotatedParagraphKeepsAttributionsAndClaims() throws Exception {
        Document doc;
        try (var in = getClass().getResourceAsStream("/standoff/good/jiang.standoff.json")) {
            doc = StandoffJson.read(in, "jiang.standoff.json").document();
        }
        ExportResult exported = brat.write(List.of(doc), ExportOptions.DEFAULTS);
        assertThat(exported.diagnostics()).extracting(Diagnostic::code).contains("export.loss");
        List<SourceFile> files = new ArrayList<>();
        exported.files().forEach(f -> files.add(SourceFile.of(f.name(), f.content())));
        ImportResult imported = brat.read(files, ImportOptions.DEFAULTS);
        Document back = imported.documents().get(0);
        assertThat(back.attributions()).hasSameSizeAs(doc.attributions()).isNotEmpty();
        assertThat(Projection.of(back)).filteredOn(line -> line.startsWith("Attribution") || line.startsWith("Claim")
                || line.startsWith("Quote") || line.startsWith("Cue") || line.startsWith("Mention"))
                .containsExactlyElementsOf(Projection.of(doc).stream().filter(line -> line.startsWith("Attribution")
                        || line.startsWith("Claim") || line.startsWith("Quote") || line.startsWith("Cue")
                        || line.startsWith("Mention")).map(line -> line.replace("claimant=article author", "claimant=-")).toList());
    }

    @Provide
    Arbitrary<Document> domain() {
        return TestDocuments.domain();
    }

    @Provide
    Arbitrary<Document> generic() {
        return TestDocuments.genericSpans(BratVocabulary.ENTITY_LAYER);
    }

    Document roundTrip(Document doc) {
        ExportResult exported = brat.write(List.of(doc), ExportOptions.DEFAULTS);
        assertThat(exported.diagnostics()).as("losses").allMatch(d -> d.code().equals(org.standoff.corpus.exchange.Losses.RENUMBERED));
        List<SourceFile> files = new ArrayList<>();
        exported.files().forEach(f -> files.add(SourceFile.of(f.name(), f.content())));
        ImportResult imported = brat.read(files, ImportOptions.DEFAULTS);
        assertThat(imported.diagnostics()).as(String.valueOf(imported.diagnostics())).noneMatch(Diagnostic::isError);
        assertThat(imported.diagnostics()).noneMatch(d -> d.code().startsWith("offset."));
        return imported.documents().get(0);
    }
}
