package org.standoff.server.store;

import org.standoff.corpus.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.standoff.StandoffDirectory;

/**
 * A corpus directory: one {@code *.standoff.json} file per document, in the directory or its
 * subfolders by {@link StandoffDirectory}'s rule, the one {@code standoff validate} uses. As a {@link Persistence} it
 * writes each saved version to its document's file durably ({@link DurableFiles}); a new document gets
 * a file named after its id. Thread-safe: the store serializes writes per document.
 */
public final class CorpusDirectory implements Persistence {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusDirectory.class);

    private final Path directory;
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    private CorpusDirectory(Path directory) {
        this.directory = directory;
    }

    /** The directory, for writing only: nothing is read. */
    public static CorpusDirectory at(Path directory) {
        return new CorpusDirectory(Objects.requireNonNull(directory, "directory").toAbsolutePath());
    }

    /**
     * A store over every document of {@code directory}, whose edits are written back to it. Files
     * that cannot be read are logged and skipped; temporary files left by a crash are deleted.
     *
     * @throws IOException when the directory cannot be listed, or two files hold the same document
     *                     id (serving either would bring the other back after a deletion)
     */
    public static DirectoryStore open(Path directory, boolean readOnly) throws IOException {
        CorpusDirectory corpus = at(directory);
        List<StoredDocument> documents = corpus.load();
        return new DirectoryStore(documents, CorpusSource.DIRECTORY, corpus, HistoryLog.in(corpus.directory),
                Validator::validate, readOnly);
    }

    /** The directory's documents, in the order of their relative paths; two files with one id are refused. */
    public List<StoredDocument> load() throws IOException {
        List<StoredDocument> documents = new ArrayList<>();
        for (Path file : list()) {
            DocumentFiles.Loaded loaded = DocumentFiles.read(file);
            loaded.diagnostics().stream().filter(Diagnostic::isError)
                    .forEach(d -> LOG.warn("{}: {}", file.getFileName(), d));
            if (loaded.stored() == null) {
                LOG.warn("{}: no document could be read; skipped", file.getFileName());
                continue;
            }
            Path other = files.putIfAbsent(loaded.stored().id(), file);
            if (other != null) {
                throw new IOException("two files hold document id \"" + loaded.stored().id() + "\": " + other
                        + " and " + file + "; remove or rename one");
            }
            documents.add(loaded.stored());
        }
        return documents;
    }

    /**
     * The document files: {@link StandoffDirectory#files}'s rule (subfolders included, hidden names
     * skipped), after deleting the temporary files a crash left beside them.
     */
    private List<Path> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("not a directory: " + directory);
        }
        List<Path> temporary;
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            temporary = walk.filter(DurableFiles::isTemporary).toList();
        }
        for (Path file : temporary) {
            Files.deleteIfExists(file);
        }
        return StandoffDirectory.files(directory);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void save(StoredDocument document) throws IOException {
        Path file = files.get(document.id());
        if (file == null) {
            file = freshFile(document.id());
            files.put(document.id(), file);
        }
        DurableFiles.write(file, DocumentFiles.encode(document));
    }

    /** A file for a new document that no other document uses: {@code id.standoff.json}, else {@code id-2...}. */
    private synchronized Path freshFile(String documentId) {
        String name = DocumentFileName.of(documentId, DocumentFiles.SUFFIX);
        String stem = name.substring(0, name.length() - DocumentFiles.SUFFIX.length());
        Path candidate = directory.resolve(name);
        for (int n = 2; files.containsValue(candidate) || Files.exists(candidate); n++) {
            candidate = directory.resolve(stem + "-" + n + DocumentFiles.SUFFIX);
        }
        return candidate;
    }

    @Override
    public void remove(String documentId) throws IOException {
        Path file = files.remove(documentId);
        if (file != null) {
            DurableFiles.delete(file);
        }
    }
}
