package org.standoff.corpus.standoff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFileName;

/**
 * A corpus kept as a directory of {@code *.standoff.json} files, one document each, named after
 * the document's id. Files are found in the directory and its subdirectories, in the order of
 * their relative paths, so a corpus reads the same way on every machine.
 */
public final class StandoffDirectory {
    /** The file name suffix of a standoff JSON document. */
    public static final String SUFFIX = ".standoff.json";

    private StandoffDirectory() {
    }

    /** The standoff files under {@code directory}, sorted by relative path. */
    public static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted((a, b) -> directory.relativize(a).toString().compareTo(directory.relativize(b).toString()))
                    .collect(Collectors.toList());
        }
    }

    /**
     * Reads every document under {@code directory}, one result per file, in path order, lazily: one
     * document is in memory at a time if the caller does not keep them. Each result's diagnostics
     * name their file.
     *
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static Stream<ReadResult> stream(Path directory, ReaderOptions options) {
        try {
            return files(directory).stream().map(file -> StandoffJson.read(file, options));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** Reads every document under {@code directory} with the default options, in path order. */
    public static List<ReadResult> readAll(Path directory) {
        try (Stream<ReadResult> results = stream(directory, ReaderOptions.DEFAULTS)) {
            return results.collect(Collectors.toList());
        }
    }

    /**
     * Writes {@code document} to {@code directory/<id>.standoff.json} (replacing it atomically),
     * the file named by {@link DocumentFileName}, and returns that path.
     */
    public static Path write(Path directory, Document document, WriterOptions options) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(DocumentFileName.of(document.id(), SUFFIX));
        StandoffJson.write(document, file, options);
        return file;
    }
}
