package org.standoff.server.store.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.server.store.Change;
import org.standoff.server.store.CorpusCounts;
import org.standoff.server.store.CorpusQueries;
import org.standoff.server.store.CorpusSource;
import org.standoff.server.store.DocumentFilter;
import org.standoff.server.store.DocumentPage;
import org.standoff.server.store.DocumentRows;
import org.standoff.server.store.EditRecord;
import org.standoff.server.store.RowDiff;
import org.standoff.server.store.RowKind;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;
import org.standoff.server.store.StoreChecks;

/**
 * The PostgreSQL store: documents in normalized tables (one per annotation kind, keyed by document and
 * annotation id, offsets in code points with a GiST-indexed range), a weight-bounded cache of validated
 * documents in memory, and optimistic versions in the database, so several server processes can
 * share one database without losing an update.
 *
 * <p>Reads: one query asks a document's version; when the cache holds that version it answers, else
 * the document is loaded with two more queries (its row, then every annotation row of every kind in one
 * {@code UNION ALL}) in one repeatable-read snapshot, read back through the standoff reader, and
 * validated. Another process's edit is seen on the next read, because the version is always asked.
 *
 * <p>Writes: the edit is applied to the current version and checked ({@link StoreChecks}); then one
 * transaction moves the version with {@code UPDATE … WHERE version = expected} (0 rows: someone else
 * wrote first, a {@link StoreException.VersionConflict}), deletes and upserts only the rows that changed,
 * and appends the {@code edits} entry. A lost database is {@link StoreException.Unavailable}; the pool
 * reconnects by itself when it returns. Thread-safe.
 *
 * <p>Corpus-wide queries ({@link #corpusQueries()}) are SQL over the annotation tables and the V5
 * indexes ({@link PostgresCorpusQueries}); they read what is committed, so every server sees every
 * server's edits at once.
 */
public final class PostgresStore implements Store {
    private static final String VERSION = "SELECT version FROM documents WHERE id = ?";
    private static final String ROWS = rowsQuery();

    private final Database database;
    private final Cache<String, StoredDocument> cache;
    /**
     * The last position in the database of each kind's rows (by the kind's ordinal), for the versions
     * this process loaded or wrote: an edit of such a version appends its new rows after them without
     * asking the database (the edit's version check guarantees no other process wrote since).
     * Held weakly: an entry goes with its version.
     */
    private final Map<StoredDocument, int[]> lastPositions = Collections.synchronizedMap(new WeakHashMap<>());
    private final StoreChecks checks;
    private final boolean readOnly;
    private final PostgresCorpusQueries corpus;

    /**
     * A store over {@code database}, whose schema must be migrated.
     *
     * @param cacheBytes the cache's bound, in estimated bytes of documents held
     * @param validator  the validation run on every read and edited document (the core Validator)
     */
    public PostgresStore(Database database, long cacheBytes, Function<Document, List<Diagnostic>> validator, boolean readOnly) {
        this.database = Objects.requireNonNull(database, "database");
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((String id, StoredDocument stored) -> weight(stored.document()))
                .build();
        this.checks = new StoreChecks(validator);
        this.readOnly = readOnly;
        this.corpus = new PostgresCorpusQueries(database, this::getAll, PostgresCorpusQueries.TIMEOUT_SECONDS);
    }

    /**
     * A rough count of the heap a cached document takes: its text twice (the string and the offset
     * index) and about 600 bytes per annotation with its share of the span indexes. Counted from the
     * kinds' lists: {@link Document#annotations()} would build (and sort) the list of all of them on
     * every version the cache takes.
     */
    static int weight(Document document) {
        long annotations = document.entities().size() + document.segments().size() + document.mentions().size()
                + document.quotes().size() + document.cues().size() + document.attributions().size()
                + document.claims().size() + document.genericSpans().size() + document.genericRelations().size();
        return (int) Math.min(Integer.MAX_VALUE, 256 + 4L * document.text().length() + 600 * annotations);
    }

