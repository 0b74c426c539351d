package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.store.CorpusFilter;
import org.standoff.server.store.CorpusGroup;
import org.standoff.server.store.CorpusKind;
import org.standoff.server.store.CorpusQueriesContract;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.EntityMatch;
import org.standoff.server.store.GroupCount;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * The corpus-wide queries against the PostgreSQL store on a real PostgreSQL, and the indexes that
 * serve each filter: with sequential scans disabled (the test corpus is small enough that PostgreSQL
 * would rightly scan it), every filter's plan reads its V5 index.
 */
class PostgresCorpusQueriesTest extends CorpusQueriesContract {
    private Database database;

    @Override
    protected Store create(List<StoredDocument> initial) {
        database = Database.open(new DatabaseUrl(TestDatabase.create(), null, null), 4);
        database.migrate();
        DatabaseImport importer = new DatabaseImport(database, Validator::validate);
        for (StoredDocument stored : initial) {
            importer.add(stored.id(), StandoffJson.fromJson(new String(DocumentFiles.encode(stored), StandardCharsets.UTF_8))
                    .document(), List.of());
        }
        importer.finish();
        return new PostgresStore(database, 64L << 20, Validator::validate, false);
    }

    @Test
    void countsByTypeAreTheSumsOfTheirTableFoldedWhenLong() throws SQLException {
        PostgresCorpusQueries corpus = new PostgresCorpusQueries(database, ids -> Map.of(), PostgresCorpusQueries.TIMEOUT_SECONDS);
        assertThat(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 1)).containsExactly(new GroupCount("EVENT", null, 17));
        // what many edits leave: rows that cancel out, and one that does not (so the answer is the table's)
        execute("INSERT INTO annotation_counts SELECT 'claims', 'EVENT', 'false', CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END"
                + " FROM generate_series(1, 1200) i");
        execute("INSERT INTO annotation_counts VALUES ('claims', 'EVENT', 'false', 5)");
        assertThat(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 1)).containsExactly(new GroupCount("EVENT", null, 22));
        assertThat(count("SELECT count(*) FROM annotation_counts"))
                .as("folded to one row per kind, type and check-worthiness")
                .isEqualTo(count("SELECT count(*) FROM (SELECT DISTINCT kind, type, checkworthy FROM annotation_counts) k"))
                .isLessThan(40);
        assertThat(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 1)).containsExactly(new GroupCount("EVENT", null, 22));
        assertThat(corpus.count(CorpusKind.CLAIMS, new CorpusFilter(null, "EVENT", null, false, null, null)))
                .isEqualTo(5 + count("SELECT count(*) FROM claims WHERE claim_type = 'EVENT' AND body ->> 'checkworthy' = 'false'"));
    }

    @Test
    void aQueryOverItsTimeIsStoppedAndSaysSo() throws SQLException {
        PostgresCorpusQueries corpus = new PostgresCorpusQueries(database, ids -> Map.of(), 1);
        try (Connection locker = database.connection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE quotes IN ACCESS EXCLUSIVE MODE");
            assertThatThrownBy(() -> corpus.find(CorpusKind.QUOTES, CorpusFilter.ALL.withEntity(PUTIN), 50, null))
                    .isInstanceOf(StoreException.TooLong.class)
                    .hasMessage("listing quotes took longer than 1 s and was stopped; narrow the filter (a document, a type,"
                            + " a rarer speaker or lemma)");
            locker.rollback();
        }
        assertThat(corpus.count(CorpusKind.QUOTES, CorpusFilter.ALL.withEntity(PUTIN))).as("unlocked, it runs").isEqualTo(5);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private String plan(PostgresCorpusQueries.Query query) throws SQLException {
        return plan(query, false);
    }

    /** The plan of {@code query} without sequential scans (and, with {@code bitmapOnly}, without plain index scans). */
    private String plan(PostgresCorpusQueries.Query query, boolean bitmapOnly) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = database.connection(); Statement set = connection.createStatement()) {
            set.execute("SET enable_seqscan = off");
            set.execute("SET enable_indexscan = " + (bitmapOnly ? "off" : "on"));
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) " + query.sql())) {
                for (int i = 0; i < query.parameters().size(); i++) {
                    explain.setObject(i + 1, query.parameters().get(i));
                }
                try (ResultSet result = explain.executeQuery()) {
                    while (result.next()) {
                        plan.append(result.getString(1)).append('\n');
                    }
                }
            } finally {
                set.execute("RESET enable_seqscan");
                set.execute("RESET enable_indexscan");
            }
        }
        return plan.toString();
    }

    /**
     * The plan of the quotes {@code filter} selects, with bitmap scans only: on a handful of rows a plain
     * scan of a key with the filter applied after it costs less than any index of the filter, and the
     * planner's pick between the two changed from run to run.
     */
    private String find(CorpusFilter filter) throws SQLException {
        return plan(PostgresCorpusQueries.findQuery(CorpusKind.QUOTES, filter, 50, null), true);
    }

    @Test
    void everyFilterIsServedByAnIndex() throws SQLException {
        assertThat(find(CorpusFilter.ALL.withEntity(PUTIN))).contains("entities_wikidata");
        assertThat(find(CorpusFilter.ALL.withEntity(new EntityMatch("wikidata:Q7747", null, null, null)))).contains("entities_corpus_id");
        assertThat(find(CorpusFilter.ALL.withEntity(new EntityMatch(null, null, "e1", null)))).contains("entities_id");
        assertThat(find(CorpusFilter.ALL.withEntity(new EntityMatch(null, null, null, "putin")))).contains("entities_name");
        assertThat(find(new CorpusFilter(null, null, "say", null, null, null))).contains("cues_lemma");
        assertThat(find(new CorpusFilter(null, null, null, null, "treaty", null))).contains("quotes_text");
        assertThat(find(new CorpusFilter(null, "DIRECT", null, null, null, null))).contains("quotes_type");
        assertThat(find(new CorpusFilter(null, null, null, null, null, "jiang"))).contains("quotes_pkey");
        // from a speaker's mentions to the quotes: attributions by source, contents by quote
        assertThat(find(CorpusFilter.ALL.withEntity(PUTIN))).contains("attribution_contents_quote");
        assertThat(plan(PostgresCorpusQueries.findQuery(CorpusKind.CLAIMS, new CorpusFilter(null, null, null, true, null, null), 50, null)))
                .contains("claims_checkworthy");
        assertThat(plan(PostgresCorpusQueries.findQuery(CorpusKind.CLAIMS,
                new CorpusFilter(null, null, null, null, "percent", null), 50, null), true)).contains("claims_text", "claims_claim_text");
        assertThat(plan(PostgresCorpusQueries.groupsQuery(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 20)))
                .contains("using claims_type");
        assertThat(plan(PostgresCorpusQueries.findQuery(CorpusKind.MENTIONS, new CorpusFilter(null, "PRONOUN", null, null, null, null),
                50, null))).contains("mentions_type");
    }
}
