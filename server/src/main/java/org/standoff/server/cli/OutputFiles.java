package org.standoff.server.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.standoff.corpus.exchange.ExportResult;

/** Writes the files of an export into an output folder, as UTF-8 without a byte-order mark. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes {@code file} under {@code folder}, creating folders as needed, and returns its path.
     *
     * @throws IOException when the name would leave the folder ({@code ..}, an absolute path) or cannot
     *                     be a path here (NUL), when the content is not well-formed Unicode (it is never
     *                     written with {@code ?} in place of a lone surrogate), or when the write fails
     */
    static Path write(Path folder, ExportResult.OutputFile file) throws IOException {
        Path target;
        try {
            target = folder.resolve(file.name()).normalize();
        } catch (InvalidPathException e) {
            throw new IOException("the export names a file that cannot exist here: " + e.getReason());
        }
        if (!target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
            throw new IOException("the export names a file outside the output folder: " + file.name());
        }
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(file.content()));
        } catch (CharacterCodingException e) {
            throw new IOException(file.name() + " is not written: its content holds an unpaired surrogate,"
                    + " which UTF-8 cannot hold");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, java.util.Arrays.copyOfRange(bytes.array(), bytes.arrayOffset(), bytes.arrayOffset() + bytes.limit()));
        return target;
    }
}
