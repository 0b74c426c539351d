package org.standoff.server.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.server.store.Change;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.RowDiff;
import org.standoff.server.store.StoreChecks;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * Loads documents into a database in batches: {@link #add} validates a document and queues it;
 * every {@value #BATCH} documents (and at {@link #flush}) one transaction writes the queue, each
 * document under its own savepoint, so a document that fails is reported and skipped whole and the
 * others of its batch still go in. A document keeps the version its file names (1 when none); a
 * document whose id the database already holds is skipped, never overwritten. Not thread-safe.
 */
public final class DatabaseImport {
    /** Documents per transaction. */
    public static final int BATCH = 100;

    /** One document that was not imported, and why. */
    public record Skipped(String source, String documentId, String reason) {
    }

    private final Database database;
    private final StoreChecks checks;
    private final List<Pending> queue = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private long imported;

    private record Pending(String source, StoredDocument stored) {
    }

    public DatabaseImport(Database database, Function<Document, List<Diagnostic>> validator) {
        this.database = Objects.requireNonNull(database, "database");
        this.checks = new StoreChecks(validator);
    }

    /**
     * Queues a document read from {@code source} (a file name, or a JSONL line), with what reading
     * reported; a document with an ERROR is skipped here. Its version is taken from the metadata.
     */
    public void add(String source, Document read, List<Diagnostic> readDiagnostics) {
        if (read == null) {
            skip(source, null, firstError(readDiagnostics, "no document could be read"));
            return;
        }
        StoredDocument stored = DocumentFiles.fromFile(read);
        try {
            checks.requireValid(stored.document(), readDiagnostics);
        } catch (StoreException.Invalid invalid) {
            skip(source, stored.id(), invalid.getMessage() + ": " + invalid.diagnostics().get(0));
            return;
        }
        queue.add(new Pending(source, stored));
        if (queue.size() >= BATCH) {
            flush();
        }
    }

    /** Writes the queued documents. */
    public void flush() {
        if (queue.isEmpty()) {
            return;
        }
        try (Connection connection = database.connection()) {
            // the pool resets auto-commit when the connection is returned
            connection.setAutoCommit(false);
            for (Pending pending : queue) {
                write(connection, pending);
            }
            connection.commit();
        } catch (SQLException e) {
            throw Database.failure("importing documents", e);
        }
        queue.clear();
    }

    private void write(Connection connection, Pending pending) throws SQLException {
        StoredDocument stored = pending.stored();
        RowDiff diff = RowDiff.of(null, stored);
        Savepoint savepoint = connection.setSavepoint();
        try {
            if (!DocumentWrites.insertDocument(connection, diff.after(), stored.version())) {
                connection.rollback(savepoint);
                skip(pending.source(), stored.id(), "the database already holds a document with this id; delete it first");
                return;
            }
            DocumentWrites.writeRows(connection, stored.id(), diff, false);
            DocumentWrites.recordEdit(connection, diff.record(stored.id(), 0, stored.version(), Change.of("db import")));
            connection.releaseSavepoint(savepoint);
            imported++;
        } catch (SQLException e) {
            RuntimeException failure = Database.failure("importing \"" + stored.id() + "\"", e);
            if (failure instanceof StoreException.Unavailable) {
                throw failure;
            }
            connection.rollback(savepoint);
            skip(pending.source(), stored.id(), "the database refused it: " + e.getMessage());
        }
    }

    private void skip(String source, String documentId, String reason) {
        skipped.add(new Skipped(source, documentId, reason));
    }

    private static String firstError(List<Diagnostic> diagnostics, String otherwise) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::toString).orElse(otherwise);
    }

    /** How many documents were written so far. */
    public long imported() {
        return imported;
    }

    /** The documents skipped so far, in input order. */
    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
