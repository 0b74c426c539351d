package org.standoff.server.store;

import org.standoff.corpus.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.Corpus;

/**
 * The default corpus: the annotated article shipped inside the jar ({@link Corpus#shipped()}). It is never modified in the jar:
 * its first edit copies every embedded document into the data directory, marks the directory as an
 * initialized corpus ({@value #MARKER}), and from then on edits are written there. The next start
 * serves the data directory instead of the jar.
 */
public final class EmbeddedCorpus {
    /** The file that marks a data directory as holding the (edited) default corpus. */
    public static final String MARKER = ".standoff-corpus";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCorpus.class);

    private EmbeddedCorpus() {
    }

    /** Whether {@code dataDirectory} already holds the default corpus (it was edited before). */
    public static boolean isInitialized(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(MARKER));
    }

    /**
     * A store over the default corpus: the data directory when it is initialized, else the embedded
     * documents, copied to {@code dataDirectory} on the first edit.
     */
    public static DirectoryStore open(Path dataDirectory, boolean readOnly) throws IOException {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (isInitialized(dataDirectory)) {
            return CorpusDirectory.open(dataDirectory, readOnly);
        }
        return open(dataDirectory, readOnly, load());
    }

    /**
     * A store over {@code embedded} documents that copies them to {@code dataDirectory} on the first
     * edit, whether or not that directory is initialized. Its edit history goes to the data directory too.
     */
    public static DirectoryStore open(Path dataDirectory, boolean readOnly, List<StoredDocument> embedded) throws IOException {
        return new DirectoryStore(embedded, CorpusSource.EMBEDDED, new CopyOnFirstWrite(embedded, dataDirectory),
                HistoryLog.in(dataDirectory),
                Validator::validate, readOnly);
    }

    /** The embedded documents (the corpus module's shipped corpus), each at version 1. */
    public static List<StoredDocument> load() {
        List<StoredDocument> documents = new ArrayList<>();
        for (Document document : Corpus.shipped().documents()) {
            documents.add(DocumentFiles.fromFile(document));
        }
        return documents;
    }

    /** Copies the embedded documents into the data directory on the first write, then writes there. */
    private static final class CopyOnFirstWrite implements Persistence {
        private final List<StoredDocument> originals;
        private final Path dataDirectory;
        private CorpusDirectory target;

        CopyOnFirstWrite(List<StoredDocument> originals, Path dataDirectory) {
            this.originals = List.copyOf(originals);
            this.dataDirectory = dataDirectory;
        }

        private synchronized CorpusDirectory target() throws IOException {
            if (target == null) {
                Files.createDirectories(dataDirectory);
                CorpusDirectory directory = CorpusDirectory.at(dataDirectory);
                for (StoredDocument original : originals) {
                    directory.save(original);
                }
                DurableFiles.write(dataDirectory.resolve(MARKER),
                        "The Standoff default corpus, copied from the jar on its first edit.\n".getBytes(StandardCharsets.UTF_8));
                LOG.info("copied the embedded corpus to {} for its first edit", dataDirectory);
                target = directory;
            }
            return target;
        }

        @Override
        public void save(StoredDocument document) throws IOException {
            target().save(document);
        }

        @Override
        public void remove(String documentId) throws IOException {
            target().remove(documentId);
        }
    }
}
