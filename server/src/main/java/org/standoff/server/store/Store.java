package org.standoff.server.store;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * The served corpus, as the GraphQL layer, the command line and the web page see it: versioned
 * immutable documents, read by id or by page, and written with optimistic versions. Two
 * implementations: {@link DirectoryStore} (the embedded default: every document in memory, one file
 * per document) and {@code PostgresStore} (documents in PostgreSQL, a bounded cache in memory, shared
 * by several servers). Callers never know which one they talk to; one contract test suite runs
 * against both.
 *
 * <p>Every write names the version it expects and fails with {@link StoreException.VersionConflict}
 * when another writer (another thread, or another server process on the same database) moved it
 * first; an accepted write makes the version exactly one higher and is durable before it returns.
 * Versions are 64-bit. A store that lost its backing service fails with
 * {@link StoreException.Unavailable} and serves again when it returns. Thread-safe.
 */
public interface Store extends AutoCloseable {

    /** The current version of the document with the given id, if there is one. */
    Optional<StoredDocument> get(String documentId);

    /**
     * One page of the documents that {@code filter} selects, ordered by id: at most {@code first}
     * documents whose id is greater than {@code afterId} (all when it is null).
     */
    DocumentPage page(DocumentFilter filter, int first, String afterId);

    /** How many documents and annotations of each kind the corpus holds. */
    CorpusCounts counts();

    /** Quotes, claims, mentions and entities across every document, from the store's indexes. */
    CorpusQueries corpusQueries();

    /**
     * Applies {@code edit} to the document's current version and stores the result as the next
     * version, recording the edit in the history.
     *
     * @param change which operation asks, and who
     * @throws StoreException.NotFound        when there is no such document
     * @throws StoreException.VersionConflict when its version is not {@code expectedVersion}
     * @throws StoreException.Invalid         when the edit adds ERROR diagnostics
     */
    StoredDocument update(String documentId, long expectedVersion, UnaryOperator<Document> edit, Change change);

    /**
     * Adds a document, or replaces one with the same id when {@code expectedVersion} is its current
     * version. A new document starts at version 1; {@code expectedVersion} must then be null or 0.
     *
     * @param readDiagnostics what reading it reported; its errors refuse it like validation errors
     */
    StoredDocument put(Document document, Long expectedVersion, List<Diagnostic> readDiagnostics, Change change);

    /** Deletes a document at the expected version. */
    void delete(String documentId, long expectedVersion, Change change);

    /**
     * The accepted edits of a document, newest first, at most {@code limit}; also after the document
     * was deleted, and after a restart. Both stores keep every edit: the database store in its
     * {@code edits} table, the directory store in its directory's append-only {@link HistoryLog}.
     */
    List<EditRecord> history(String documentId, int limit);

    /**
     * A token that changes whenever an accepted write may change what a read answers: two reads that
     * saw the same token saw the same documents, history and counts. The response cache and the HTTP
     * {@code ETag} of {@code GET /graphql} are keyed by it (docs/SERVER.md, "Response cache"). Asked before
     * a read, it is never newer than what the read sees. The directory store counts its writes (it is
     * the only writer of its documents); the database store answers PostgreSQL's snapshot, which moves
     * with every committed write of any server process on the database.
     */
    String corpusVersion();

    /** Whether every write is refused. */
    boolean isReadOnly();

    /** Where the documents live. */
    CorpusSource source();

    /** Releases connections and caches; a no-op for stores that hold none. */
    @Override
    default void close() {
    }
}
