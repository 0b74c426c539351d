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
 * the document's id.
 *
 * <p><b>Which files under a directory are documents</b> (the one rule of {@code standoff validate DIR},
 * {@code standoff serve --corpus DIR} and this class): every regular file whose name ends in
 * {@code .standoff.json}, in the directory or any of its subfolders, except names starting with a
 * dot (hidden files and folders, among them the server's temporary files); symbolic links are not
 * followed. They are read in the order of their relative paths ({@code /}-separated, compared as
 * strings), so a corpus reads the same way on every machine.
 */
public final class StandoffDirectory {
    /** The file name suffix of a standoff JSON document. */
    public static final String SUFFIX = ".standoff.json";

    private StandoffDirectory() {
    }

    /** The document files under {@code directory} (the rule above), sorted by relative path. */
    public static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> isDocument(directory, p))
                    .sorted((a, b) -> relative(directory, a).compareTo(relative(directory, b)))
                    .collect(Collectors.toList());
        }
    }

    /** Whether {@code file}, found under {@code directory}, is a document file by the rule above. */
    public static boolean isDocument(Path directory, Path file) {
        if (!file.getFileName().toString().endsWith(SUFFIX) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path part : directory.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
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
