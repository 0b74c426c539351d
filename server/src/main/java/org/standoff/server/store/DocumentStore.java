package org.standoff.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * The served documents, each an immutable {@link StoredDocument} swapped atomically on write.
 *
 * <p>Reads never block and never see a half-made change. Writes to one document are serialized by a
 * lock per document id; each write checks the expected version (optimistic concurrency), validates
 * the edited document, makes it durable through the {@link Persistence}, and only then publishes it.
 * An edit is refused when it adds ERROR diagnostics the document did not have before; errors a
 * document already had (read from a broken file) do not block unrelated edits. Thread-safe.
 */
public final class DocumentStore {
    private final ConcurrentSkipListMap<String, StoredDocument> documents = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final Persistence persistence;
    private final Function<Document, List<Diagnostic>> validator;
    private final boolean readOnly;
    private volatile CorpusSource source;

    /**
     * A store over {@code initial} documents.
     *
     * @param initial     the documents to serve, with their versions
     * @param source      where they come from
     * @param persistence where writes go
     * @param validator   the validation run on every edited document (the core Validator)
     * @param readOnly    whether every write is refused
     */
    public DocumentStore(Collection<StoredDocument> initial, CorpusSource source, Persistence persistence,
                         Function<Document, List<Diagnostic>> validator, boolean readOnly) {
        initial.forEach(document -> documents.putIfAbsent(document.id(), document));
        this.source = Objects.requireNonNull(source, "source");
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.readOnly = readOnly;
    }

    /** The current version of the document with the given id, if there is one. */
    public Optional<StoredDocument> get(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    /** The current version of every document, ordered by id. */
    public List<StoredDocument> list() {
        return List.copyOf(documents.values());
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Where the documents come from; an embedded corpus becomes a directory on its first edit. */
    public CorpusSource source() {
        return source;
    }

    /**
     * Applies {@code edit} to the document's current version and publishes the result as the next
     * version.
     *
     * @throws StoreException.NotFound        when there is no such document
     * @throws StoreException.VersionConflict when its version is not {@code expectedVersion}
     * @throws StoreException.Invalid         when the edit adds ERROR diagnostics
     * @throws UncheckedIOException           when the write fails (nothing is published then)
     */
    public StoredDocument update(String documentId, int expectedVersion, UnaryOperator<Document> edit) {
        checkWritable();
        synchronized (lockFor(documentId)) {
            StoredDocument current = documents.get(documentId);
            if (current == null) {
                throw new StoreException.NotFound("no document with id \"" + documentId + "\"");
            }
            checkVersion(documentId, expectedVersion, current.version());
            Document edited = edit.apply(current.document());
            if (!edited.id().equals(documentId)) {
                throw new IllegalArgumentException("an edit must not change the document's id");
            }
            requireNoNewErrors(current.document(), edited);
            return publish(new StoredDocument(edited, current.version() + 1));
        }
    }

    /**
     * Adds a document, or replaces one with the same id when {@code expectedVersion} is its current
     * version. A new document starts at version 1; {@code expectedVersion} must then be null or 0.
     *
     * @param readDiagnostics what reading it reported; its errors refuse the import like validation errors
     */
    public StoredDocument put(Document document, Integer expectedVersion, List<Diagnostic> readDiagnostics) {
        checkWritable();
        synchronized (lockFor(document.id())) {
            StoredDocument current = documents.get(document.id());
            int actual = current == null ? 0 : current.version();
            if (current != null || (expectedVersion != null && expectedVersion != 0)) {
                checkVersion(document.id(), expectedVersion == null ? 0 : expectedVersion, actual);
            }
            Map<String, Diagnostic> errors = new LinkedHashMap<>();
            readDiagnostics.stream().filter(Diagnostic::isError).forEach(d -> errors.putIfAbsent(sameProblem(d), d));
            validator.apply(document).stream().filter(Diagnostic::isError).forEach(d -> errors.putIfAbsent(sameProblem(d), d));
            if (!errors.isEmpty()) {
                throw new StoreException.Invalid("the document has " + errors.size() + " error(s)", List.copyOf(errors.values()));
            }
            return publish(new StoredDocument(document, actual + 1));
        }
    }

    /** Deletes a document at the expected version. */
    public void delete(String documentId, int expectedVersion) {
        checkWritable();
        synchronized (lockFor(documentId)) {
            StoredDocument current = documents.get(documentId);
            if (current == null) {
                throw new StoreException.NotFound("no document with id \"" + documentId + "\"");
            }
            checkVersion(documentId, expectedVersion, current.version());
            try {
                persistence.remove(documentId);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete document \"" + documentId + "\"", e);
            }
            documents.remove(documentId);
            source = CorpusSource.DIRECTORY;
        }
    }

    private StoredDocument publish(StoredDocument next) {
        try {
            persistence.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write document \"" + next.id() + "\"", e);
        }
        documents.put(next.id(), next);
        source = CorpusSource.DIRECTORY;
        return next;
    }

    private void requireNoNewErrors(Document before, Document after) {
        Set<Diagnostic> old = new HashSet<>(validator.apply(before));
        List<Diagnostic> added = new ArrayList<>();
        for (Diagnostic diagnostic : validator.apply(after)) {
            if (diagnostic.isError() && !old.contains(diagnostic)) {
                added.add(diagnostic);
            }
        }
        if (!added.isEmpty()) {
            throw new StoreException.Invalid("the edit adds " + added.size() + " error(s)", added);
        }
    }

    /** What makes two diagnostics the same problem, wherever they were found (file or memory). */
    private static String sameProblem(Diagnostic diagnostic) {
        return diagnostic.code() + "\u0000" + diagnostic.subject() + "\u0000" + diagnostic.message();
    }

    private static void checkVersion(String documentId, int expected, int actual) {
        if (expected != actual) {
            throw new StoreException.VersionConflict(documentId, expected, actual);
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new StoreException.ReadOnly();
        }
    }

    private Object lockFor(String documentId) {
        return locks.computeIfAbsent(documentId, key -> new Object());
    }
}
