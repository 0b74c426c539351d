package org.standoff.corpus.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/** A JSON Lines corpus as a {@code DocumentFormat}: one file, a header line, one document per line. */
class JsonlFormatTest {
    private final Document article = Corpus.shipped().documents().get(0);
    private final Document renamed = article.toBuilder().metadata("title", "Copy").build();

    @Test
    void isRegisteredUnderItsName() {
        assertThat(Formats.byName("jsonl")).containsInstanceOf(JsonlFormat.class);
    }

    @Test
    void exportWritesOneFileWithAHeaderAndOneLinePerDocument() {
        ExportResult exported = new JsonlFormat().write(List.of(article, renamed), ExportOptions.DEFAULTS);

        assertThat(exported.diagnostics()).isEmpty();
        assertThat(exported.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("documents.jsonl");
            List<String> lines = file.content().lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("{\"format\":\"standoff-corpus/1\",\"documentFormat\":\"standoff/1\"}");
        });
    }

    @Test
    void importReadsEveryLineBackAlsoGzipped() throws Exception {
        String content = new JsonlFormat().write(List.of(article, renamed), ExportOptions.DEFAULTS).files().get(0).content();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }

        ImportResult plain = new JsonlFormat().read(List.of(SourceFile.of("c.jsonl", content)), ImportOptions.DEFAULTS);
        ImportResult zipped = new JsonlFormat().read(List.of(new SourceFile("c.jsonl.gz", gz.toByteArray())),
                ImportOptions.DEFAULTS);

        assertThat(plain.diagnostics()).isEmpty();
        assertThat(plain.documents()).containsExactly(article, renamed);
        assertThat(zipped.documents()).containsExactly(article, renamed);
    }

    @Test
    void aBrokenLineIsReportedWithItsLineAndTheOthersAreRead() {
        String content = new JsonlFormat().write(List.of(article), ExportOptions.DEFAULTS).files().get(0).content()
                + "{\"format\": \"standoff/1\"\n";

        ImportResult result = new JsonlFormat().read(List.of(SourceFile.of("c.jsonl", content)), ImportOptions.DEFAULTS);

        assertThat(result.documents()).containsExactly(article);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).location().source()).isEqualTo("c.jsonl");
        assertThat(result.diagnostics().get(0).location().line()).isEqualTo(3);
    }
}
