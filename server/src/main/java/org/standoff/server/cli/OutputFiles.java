package org.standoff.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.standoff.core.text.OffsetIndex;
import org.standoff.corpus.DurableFiles;
import org.standoff.corpus.exchange.ExportResult;

/**
 * Writes the files of an export into an output folder, as UTF-8 without a byte-order mark, each
 * through {@link DurableFiles} (a crash leaves the old file or the new one).
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * The content of {@code file} as UTF-8; an unpaired surrogate, which UTF-8 cannot encode, is an
     * error naming where it is, never a replacement character.
     */
    private static byte[] utf8(ExportResult.OutputFile file) throws IOException {
        String content = file.content();
        int at = OffsetIndex.firstLoneSurrogate(content);
        if (at >= 0) {
            throw new IOException("cannot write " + file.name() + ": it has an unpaired surrogate U+"
                    + Integer.toHexString(content.charAt(at)).toUpperCase() + " at UTF-16 offset " + at
                    + ", which UTF-8 cannot encode");
        }
        return content.getBytes(StandardCharsets.UTF_8);
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
        DurableFiles.write(target, utf8(file));
        return target;
    }
}
