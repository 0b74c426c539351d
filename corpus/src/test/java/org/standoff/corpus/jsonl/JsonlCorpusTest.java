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

    /** {@code document} as one JSON Lines line, without its newline. */
    private static String line(Document document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonlWriter writer = JsonlWriter.of(out, WriterOptions.DEFAULTS)) {
            writer.write(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2); // the header, then the document
        return lines[1];
    }

    /** The lines before bad bytes are read; the error names the last good line and ends the stream. */
    @Test
    void linesBeforeInvalidUtf8AreReadAndTheErrorNamesTheLineBefore() {
        List<Document> documents = documents(2);
        byte[] good = (line(documents.get(0)) + "\n"
                + line(documents.get(1)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"a\": \"\u00E9\"}\n{}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);

        List<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(bytes), "c", ReaderOptions.DEFAULTS)
                .collect(Collectors.toList());

        assertThat(results).hasSize(3);
        assertThat(results.subList(0, 2)).extracting(ReadResult::document).containsExactlyElementsOf(documents);
        assertThat(results.get(2).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("json.encoding");
            assertThat(d.message()).isEqualTo("the input is not valid UTF-8 (after line 2)");
        });
    }

    /** A line longer than the read buffer (64 KiB), CRLF endings and a blank line of non-ASCII white space. */
    @Test
    void longLinesCrlfAndUnicodeBlankLinesAreRead() {
        Document longOne = Document.builder("long", "x\u00e9\uD83D\uDE00 ".repeat(30_000)).build();
        List<Document> documents = List.of(longOne, documents(1).get(0));
        String corpus = line(documents.get(0)) + "\r\n"
                + "\u3000 \t\r\n"
                + line(documents.get(1)) + "\r\n";
        assertThat(corpus.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(3 * 65_536);

        List<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "c",
                ReaderOptions.DEFAULTS).collect(Collectors.toList());

        assertThat(results).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
        assertThat(results).extracting(ReadResult::document).containsExactlyElementsOf(documents);
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
