package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.validation.Diagnostic;

/**
 * Hostile sidecar text files: what a {@code textRef} may point at. Each case must end quickly with
 * one diagnostic, never read without bound, block, or reveal anything about a file outside the
 * corpus.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SidecarTextTest {

    private static Path document(Path directory, String textRef) throws IOException {
        Path file = directory.resolve("jiang" + StandoffDirectory.SUFFIX);
        Files.writeString(file, StandoffJson.toJson(Examples.jiang(), WriterOptions.DEFAULTS.withTextRef("jiang.txt"))
                .replace("\"path\": \"jiang.txt\"", "\"path\": \"" + textRef + "\""));
        return file;
    }

    private static Diagnostic onlyDiagnostic(Path file) {
        ReadResult result = StandoffJson.read(file);
        assertThat(result.document()).isNull();
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void aSymlinkToDevZeroIsNotARegularFile(@TempDir Path directory) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(directory.resolve("jiang.txt"), Path.of("/dev/zero"));

        Diagnostic diagnostic = onlyDiagnostic(document(directory, "jiang.txt"));

        assertThat(diagnostic.code()).isEqualTo(DiagnosticCodes.TEXTREF_PATH);
        assertThat(diagnostic.message()).contains("\"jiang.txt\"").contains("outside");
    }

    @Test
    void aDeviceInsideTheCorpusIsNotARegularFile(@TempDir Path directory) throws Exception {
        Path fifo = directory.resolve("jiang.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        Diagnostic diagnostic = onlyDiagnostic(document(directory, "jiang.txt"));

        assertThat(diagnostic.code()).isEqualTo(DiagnosticCodes.TEXTREF_UNREADABLE);
        assertThat(diagnostic.message()).contains("\"jiang.txt\"").contains("not a regular file");
    }

    @Test
    void aSymlinkOutOfTheCorpusIsRefusedWithoutHashingItsTarget(@TempDir Path directory) throws IOException {
        Path corpus = Files.createDirectory(directory.resolve("corpus"));
        Path secret = Files.writeString(directory.resolve("secret.txt"), "the secret");
        Files.createSymbolicLink(corpus.resolve("jiang.txt"), secret);

        Diagnostic diagnostic = onlyDiagnostic(document(corpus, "jiang.txt"));

        assertThat(diagnostic.code()).isEqualTo(DiagnosticCodes.TEXTREF_PATH);
        assertThat(diagnostic.message()).contains("outside")
                .doesNotContain(Fingerprint.sha256Hex("the secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .doesNotContain(secret.toString());
    }

    @Test
    void aSymlinkedFolderOutOfTheCorpusIsRefused(@TempDir Path directory) throws IOException {
        Path corpus = Files.createDirectory(directory.resolve("corpus"));
        Path outside = Files.createDirectory(directory.resolve("outside"));
        Files.writeString(outside.resolve("jiang.txt"), Examples.JIANG_TEXT);
        Files.createSymbolicLink(corpus.resolve("texts"), outside);

        assertThat(onlyDiagnostic(document(corpus, "texts/jiang.txt")).code()).isEqualTo(DiagnosticCodes.TEXTREF_PATH);
    }

    @Test
    void aSymlinkInsideTheCorpusIsFollowed(@TempDir Path directory) throws IOException {
        Path texts = Files.createDirectory(directory.resolve("texts"));
        Files.writeString(texts.resolve("jiang-v1.txt"), Examples.JIANG_TEXT);
        Files.createSymbolicLink(directory.resolve("jiang.txt"), Path.of("texts/jiang-v1.txt"));

        ReadResult result = StandoffJson.read(document(directory, "jiang.txt"));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document()).isEqualTo(Examples.jiang());
    }

    @Test
    void aPathWithNulIsRefused(@TempDir Path directory) throws IOException {
        Diagnostic diagnostic = onlyDiagnostic(document(directory, "jiang\\u0000.txt"));

        assertThat(diagnostic.code()).isEqualTo(DiagnosticCodes.TEXTREF_PATH);
        assertThat(diagnostic.message()).contains("control character");
    }

    @Test
    void aMissingFileSaysSoWithoutAStackTrace(@TempDir Path directory) throws IOException {
        Diagnostic diagnostic = onlyDiagnostic(document(directory, "missing.txt"));

        assertThat(diagnostic.code()).isEqualTo(DiagnosticCodes.TEXTREF_UNREADABLE);
        assertThat(diagnostic.message()).contains("\"missing.txt\"").contains("does not exist");
    }
}
