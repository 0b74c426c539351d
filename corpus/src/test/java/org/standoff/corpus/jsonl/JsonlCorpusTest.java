package org.standoff.corpus.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.RandomDocuments;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/** JSON Lines corpora (plain and gzip) and directory corpora. */
class JsonlCorpusTest {
    private static List<Document> documents(int n) {
        Random random = new Random(42);
        List<Document> documents = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document random1 = RandomDocuments.document("t\u00E9xt \uD83D\uDE00 " + i + "\r\nline two e\u0301", random);
            documents.add(random1.toBuilder().id("doc-" + i).build());
        }
        return documents;
    }

    private static List<Document> readAll(Path file) {
        try (Stream<ReadResult> results = JsonlCorpus.read(file)) {
            return results.peek(r -> assertThat(r.errors()).isEmpty()).map(ReadResult::document).collect(Collectors.toList());
        }
    }

    @Test
    void aCorpusRoundTripsPlainAndGzipped(@TempDir Path directory) throws IOException {
        List<Document> documents = documents(50);
        for (String name : List.of("corpus.jsonl", "corpus.jsonl.gz")) {
            Path file = directory.resolve(name);
            try (JsonlWriter out = JsonlWriter.open(file, WriterOptions.DEFAULTS.withOffsetUnit(OffsetUnit.UTF8))) {
                for (Document document : documents) {
                    out.write(document);
                }
            }
            assertThat(readAll(file)).isEqualTo(documents);
        }
        assertThat(Files.readAllLines(directory.resolve("corpus.jsonl"))).hasSize(51)
                .first().isEqualTo("{\"format\":\"standoff-corpus/1\",\"documentFormat\":\"standoff/1\"}");
        byte[] gzip = Files.readAllBytes(directory.resolve("corpus.jsonl.gz"));
        Path renamed = Files.write(directory.resolve("no-suffix"), gzip);
        assertThat(readAll(renamed)).hasSize(50);
    }

    @Test
    void aBrokenLineIsReportedWithItsLineNumberAndTheStreamGoesOn() {
        String good = StandoffJson.toJson(documents(1).get(0)).replace("\n", "");
        String corpus = "{\"format\": \"standoff-corpus/1\"}\n" + good + "\n\n{\"format\": \"standoff/1\", \"id\": 5}\n" + good + "\n";

        List<ReadResult> results;
        try (Stream<ReadResult> stream = JsonlCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)),
                "c.jsonl", ReaderOptions.DEFAULTS)) {
            results = stream.collect(Collectors.toList());
        }

        assertThat(results).hasSize(3);
        assertThat(results.get(0).isClean()).isTrue();
        Diagnostic broken = results.get(1).diagnostics().get(0);
        assertThat(broken.code()).isEqualTo("field.type");
        assertThat(broken.location().line()).isEqualTo(4);
        assertThat(broken.location().pointer()).isEqualTo("/id");
        assertThat(results.get(2).isClean()).isTrue();
    }

    @Test
    void anUnsupportedHeaderEndsTheStream() {
        String corpus = "{\"format\": \"standoff-corpus/9\"}\n{}\n";

        List<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "c",
                ReaderOptions.DEFAULTS).collect(Collectors.toList());

        assertThat(results).hasSize(1);
        assertThat(results.get(0).diagnostics().get(0).code()).isEqualTo("format.unsupported");
    }

    @Test
    void anOverlongLineIsReportedAndSkipped() {
        String corpus = "{\"x\": \"" + "a".repeat(200) + "\"}\n{\"format\": \"standoff/2\"}\n";

        List<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "c",
                ReaderOptions.DEFAULTS.withMaxDocumentBytes(100)).collect(Collectors.toList());

        assertThat(results).extracting(r -> r.diagnostics().get(0).code())
                .containsExactly("limit.document-size", "format.unsupported");
        assertThat(results.get(1).diagnostics().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void invalidUtf8EndsTheStreamWithADiagnostic() {
        byte[] bytes = "{\"a\": \"\u00E9\"}\n".getBytes(StandardCharsets.ISO_8859_1);

        List<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(bytes), "c", ReaderOptions.DEFAULTS)
                .collect(Collectors.toList());

        assertThat(results).extracting(r -> r.diagnostics().get(0).code()).containsExactly("json.encoding");
    }

    @Test
    void aDirectoryCorpusRoundTripsInPathOrder(@TempDir Path directory) throws IOException {
        List<Document> documents = documents(5);
        for (Document document : documents) {
            StandoffDirectory.write(directory, document, WriterOptions.DEFAULTS);
        }
        Files.writeString(directory.resolve("broken" + StandoffDirectory.SUFFIX), "{");

        List<ReadResult> results = StandoffDirectory.readAll(directory);

        assertThat(results).hasSize(6);
        assertThat(results.get(0).diagnostics()).extracting(Diagnostic::code).containsExactly("json.syntax");
        assertThat(results.get(0).diagnostics().get(0).location().source()).endsWith("broken.standoff.json");
        assertThat(results.subList(1, 6)).extracting(ReadResult::document).containsExactlyElementsOf(documents);
    }
}
