package org.standoff.server.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.postgresql.PGStatement;
import org.standoff.server.store.CorpusEntity;
import org.standoff.server.store.CorpusFilter;
import org.standoff.server.store.CorpusGroup;
import org.standoff.server.store.CorpusHit;
import org.standoff.server.store.CorpusKey;
import org.standoff.server.store.CorpusKind;
import org.standoff.server.store.CorpusPage;
import org.standoff.server.store.CorpusQueries;
import org.standoff.server.store.EntityPage;
import org.standoff.server.store.GroupCount;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;
import org.standoff.server.store.TypeCounts;

/**
 * The PostgreSQL store's corpus-wide queries: one SQL statement each over the annotation tables, served
 * by the V5 indexes ({@link CorpusSql}); the documents of a page's hits are then read through the
 * store's cache, their versions asked in one query. A hit whose annotation is gone from the version read (an edit between the two reads)
 * is left out of the page. Counts by type and check-worthiness are read from {@code annotation_counts}
 * ({@link TypeCounts}, {@code V6__type_counts.sql}). Thread-safe.
 */
final class PostgresCorpusQueries implements CorpusQueries {
    /** How long one statement may run, by default: the API's default time limit. */
    static final int TIMEOUT_SECONDS = 10;
    /** PostgreSQL's SQLSTATE of a statement cancelled by its timeout. */
    private static final String QUERY_CANCELED = "57014";
    /** Above this many rows in {@code annotation_counts}, a read folds them into one per type. */
    static final int FOLD_AT = 1_000;
    private static final String FOLD = "WITH folded AS (DELETE FROM annotation_counts RETURNING kind, type, checkworthy, n)"
            + " INSERT INTO annotation_counts SELECT kind, type, checkworthy, sum(n) FROM folded GROUP BY 1, 2, 3 HAVING sum(n) <> 0";

    private final Database database;
    private final Function<Collection<String>, Map<String, StoredDocument>> documents;
    private final int timeoutSeconds;

