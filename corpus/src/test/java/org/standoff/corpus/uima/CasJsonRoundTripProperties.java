package org.standoff.corpus.uima;

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

class CasJsonRoundTripProperties {
    private final CasJsonFormat format = new CasJsonFormat();

    @Provide
    Arbitrary<Document> documents() {
        return RandomAnnotatedDocuments.documents();
    }

    @Property(tries = 150)
    void exportThenImportKeepsEverythingButWhatIsReported(@ForAll("documents") Document doc,
                                                          @ForAll OffsetUnit unit) {
        ExportResult exported = format.write(List.of(doc), new ExportOptions(unit, false));
        ImportResult imported = format.read(List.of(SourceFile.of("d.json", exported.files().get(0).content())),
                ImportOptions.DEFAULTS);

        assertThat(imported.diagnostics()).isEmpty();
        Document back = imported.documents().get(0);
        assertThat(back.id()).isEqualTo(doc.id());
        assertThat(back.text()).isEqualTo(doc.text());
        List<String> lost = exported.diagnostics().stream().map(d -> d.subject()).toList();
        List<String> expected = Projection.of(doc.toBuilder().build()).stream()
                .map(line -> line.replaceAll("provenance=[^\\]]*\\]$", "provenance=null]"))
                .filter(line -> lost.stream().noneMatch(id -> id != null && line.contains("[id=" + id + ",")
                        && !line.contains("provenance=null]")))
                .toList();
        assertThat(Projection.of(back)).containsAll(expected.stream()
                .filter(line -> !line.startsWith("GenericRelation")).toList());
    }
}
