package org.standoff.corpus.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.interop.Projection;
import org.standoff.corpus.interop.RandomAnnotatedDocuments;

class W3cRoundTripProperties {
    private final W3cFormat format = new W3cFormat();

    @Provide
    Arbitrary<Document> documents() {
        return RandomAnnotatedDocuments.documents();
    }

    @Property(tries = 200)
    void exportThenImportKeepsEveryAnnotation(@ForAll("documents") Document doc) {
        roundTrip(doc, ExportOptions.DEFAULTS);
    }

    @Property(tries = 100)
    void utf16PositionsAreDeclaredAndRead(@ForAll("documents") Document doc) {
        roundTrip(doc, new ExportOptions(OffsetUnit.UTF16, false));
    }

    private void roundTrip(Document doc, ExportOptions options) {
        ExportResult exported = format.write(List.of(doc), options);
        ImportResult imported = format.read(List.of(SourceFile.of("d.jsonld", exported.files().get(0).content())),
                ImportOptions.DEFAULTS.withText(doc.text()));

        assertThat(exported.diagnostics()).allSatisfy(d -> assertThat(d.message()).endsWith("an entity that no mention or claim names"));
        assertThat(imported.diagnostics()).isEmpty();
        Document back = imported.documents().get(0);
        assertThat(back.id()).isEqualTo(doc.id());
        assertThat(back.metadata()).isEqualTo(doc.metadata());
        assertThat(Projection.of(back)).containsAll(Projection.of(doc));
    }
}
