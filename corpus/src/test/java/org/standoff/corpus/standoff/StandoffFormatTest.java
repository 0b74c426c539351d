package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/** Standoff JSON as a {@code DocumentFormat}: the same bytes as {@link StandoffJson}, both ways. */
class StandoffFormatTest {
    private final Document article = Corpus.shipped().documents().get(0);

    @Test
    void isRegisteredUnderItsName() {
        assertThat(Formats.byName("standoff")).containsInstanceOf(StandoffFormat.class);
        assertThat(Formats.all()).extracting(f -> f.name())
                .containsExactly("brat", "conll", "doccano", "hypothesis", "jsonl", "labelstudio", "standoff", "uima-json", "w3c");
    }

    @Test
    void exportWritesCanonicalJsonPerDocumentAndImportReadsItBack() {
        ExportResult exported = new StandoffFormat().write(List.of(article), ExportOptions.DEFAULTS);

        assertThat(exported.diagnostics()).isEmpty();
        assertThat(exported.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("putin-jiang-friendship-treaty-2001.standoff.json");
            assertThat(file.content()).isEqualTo(StandoffJson.toJson(article));
        });
        ImportResult imported = new StandoffFormat().read(
                List.of(SourceFile.of("a.standoff.json", exported.files().get(0).content())), ImportOptions.DEFAULTS);
        assertThat(imported.diagnostics()).isEmpty();
        assertThat(imported.documents()).containsExactly(article);
    }

    @Test
    void exportWritesTheRequestedUnit() {
        ExportResult exported = new StandoffFormat().write(List.of(article), new ExportOptions(OffsetUnit.UTF8, false));

        assertThat(exported.files().get(0).content())
                .isEqualTo(StandoffJson.toJson(article, WriterOptions.DEFAULTS.withOffsetUnit(OffsetUnit.UTF8)))
                .contains("\"offsetUnit\": \"utf8\"");
    }

    @Test
    void aBrokenFileGivesItsDiagnosticsNamingTheFileAndNoDocument() {
        ImportResult imported = new StandoffFormat().read(List.of(SourceFile.of("broken.json", "{\"format\": ")),
                ImportOptions.DEFAULTS);

        assertThat(imported.documents()).isEmpty();
        assertThat(imported.hasErrors()).isTrue();
        assertThat(imported.diagnostics()).allSatisfy(d -> assertThat(d.location().source()).isEqualTo("broken.json"));
    }
}
