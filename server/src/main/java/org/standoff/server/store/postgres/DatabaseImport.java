package org.standoff.server.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.DocumentRows;
import org.standoff.server.store.RowKind;
import org.standoff.server.store.StoreChecks;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * Loads documents into a database with {@code COPY}: {@link #add} validates a document and cuts it
 * into rows; every {@value #BATCH} documents (and at {@link #finish}) one transaction copies the
 * batch into every table at once. A document is never half-imported: when the database refuses a
 * batch, it is rolled back and copied again one document at a time, each under its own savepoint,
 * so the document it refuses is reported and skipped whole and the others still go in. A document
 * keeps the version its file names (1 when none); a document whose id the database already holds
 * (or that an earlier document of the input had) is skipped, never overwritten.
 *
 * <p>Into an empty database the import is a bulk load: the keys and indexes of the annotation tables
 * are set aside before the first batch ({@link DeferredIndexes}) and built once by {@link #finish},
 * which is several times faster than keeping them up to date row by row; an import that stops before
 * its end leaves them to the next migration. No server should write to the database meanwhile.
 *
 * <p>The database copies one batch while this class validates and cuts the next one (one writer
 * thread), so the two processes work at the same time. Not thread-safe: one thread adds.
 */
public final class DatabaseImport implements AutoCloseable {
    /** Documents per transaction. */
    public static final int BATCH = 50;

    /** How long a batch's COPY may wait for the database, longer than a request's 30 s: a loaded database is slow, not gone. */
    private static final int COPY_TIMEOUT_MS = 600_000;

    private static final List<RowKind> COUNTED = List.of(RowKind.ENTITIES, RowKind.MENTIONS, RowKind.QUOTES,
            RowKind.CUES, RowKind.ATTRIBUTIONS, RowKind.CLAIMS);

    /** One document that was not imported, and why. */
    public record Skipped(String source, String documentId, String reason) {
    }

    private final Database database;
    private final StoreChecks checks;
    private final ExecutorService preparers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("standoff-import-writer"));
    private final int inFlightBound;
    private final Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
    private final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> skippedAt = Collections.synchronizedList(new ArrayList<>());
    private List<Read> queue = new ArrayList<>();
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private long added;
    private volatile Boolean bulk;
    private volatile long imported;

    /** A document as read, waiting to be checked. */
    private record Read(long index, String source, Document document, List<Diagnostic> diagnostics) {
    }

    /** A checked document, cut into the lines each COPY target takes. */
    private record Pending(long index, String source, String id, Map<String, String> lines) {
    }

    /**
     * An import into {@code database} that checks documents on as many threads as there are processors.
     *
     * @param validator the validation every document passes (the core Validator)
     */
    public DatabaseImport(Database database, Function<Document, List<Diagnostic>> validator) {
        this.database = Objects.requireNonNull(database, "database");
        this.checks = new StoreChecks(validator);
        int threads = Runtime.getRuntime().availableProcessors();
        this.preparers = Executors.newFixedThreadPool(threads, daemon("standoff-import-check"));
        this.inFlightBound = threads + 1;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Queues a document read from {@code source} (a file name, or a JSONL line), with what reading
     * reported (null when nothing could be read); a document with an ERROR is skipped. Its version is
     * taken from the metadata.
     */
    public void add(String source, Document read, List<Diagnostic> readDiagnostics) {
        queue.add(new Read(added++, source, read, readDiagnostics));
        if (queue.size() >= BATCH) {
            handOn();
        }
    }

    /**
     * Hands the queued documents on: checked on one of the checking threads, then written by the
     * writer in input order. Waits while too many batches are on their way.
     */
    private void handOn() {
        if (!queue.isEmpty()) {
            List<Read> batch = queue;
            queue = new ArrayList<>();
            CompletableFuture<List<Pending>> prepared = CompletableFuture.supplyAsync(() -> prepare(batch), preparers);
            lastWrite = lastWrite.thenCombineAsync(prepared, (previous, pending) -> {
                write(pending);
                return null;
            }, writer);
            inFlight.add(lastWrite);
        }
        while (inFlight.size() > inFlightBound || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            join(inFlight.poll());
        }
    }

    /**
     * Writes what is queued, waits for it, and builds the keys and indexes a bulk load set aside.
     *
     * @return how many keys and indexes were built (0 when this was not a bulk load)
     */
    public int finish() {
        handOn();
        join(lastWrite);
        inFlight.clear();
        return Boolean.TRUE.equals(bulk) ? database.buildDeferredIndexes() : 0;
    }

    /** Whether this import set the keys and indexes aside (known once the first batch is written). */
    public boolean isBulk() {
        return Boolean.TRUE.equals(bulk);
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Checks a batch and cuts it into COPY lines; on a checking thread. */
    private List<Pending> prepare(List<Read> batch) {
        List<Pending> pending = new ArrayList<>();
        for (Read read : batch) {
            if (read.document() == null) {
                skip(read.index(), read.source(), null, firstError(read.diagnostics(), "no document could be read"));
                continue;
            }
            StoredDocument stored = DocumentFiles.fromFile(read.document());
            try {
                checks.requireValid(stored.document(), read.diagnostics());
            } catch (StoreException.Invalid invalid) {
                skip(read.index(), read.source(), stored.id(), invalid.getMessage() + ": " + invalid.diagnostics().get(0));
                continue;
            }
            pending.add(new Pending(read.index(), read.source(), stored.id(), lines(stored)));
        }
        return pending;
    }

    /** Writes one batch in one transaction; on the writer thread. */
    private void write(List<Pending> batch) {
        try (Connection connection = database.connection()) {
            // the pool resets auto-commit and the socket timeout when the connection is returned
            connection.setAutoCommit(false);
            connection.setNetworkTimeout(Runnable::run, COPY_TIMEOUT_MS);
            if (bulk == null) {
                boolean empty = !hasDocuments(connection) && !DeferredIndexes.pending(connection);
                if (empty) {
                    DeferredIndexes.defer(connection);
                    connection.commit();
                }
                bulk = empty;
            }
            List<Pending> fresh = withoutTakenIds(connection, batch);
            try {
                copy(connection, fresh);
                connection.commit();
                imported += fresh.size();
            } catch (SQLException e) {
                failIfUnavailable(e);
                connection.rollback();
                oneByOne(connection, fresh);
            }
        } catch (SQLException e) {
            throw Database.failure("importing documents", e);
        }
    }

    /** Copies each document under its own savepoint, skipping those the database refuses. */
    private void oneByOne(Connection connection, List<Pending> batch) throws SQLException {
        for (Pending pending : batch) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                copy(connection, List.of(pending));
                connection.releaseSavepoint(savepoint);
                imported++;
            } catch (SQLException e) {
                failIfUnavailable(e);
                connection.rollback(savepoint);
                skip(pending.index(), pending.source(), pending.id(), "the database refused it: " + e.getMessage());
            }
        }
        connection.commit();
    }

    private static void failIfUnavailable(SQLException e) {
        RuntimeException failure = Database.failure("importing documents", e);
        if (failure instanceof StoreException.Unavailable) {
            throw failure;
        }
    }

    private static boolean hasDocuments(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM documents)");
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /** The batch without the documents whose id the database, or an earlier document, already has. */
    private List<Pending> withoutTakenIds(Connection connection, List<Pending> batch) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM documents WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::id).toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    taken.add(result.getString(1));
                }
            }
        }
        List<Pending> fresh = new ArrayList<>();
        for (Pending pending : batch) {
            if (taken.add(pending.id())) {
                fresh.add(pending);
            } else {
                skip(pending.index(), pending.source(), pending.id(), "the database already holds a document with this id; delete it first");
            }
        }
        return fresh;
    }

    /** The COPY targets, in the order they are copied: documents before the rows that refer to them. */
    private static final List<String> TARGETS = targets();

    private static List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add("documents (id, version, text, sha256, codepoints, utf16, metadata, schema, unknown_fields, "
                + DocumentWrites.COUNTS + ")");
        Table.all().forEach(table -> targets.add(table.name() + " (" + String.join(", ", table.copyColumns()) + ")"));
        targets.add("attribution_contents (document_id, attribution_id, position, quote_id, link)");
        targets.add("edits (document_id, version_before, version_after, operation, before, after)");
        return List.copyOf(targets);
    }

    /** A document's lines for each COPY target ({@link #TARGETS}): its row, its annotation rows, its history entry. */
    private static Map<String, String> lines(StoredDocument stored) {
        DocumentRows rows = DocumentRows.of(stored.document());
        String id = rows.id();
        Map<RowKind, CopyText> tables = new EnumMap<>(RowKind.class);
        CopyText contents = new CopyText();
        for (DocumentRows.Row row : rows.rows()) {
            Table table = Table.of(row.kind());
            CopyText out = tables.computeIfAbsent(row.kind(), kind -> new CopyText()).field(id).field(row.id()).field(row.position());
            if (table.kind().isSpanned()) {
                out.field(DocumentWrites.bound(row, true)).field(DocumentWrites.bound(row, false));
            }
            for (String field : table.columns().values()) {
                out.field(row.field(field));
            }
            out.field(row.json()).end();
            if (row.kind() == RowKind.ATTRIBUTIONS) {
                int position = 0;
                for (JsonNode content : row.node().path("contents")) {
                    contents.field(id).field(row.id()).field(position++).field(content.path("quote").asText())
                            .field(content.path("link").asText("EXPLICIT")).end();
                }
            }
        }
        Head head = Head.of(rows.head());
        CopyText document = new CopyText().field(id).field(stored.version()).field(rows.text()).field(head.sha256())
                .field(head.codepoints()).field(head.utf16()).field(head.metadata()).field(head.schema())
                .field(head.unknownFields());
        for (RowKind kind : COUNTED) {
            document.field(rows.count(kind));
        }
        document.end();
        Map<String, String> lines = new HashMap<>();
        Iterator<String> targets = TARGETS.iterator();
        lines.put(targets.next(), document.toString());
        for (Table table : Table.all()) {
            String target = targets.next();
            if (tables.containsKey(table.kind())) {
                lines.put(target, tables.get(table.kind()).toString());
            }
        }
        lines.put(targets.next(), contents.toString());
        lines.put(targets.next(), new CopyText().field(id).field(0).field(stored.version()).field("db import")
                .field("[]").field("[]").end().toString());
        return lines;
    }

    /** Copies documents into every table, in one COPY per table. */
    private static void copy(Connection connection, List<Pending> documents) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (String target : TARGETS) {
            StringBuilder text = new StringBuilder();
            documents.forEach(pending -> text.append(pending.lines().getOrDefault(target, "")));
            copyIn(copy, target, text);
        }
    }

    private static void copyIn(CopyManager copy, String target, StringBuilder text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a string", e);
        }
    }

    private void skip(long index, String source, String documentId, String reason) {
        synchronized (skipped) {
            skipped.add(new Skipped(source, documentId, reason));
            skippedAt.add(index);
        }
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
        synchronized (skipped) {
            Integer[] order = new Integer[skipped.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing(skippedAt::get));
            return Arrays.stream(order).map(skipped::get).toList();
        }
    }

    /** Stops the threads; what {@link #finish} did not write is not written. */
    @Override
    public void close() {
        preparers.shutdownNow();
        writer.shutdownNow();
    }

    /** Rows in COPY's text format: fields separated by tabs, rows by newlines, {@code \N} for null. */
    private static final class CopyText {
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        CopyText field(long value) {
            separate();
            text.append(value);
            return this;
        }

        CopyText field(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            int special = 0;
            while (special < value.length() && !isSpecial(value.charAt(special))) {
                special++;
            }
            text.append(value, 0, special);
            for (int i = special; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> text.append(c);
                }
            }
            return this;
        }

        private static boolean isSpecial(char c) {
            return c == '\\' || c == '\n' || c == '\r' || c == '\t';
        }

        private void separate() {
            if (!first) {
                text.append('\t');
            }
            first = false;
        }

        CopyText end() {
            text.append('\n');
            first = true;
            return this;
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