    @Override
    public Optional<StoredDocument> get(String documentId) {
        try (Connection connection = database.connection()) {
            long version = version(connection, documentId);
            if (version == 0) {
                cache.invalidate(documentId);
                return Optional.empty();
            }
            StoredDocument cached = cache.getIfPresent(documentId);
            if (cached != null && cached.version() == version) {
                return Optional.of(cached);
            }
            return Optional.ofNullable(load(connection, documentId));
        } catch (SQLException e) {
            throw Database.failure("reading document \"" + documentId + "\"", e);
        }
    }

    /**
     * The current versions of several documents, by id: their versions asked in one query, then each
     * answered by the cache or loaded. Ids of documents that do not exist are left out. For the pages of
     * corpus-wide queries, whose hits name a few documents each.
     */
    Map<String, StoredDocument> getAll(Collection<String> documentIds) {
        Map<String, StoredDocument> found = new HashMap<>();
        try (Connection connection = database.connection()) {
            Map<String, Long> versions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version FROM documents WHERE id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        versions.put(result.getString(1), result.getLong(2));
                    }
                }
            }
            for (Map.Entry<String, Long> version : versions.entrySet()) {
                StoredDocument cached = cache.getIfPresent(version.getKey());
                StoredDocument current = cached != null && cached.version() == version.getValue() ? cached
                        : load(connection, version.getKey());
                if (current != null) {
                    found.put(current.id(), current);
                }
            }
            return found;
        } catch (SQLException e) {
            throw Database.failure("reading documents " + documentIds, e);
        }
    }

    /** The current version of a document, 0 when there is none. */
    private static long version(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(VERSION)) {
            select.setString(1, documentId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    /** Loads a document in one snapshot: its row, then all its annotation rows; null when it is gone. */
    private StoredDocument load(Connection connection, String documentId) throws SQLException {
        // the pool resets auto-commit, isolation and read-only when the connection is returned
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        StoredDocument loaded;
        int[] last = new int[RowKind.values().length];
        try {
            loaded = loadInSnapshot(connection, documentId, last);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        }
        if (loaded != null) {
            lastPositions.put(loaded, last);
            cache.asMap().merge(documentId, loaded, (old, now) -> old.version() >= now.version() ? old : now);
        }
        return loaded;
    }

    /** Loads a document; {@code last} gets the last position of each kind's rows (-1: none). */
    private static StoredDocument loadInSnapshot(Connection connection, String documentId, int[] last) throws SQLException {
        long version;
        String text;
        Head head;
        try (PreparedStatement select = connection.prepareStatement("SELECT version, text, sha256, codepoints, utf16,"
                + " metadata, schema, unknown_fields FROM documents WHERE id = ?")) {
            select.setString(1, documentId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                version = result.getLong(1);
                text = result.getString(2);
                head = new Head(result.getString(3), result.getInt(4), result.getInt(5), result.getString(6),
                        result.getString(7), result.getString(8));
            }
        }
        Map<RowKind, List<String>> rows = new EnumMap<>(RowKind.class);
        try (PreparedStatement select = connection.prepareStatement(ROWS)) {
            for (int i = 1; i <= RowKind.values().length; i++) {
                select.setString(i, documentId);
            }
            Arrays.fill(last, -1);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int kind = result.getInt(1);
                    last[kind] = Math.max(last[kind], result.getInt(2));
                    rows.computeIfAbsent(RowKind.values()[kind], k -> new ArrayList<>()).add(result.getString(3));
                }
            }
        }
        ReadResult read = DocumentRows.assemble(head.toJson(documentId), text, rows);
        if (read.document() == null) {
            throw new IllegalStateException("document \"" + documentId + "\" in the database cannot be read: "
                    + read.diagnostics());
        }
        return new StoredDocument(read.document(), version);
    }

    /** Every annotation row of one document: (kind ordinal, body), each kind in position order. */
    private static String rowsQuery() {
        List<String> selects = new ArrayList<>();
        for (Table table : Table.all()) {
            selects.add("(SELECT " + table.kind().ordinal() + " AS kind, position, body::text FROM " + table.name()
                    + " WHERE document_id = ?)");
        }
        return String.join(" UNION ALL ", selects) + " ORDER BY kind, position";
    }

    @Override
    public DocumentPage page(DocumentFilter filter, int first, String afterId) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (filter.language() != null) {
            conditions.add("metadata ->> 'language' = ?");
            values.add(filter.language());
        }
        if (filter.titleContains() != null) {
            conditions.add("strpos(lower(coalesce(metadata ->> 'title', '')), lower(?)) > 0");
            values.add(filter.titleContains());
        }
        if (filter.textContains() != null) {
            conditions.add("strpos(text, ?) > 0");
            values.add(filter.textContains());
        }
        if (filter.search() != null) {
            conditions.add("(strpos(lower(coalesce(metadata ->> 'title', '')), lower(?)) > 0 OR strpos(lower(text), lower(?)) > 0)");
            values.add(filter.search());
            values.add(filter.search());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String and = conditions.isEmpty() ? " WHERE " : " AND ";
        int total;
        boolean hasPrevious;
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connection()) {
            total = (int) count(connection, "SELECT count(*) FROM documents" + where, values, null);
            hasPrevious = afterId != null
                    && count(connection, "SELECT count(*) FROM (SELECT 1 FROM documents" + where + and + "id <= ? LIMIT 1) x",
                    values, afterId) > 0;
            String sql = "SELECT id FROM documents" + where + (afterId == null ? "" : and + "id > ?") + " ORDER BY id LIMIT ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = bind(select, values, afterId);
                select.setInt(i, first + 1);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw Database.failure("listing documents", e);
        }
        // each document through the cache, after the listing's connection went back to the pool
        List<StoredDocument> page = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(first, ids.size()))) {
            get(id).ifPresent(page::add);
        }
        return new DocumentPage(page, ids.size() > first, hasPrevious, total);
    }

    private static long count(Connection connection, String sql, List<String> values, String afterId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values, afterId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement statement, List<String> values, String afterId) throws SQLException {
        int i = 1;
        for (String value : values) {
            statement.setString(i++, value);
        }
        if (afterId != null) {
            statement.setString(i++, afterId);
        }
        return i;
    }

    /** At most {@code limit} document ids greater than {@code afterId} (null: from the first), in id order. */
    public List<String> ids(String afterId, int limit) {
        List<String> ids = new ArrayList<>();
        String sql = "SELECT id FROM documents" + (afterId == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT ?";
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int i = bind(select, List.of(), afterId);
            select.setInt(i, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw Database.failure("listing document ids", e);
        }
    }

    @Override
    public CorpusCounts counts() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*), coalesce(sum(entity_count), 0),"
                     + " coalesce(sum(mention_count), 0), coalesce(sum(quote_count), 0), coalesce(sum(cue_count), 0),"
                     + " coalesce(sum(attribution_count), 0), coalesce(sum(claim_count), 0) FROM documents");
             ResultSet result = select.executeQuery()) {
            result.next();
            return new CorpusCounts(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
                    result.getLong(5), result.getLong(6), result.getLong(7));
        } catch (SQLException e) {
            throw Database.failure("counting documents", e);
        }
    }

    /**
     * PostgreSQL's current snapshot (which transactions are committed) and the server's start time: the
     * snapshot moves with every committed write of any process on the database, including writes of other
     * programs and of {@code standoff db import}, so an unchanged token means unchanged data.
     */
    @Override
    public String corpusVersion() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT txid_current_snapshot()::text || '@' || pg_postmaster_start_time()::text");
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw Database.failure("reading the corpus version", e);
        }
    }

    @Override
    public CorpusQueries corpusQueries() {
        return corpus;
    }

    @Override
    public StoredDocument update(String documentId, long expectedVersion, UnaryOperator<Document> edit, Change change) {
        checkWritable();
        // the cached version the client expects is edited without asking the database first: the write's
        // UPDATE … WHERE version = expected refuses it if the document moved or went meanwhile
        StoredDocument cached = cache.getIfPresent(documentId);
        StoredDocument current = cached != null && cached.version() == expectedVersion ? cached
                : StoreChecks.existing(documentId, expectedVersion, get(documentId).orElse(null));
        try {
            return write(current, checks.edited(current, edit.apply(current.document())), change);
        } catch (StoreException.VersionConflict moved) {
            if (moved.actual() == 0) {
                throw StoreChecks.missing(documentId); // deleted meanwhile: as for a document missing before
            }
            throw moved;
        }
    }

    @Override
    public StoredDocument put(Document document, Long expectedVersion, List<Diagnostic> readDiagnostics, Change change) {
        checkWritable();
        StoredDocument current = get(document.id()).orElse(null);
        long next = StoreChecks.nextVersionOfPut(document.id(), expectedVersion, current);
        checks.requireValid(document, readDiagnostics);
        return write(current, new StoredDocument(document, next), change);
    }

    /** Writes {@code next} over {@code current} (null: a new document) in one transaction. */
    private StoredDocument write(StoredDocument current, StoredDocument next, Change change) {
        RowDiff diff = RowDiff.of(current, next);
        long before = current == null ? 0 : current.version();
        EditRecord edit = diff.record(next.id(), before, next.version(), change);
        int[] known = current == null ? null : lastPositions.get(current);
        int[] last = known == null ? null : known.clone();
        inTransaction("writing document \"" + next.id() + "\"", connection -> {
            boolean moved = current == null
                    ? DocumentWrites.insertDocument(connection, diff.after(), next.version())
                    : DocumentWrites.bumpVersion(connection, diff.after(), before, diff.headChanged());
            if (!moved) {
                throw conflict(connection, next.id(), before);
            }
            DocumentWrites.writeRows(connection, next.id(), diff, current != null, last);
            DocumentWrites.recordEdit(connection, edit);
        });
        if (current == null) {
            // a new document's rows are at their positions in the document
            int[] inserted = new int[RowKind.values().length];
            for (RowKind kind : RowKind.values()) {
                inserted[kind.ordinal()] = (int) diff.after().count(kind) - 1;
            }
            lastPositions.put(next, inserted);
        } else if (last != null) {
            lastPositions.put(next, last);
        }
        cache.put(next.id(), next);
        return next;
    }

    @Override
    public void delete(String documentId, long expectedVersion, Change change) {
        checkWritable();
        StoredDocument current = StoreChecks.existing(documentId, expectedVersion, get(documentId).orElse(null));
        EditRecord edit = RowDiff.of(current, null).record(documentId, current.version(), 0, change);
        inTransaction("deleting document \"" + documentId + "\"", connection -> {
            if (!DocumentWrites.deleteDocument(connection, documentId, expectedVersion)) {
                throw conflict(connection, documentId, expectedVersion);
            }
            DocumentWrites.recordEdit(connection, edit);
        });
        cache.invalidate(documentId);
    }

    /** The conflict of a write that found the document moved: its version now (0 when it is gone). */
    private StoreException conflict(Connection connection, String documentId, long expected) throws SQLException {
        cache.invalidate(documentId);
        connection.rollback();
        return new StoreException.VersionConflict(documentId, expected, version(connection, documentId));
    }

    @Override
    public List<EditRecord> history(String documentId, int limit) {
        List<EditRecord> edits = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT version_before, version_after, at, operation,"
                     + " actor, subject, before::text, after::text FROM edits WHERE document_id = ? ORDER BY seq DESC LIMIT ?")) {
            select.setString(1, documentId);
            select.setInt(2, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    edits.add(new EditRecord(documentId, result.getLong(1), result.getLong(2),
                            result.getTimestamp(3).toInstant(), new Change(result.getString(4), result.getString(5), result.getString(6)),
                            elements(result.getString(7)), elements(result.getString(8))));
                }
            }
            return edits;
        } catch (SQLException e) {
            throw Database.failure("reading the history of \"" + documentId + "\"", e);
        }
    }

    private static List<String> elements(String array) {
        List<String> elements = new ArrayList<>();
        DocumentRows.parse(array).forEach(element -> elements.add(DocumentRows.write(element)));
        return elements;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public CorpusSource source() {
        return CorpusSource.DATABASE;
    }

    /** The database this store uses. */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }

    private void checkWritable() {
        if (readOnly) {
            throw new StoreException.ReadOnly();
        }
    }

    /** Work on a connection inside a transaction. */
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(String doing, Work work) {
        try (Connection connection = database.connection()) {
            // the pool resets auto-commit when the connection is returned
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw Database.failure(doing, e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it and the database rolls back by itself
        }
    }
}