    /** @param documents reads the current versions of documents by id (the store's {@code getAll}) */
    PostgresCorpusQueries(Database database, Function<Collection<String>, Map<String, StoredDocument>> documents,
                          int timeoutSeconds) {
        this.database = database;
        this.documents = documents;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** One SQL statement and its parameters, in order. */
    record Query(String sql, List<Object> parameters) {
    }

    /** The listing of {@link #find}: the keys of at most {@code first + 1} rows. */
    static Query findQuery(CorpusKind kind, CorpusFilter filter, int first, CorpusKey after) {
        CorpusSql sql = new CorpusSql(kind, filter);
        if (after != null) {
            sql.and("x.document_id >= ?", after.documentId());
            sql.and("(x.document_id, x.start_cp, -x.end_cp, x.id) > (?, ?, ?, ?)", after.documentId(), after.start(),
                    -after.end(), after.annotationId());
        }
        return new Query("SELECT x.document_id, x.start_cp, x.end_cp, x.id" + sql.from() + sql.where()
                + " ORDER BY " + CorpusSql.ORDER + " LIMIT " + (first + 1), sql.parameters());
    }

    /** The grouped count of {@link #groups}: key, label, count. */
    static Query groupsQuery(CorpusKind kind, CorpusFilter filter, CorpusGroup by, int first) {
        CorpusSql sql = new CorpusSql(kind, filter);
        String key = sql.group(by);
        String label = by == CorpusGroup.ENTITY ? "(array_agg(e.canonical_name ORDER BY " + CorpusSql.ORDER + "))[1]" : "NULL";
        return new Query("SELECT " + key + " AS key, " + label + ", count(*)" + sql.from() + sql.where()
                + " GROUP BY 1 ORDER BY 3 DESC, (" + key + ") COLLATE \"C\" NULLS LAST LIMIT " + first, sql.parameters());
    }

    @Override
    public CorpusPage find(CorpusKind kind, CorpusFilter filter, int first, CorpusKey after) {
        Query query = findQuery(kind, filter, first, after);
        List<CorpusKey> keys = new ArrayList<>();
        run("listing " + kind.name().toLowerCase(), query.sql(), query.parameters(), result -> {
            while (result.next()) {
                keys.add(new CorpusKey(result.getString(1), result.getInt(2), result.getInt(3), result.getString(4)));
            }
        });
        List<CorpusKey> page = keys.subList(0, Math.min(first, keys.size()));
        Set<String> ids = new LinkedHashSet<>();
        page.forEach(key -> ids.add(key.documentId()));
        Map<String, StoredDocument> read = ids.isEmpty() ? Map.of() : documents.apply(ids);
        List<CorpusHit> hits = new ArrayList<>();
        for (CorpusKey key : page) {
            StoredDocument document = read.get(key.documentId());
            if (document != null && document.document().annotation(key.annotationId()).isPresent()) {
                hits.add(new CorpusHit(document, key.annotationId(), key));
            }
        }
        return new CorpusPage(hits, keys.size() > first);
    }

    @Override
    public long count(CorpusKind kind, CorpusFilter filter) {
        if (TypeCounts.answers(filter)) {
            return typeCounts().count(kind, filter);
        }
        CorpusSql sql = new CorpusSql(kind, filter);
        long[] count = {0};
        run("counting " + kind.name().toLowerCase(), "SELECT count(*)" + sql.from() + sql.where(), sql.parameters(),
                result -> {
                    result.next();
                    count[0] = result.getLong(1);
                });
        return count[0];
    }

    @Override
    public List<GroupCount> groups(CorpusKind kind, CorpusFilter filter, CorpusGroup by, int first) {
        CorpusQueries.requireGroupable(kind, by);
        if (TypeCounts.answers(filter, by)) {
            return typeCounts().groups(kind, filter, by, first);
        }
        Query query = groupsQuery(kind, filter, by, first);
        List<GroupCount> groups = new ArrayList<>();
        run("counting " + kind.name().toLowerCase() + " by " + by, query.sql(), query.parameters(), result -> {
            while (result.next()) {
                groups.add(new GroupCount(result.getString(1), result.getString(2), result.getLong(3)));
            }
        });
        return groups;
    }

    @Override
    public EntityPage entities(CorpusFilter filter, int first, String afterCorpusId) {
        List<Object> values = new ArrayList<>();
        String selected = selectedEntities(filter, values);
        if (afterCorpusId != null) {
            selected += " AND " + CorpusSql.CORPUS_ID + " > ?";
            values.add(afterCorpusId);
        }
        String quotes = "(SELECT count(*) FROM quotes x " + CorpusSql.FIRST_ATTRIBUTION
                + " JOIN mentions m ON m.document_id = x.document_id AND m.id = a.source_id COLLATE \"C\""
                + " WHERE x.document_id = e.document_id AND m.entity_id = e.id COLLATE \"default\")";
        String query = "WITH page AS (SELECT DISTINCT " + CorpusSql.CORPUS_ID + " AS corpus_id FROM entities e WHERE "
                + selected + " ORDER BY 1 LIMIT " + (first + 1) + ")"
                + " SELECT p.corpus_id, (array_agg(e.canonical_name ORDER BY e.document_id, e.position))[1],"
                + " (array_agg(e.entity_type ORDER BY e.document_id, e.position))[1],"
                + " (array_agg(e.body -> 'kbIds' ->> 'wikidata' ORDER BY e.document_id, e.position))[1],"
                + " count(DISTINCT e.document_id),"
                + " sum((SELECT count(*) FROM mentions m WHERE m.document_id = e.document_id AND m.entity_id = e.id COLLATE \"default\")),"
                + " sum(" + quotes + "),"
                + " sum((SELECT count(*) FROM claims c WHERE c.document_id = e.document_id AND c.claimant_id = e.id COLLATE \"default\"))"
                + " FROM page p JOIN entities e ON " + CorpusSql.CORPUS_ID + " = p.corpus_id"
                + " GROUP BY p.corpus_id ORDER BY p.corpus_id";
        List<CorpusEntity> entities = new ArrayList<>();
        run("listing entities", query, values, result -> {
            while (result.next()) {
                entities.add(new CorpusEntity(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getLong(5), result.getLong(6), result.getLong(7), result.getLong(8)));
            }
        });
        return new EntityPage(entities.subList(0, Math.min(first, entities.size())), entities.size() > first);
    }

    @Override
    public long countEntities(CorpusFilter filter) {
        List<Object> values = new ArrayList<>();
        String query = "SELECT count(DISTINCT " + CorpusSql.CORPUS_ID + ") FROM entities e WHERE " + selectedEntities(filter, values);
        long[] count = {0};
        run("counting entities", query, values, result -> {
            result.next();
            count[0] = result.getLong(1);
        });
        return count[0];
    }

    /**
     * The corpus's counts by type: the sums of {@code annotation_counts}. When the table has more than
     * {@value #FOLD_AT} rows, they are then folded into one per type, in one statement; folds running
     * at once, and writes appending meanwhile, change no sum (each deletes only rows its snapshot saw,
     * a row once).
     */
    TypeCounts typeCounts() {
        TypeCounts counts = new TypeCounts();
        long[] rows = {0};
        run("counting annotations by type", "SELECT kind, type, checkworthy, sum(n), count(*) FROM annotation_counts GROUP BY 1, 2, 3",
                List.of(), result -> {
                    while (result.next()) {
                        String checkworthy = result.getString(3);
                        counts.add(new TypeCounts.Key(CorpusKind.valueOf(result.getString(1).toUpperCase(Locale.ROOT)),
                                result.getString(2), checkworthy == null ? null : Boolean.valueOf(checkworthy)), result.getLong(4));
                        rows[0] += result.getLong(5);
                    }
                });
        if (rows[0] > FOLD_AT) {
            try (Connection connection = database.connection(); Statement fold = connection.createStatement()) {
                fold.setQueryTimeout(timeoutSeconds);
                fold.executeUpdate(FOLD);
            } catch (SQLException e) {
                throw Database.failure("folding the counts by type", e);
            }
        }
        return counts;
    }

    /** The conditions on entities {@code e} of an entity listing. */
    private static String selectedEntities(CorpusFilter filter, List<Object> values) {
        String match = CorpusSql.entityMatch(filter.entity(), "e", values);
        if (filter.type() != null) {
            match += " AND e.entity_type = ?";
            values.add(filter.type());
        }
        if (filter.documentId() != null) {
            match += " AND e.document_id = ?";
            values.add(filter.documentId());
        }
        return match;
    }

    /** Reads a result set. */
    private interface Reader {
        void read(ResultSet result) throws SQLException;
    }

    /**
     * Runs one statement. It is never prepared on the server: a server-side prepared statement gets a
     * generic plan after a few runs, planned without the filter's values, and for these joins that plan
     * reads the whole corpus (minutes on 5,000 documents, against milliseconds with the values). And it
     * is cancelled after its time ({@value #TIMEOUT_SECONDS} s in the server, the API's default time limit), so a query the API
     * gave up on does not go on running in the database.
     */
    private void run(String doing, String sql, List<Object> parameters, Reader reader) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setQueryTimeout(timeoutSeconds);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                reader.read(result);
            }
        } catch (SQLException e) {
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw new StoreException.TooLong(doing + " took longer than " + timeoutSeconds
                        + " s and was stopped; narrow the filter (a document, a type, a rarer speaker or lemma)", e);
            }
            throw Database.failure(doing, e);
        }
    }
}
