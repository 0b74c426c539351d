package org.standoff.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.standoff.corpus.exchange.ExportResult;

/** Writes the files of an export into an output folder, as UTF-8 without a byte-order mark. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes {@code file} under {@code folder}, creating folders as needed, and returns its path.
     *
     * @throws IOException when the name would leave the folder ({@code ..}, an absolute path) or the write fails
     */
    static Path write(Path folder, ExportResult.OutputFile file) throws IOException {
        Path target = folder.resolve(file.name()).normalize();
        if (!target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
            throw new IOException("the export names a file outside the output folder: " + file.name());
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        return target;
    }
}
