package org.standoff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one durable write: a temporary file, forced, renamed over the target, the directory forced. */
class DurableFilesTest {
    @TempDir
    Path directory;

    private long temporaries() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(DurableFiles::isTemporary).count();
        }
    }

    @Test
    void aWriteReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = directory.resolve("sub/doc.standoff.json");
        DurableFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));

        DurableFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aStreamReplacesTheFileOnlyWhenClosed() throws Exception {
        Path target = directory.resolve("corpus.jsonl");
        Files.writeString(target, "old\n");

        try (OutputStream out = DurableFiles.open(target)) {
            out.write("line 1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(target)).as("readers see the old file until close").isEqualTo("old\n");
            assertThat(temporaries()).isEqualTo(1);
            out.write('x');
        }

        assertThat(Files.readString(target)).isEqualTo("line 1\nx");
        assertThat(temporaries()).isZero();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = directory.resolve("doc.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        DurableFiles.write(target, new byte[] {'n'});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }
}
