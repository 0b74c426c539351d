package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * {@code convert} on documents whose ids and text references come from hostile data: an id with
 * NUL, an id of 300 characters, an id with '/' and '..', a {@code textRef} with NUL. Every id gets
 * a safe file name by {@link DocumentFileName}; one bad document is a diagnostic, never the end of
 * the batch, and nothing reaches standard error as a stack trace.
 */
class ConvertHostileIdsTest {
    private static final String LONG_ID = "x".repeat(300);

    @TempDir
    Path directory;

    private static Document document(String id) {
        return Document.builder(id, "Ana said so.")
                .add(Cue.of("c1", 4, 8, "say"))
                .build();
    }

    private Path jsonl(Document... documents) throws IOException {
        Path file = directory.resolve("in.jsonl");
        try (JsonlWriter out = JsonlWriter.open(file, WriterOptions.DEFAULTS)) {
            for (Document document : documents) {
                out.write(document);
            }
        }
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                    .sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "--to {0}")
    @ValueSource(strings = {"standoff", "brat", "uima-json", "w3c", "labelstudio", "doccano", "conll", "jsonl"})
    void idsThatCannotBeFileNamesAreMappedSafely(String to) throws IOException {
        Path in = jsonl(document("good"), document("a\u0000b"), document(LONG_ID), document("../up/and:out"));
        Path out = directory.resolve("out-" + to);

        CommandRun run = CommandRun.of("convert", "--from", "jsonl", "--to", to, in.toString(), out.toString(), "--quiet");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).startsWith("converted 4 document(s)");
        Path folder = Files.isDirectory(out) ? out : out.getParent();
        for (String name : names(folder)) {
            assertThat(name).doesNotContain("\u0000").doesNotContain("..").doesNotContain(":");
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThan(200);
        }
    }

    @Test
    void theStandoffFilesOfHostileIdsReadBackWithTheirIds() throws IOException {
        Path in = jsonl(document("a\u0000b"), document(LONG_ID), document("../up"));
        Path out = directory.resolve("out");

        CommandRun run = CommandRun.of("convert", "--from", "jsonl", "--to", "standoff", in.toString(), out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(names(out)).containsExactlyInAnyOrder(
                DocumentFileName.of("a\u0000b", StandoffDirectory.SUFFIX),
                DocumentFileName.of(LONG_ID, StandoffDirectory.SUFFIX),
                DocumentFileName.of("../up", StandoffDirectory.SUFFIX));
        assertThat(StandoffDirectory.readAll(out)).extracting(ReadResult::document).extracting(Document::id)
                .containsExactlyInAnyOrder("a\u0000b", LONG_ID, "../up");
    }

    @Test
    void aTextRefWithNulIsOneDiagnosticAndTheOtherDocumentsAreConverted() throws IOException {
        Path corpus = Files.createDirectories(directory.resolve("corpus"));
        StandoffDirectory.write(corpus, document("good"), WriterOptions.DEFAULTS);
        Files.writeString(corpus.resolve("ref.txt"), "Ana said so.");
        StandoffDirectory.write(corpus, document("ref"), WriterOptions.DEFAULTS.withTextRef("ref.txt"));
        Path bad = corpus.resolve("ref" + StandoffDirectory.SUFFIX);
        Files.writeString(bad, Files.readString(bad).replace("\"path\": \"ref.txt\"", "\"path\": \"ref\\u0000.txt\""));
        Path out = directory.resolve("out");

        CommandRun run = CommandRun.of("convert", "--from", "standoff", "--to", "brat", corpus.toString(), out.toString(), "--quiet");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("converted 1 document(s)").contains("textref.path").doesNotContain("Exception");
        assertThat(names(out)).containsExactly("annotation.conf", "good.ann", "good.txt");
    }

    /**
     * A lone surrogate in a string the reader reads is an error naming it ({@code string.unpaired-surrogate})
     * and the string is not taken; like every document with errors, the rest of the document is still
     * converted (exit 1), and nothing is ever written with {@code ?} or U+FFFD in its place.
     */
    @ParameterizedTest
    @ValueSource(strings = {"standoff", "jsonl"})
    void aLoneSurrogateInMetadataIsOneDiagnosticNeverAQuestionMark(String to) throws IOException {
        Document titled = document("titled").toBuilder().metadata("title", "TITLE").build();
        Path in = jsonl(document("first"), titled, document("last"));
        byte[] hostile = Files.readString(in).replace("TITLE", "\\ud800").getBytes(StandardCharsets.UTF_8);
        Files.write(in, hostile);
        Path out = directory.resolve(to.equals("jsonl") ? "out.jsonl" : "out-" + to);

        CommandRun run = CommandRun.of("convert", "--from", "jsonl", "--to", to, in.toString(), out.toString(), "--quiet");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("converted ").doesNotContain("Input length").contains("unpaired surrogate");
        List<Path> files = Files.isDirectory(out) ? names(out).stream().map(out::resolve).toList() : List.of(out);
        StringBuilder written = new StringBuilder();
        for (Path file : files) {
            written.append(Files.readString(file));
        }
        assertThat(written.toString()).doesNotContain("?").doesNotContain("\uFFFD").doesNotContain("\"title\"");
        if (to.equals("standoff")) {
            assertThat(names(out)).containsExactly("first.standoff.json", "last.standoff.json", "titled.standoff.json");
        }
    }
}
