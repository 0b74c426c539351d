package org.standoff.corpus.labelstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.interop.Projection;
import org.standoff.corpus.interop.RandomAnnotatedDocuments;

class LabelStudioRoundTripProperties {
    private final LabelStudioFormat format = new LabelStudioFormat();

    @Provide
    Arbitrary<Document> documents() {
        return RandomAnnotatedDocuments.documents();
    }

    @Property(tries = 200)
    void exportThenImportKeepsEverythingButWhatIsReported(@ForAll("documents") Document doc) {
        roundTrip(doc, ExportOptions.DEFAULTS);
    }

    @Property(tries = 100)
    void utf16OffsetsRoundTripWhenDeclared(@ForAll("documents") Document doc) {
        roundTrip(doc, new ExportOptions(OffsetUnit.UTF16, false));
    }

    private void roundTrip(Document doc, ExportOptions options) {
        ExportResult exported = format.write(List.of(doc), options);
        ImportResult imported = format.read(List.of(SourceFile.of(exported.files().get(0).name(),
                exported.files().get(0).content())), ImportOptions.DEFAULTS.withOffsetUnit(options.offsetUnit()));

        assertThat(imported.diagnostics()).isEmpty();
        Document back = imported.documents().get(0);
        assertThat(back.id()).isEqualTo(doc.id());
        assertThat(back.text()).isEqualTo(doc.text());
        List<String> expected = Projection.of(doc);
        List<String> lost = exported.diagnostics().stream().map(d -> d.subject()).toList();
        assertThat(Projection.of(back)).containsAll(expected.stream().filter(line -> lost.stream()
                .noneMatch(id -> id != null && line.contains("[id=" + id + ","))).toList());
    }
}
