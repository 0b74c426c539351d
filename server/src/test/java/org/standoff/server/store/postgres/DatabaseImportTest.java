package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Validator;
import org.standoff.server.Fixtures;
import org.standoff.server.store.RowDiff;
import org.standoff.server.store.StoredDocument;

/**
 * The COPY import on a real PostgreSQL: a bulk load into an empty database ends with every key and
 * index the migrations made, a document the database refuses is skipped whole while the rest of its
 * batch goes in, and keys an interrupted import set aside are built by the next migration.
 */
class DatabaseImportTest {

    private static Database migrated() {
        Database database = Database.open(new DatabaseUrl(TestDatabase.create(), null, null), 4);
        database.migrate();
        return database;
    }

    /** Every key, index and constraint of the schema: name and definition. */
    private static List<String> schema(Database database) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT indexname || ' ' || indexdef FROM pg_indexes"
                     + " WHERE schemaname = 'public' UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid)"
                     + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1")) {
            while (result.next()) {
                schema.add(result.getString(1));
            }
        }
        return schema;
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Document copy(Document document, String id) {
        return document.toBuilder().id(id).build();
    }

    @Test
    void aBulkLoadEndsWithEveryKeyAndIndexOfTheSchema() throws Exception {
        try (Database database = migrated()) {
            List<String> before = schema(database);
            assertThat(before).anyMatch(index -> index.startsWith("segments_span ") && index.contains("USING gist (span)"))
                    .anyMatch(key -> key.startsWith("mentions_document_id_fkey FOREIGN KEY"));
            List<String> ids = new ArrayList<>();
            try (DatabaseImport importer = new DatabaseImport(database, Validator::validate)) {
                for (int i = 0; i < 2 * DatabaseImport.BATCH + 7; i++) {
                    String id = String.format("article-%04d", i);
                    ids.add(id);
                    importer.add(id, copy(Fixtures.article(), id), List.of());
                }
                assertThat(importer.finish()).isGreaterThan(20);
                assertThat(importer.isBulk()).isTrue();
                assertThat(importer.imported()).isEqualTo(ids.size());
                assertThat(importer.skipped()).isEmpty();
            }
            assertThat(schema(database)).isEqualTo(before);
            assertThat(count(database, "SELECT count(*) FROM deferred_indexes")).isZero();
            int segments = Fixtures.article().segments().size();
            assertThat(count(database, "SELECT count(*) FROM segments")).isEqualTo((long) segments * ids.size());
            assertThat(count(database, "SELECT count(*) FROM edits WHERE operation = 'db import'")).isEqualTo(ids.size());
            // the GiST index answers an overlap query; the analyzed planner picks it for a narrow range
            assertThat(count(database, "SELECT count(*) FROM segments WHERE document_id = 'article-0003'"
                    + " AND span && int4range(0, 40)")).isPositive();
            PostgresStore store = new PostgresStore(database, 16L << 20, Validator::validate, true);
            StoredDocument read = store.get("article-0101").orElseThrow();
            assertThat(read.document()).isEqualTo(copy(Fixtures.article(), "article-0101"));
            assertThat(RowDiff.of(read, new StoredDocument(copy(Fixtures.article(), "article-0101"), 1)).written()).isEmpty();
        }
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedWholeAndTheRestOfItsBatchGoesIn() throws Exception {
        try (Database database = migrated()) {
            // PostgreSQL's text cannot hold U+0000: COPY of the batch fails, and the batch is copied again one by one
            Document refused = Document.builder("nul", "a\u0000b").metadata("title", "nul").build();
            assertThat(Validator.validate(refused)).noneMatch(diagnostic -> diagnostic.isError());
            try (DatabaseImport importer = new DatabaseImport(database, Validator::validate)) {
                importer.add("first", Fixtures.jiang(), List.of());
                importer.add("second", refused, List.of());
                importer.add("third", Fixtures.emoji(), List.of());
                importer.add("fourth", copy(Fixtures.jiang(), Fixtures.jiang().id()), List.of());
                importer.finish();
                assertThat(importer.imported()).isEqualTo(2);
                assertThat(importer.skipped()).extracting(DatabaseImport.Skipped::source).containsExactly("second", "fourth");
                assertThat(importer.skipped().get(0).reason()).startsWith("the database refused it");
                assertThat(importer.skipped().get(1).reason()).contains("already holds");
            }
            assertThat(count(database, "SELECT count(*) FROM documents")).isEqualTo(2);
            for (String table : DeferredIndexes.tables()) {
                String column = table.equals("documents") ? "id" : "document_id";
                assertThat(count(database, "SELECT count(*) FROM " + table + " WHERE " + column + " = 'nul'")).as(table).isZero();
            }
            PostgresStore store = new PostgresStore(database, 16L << 20, Validator::validate, true);
            assertThat(store.get(Fixtures.emoji().id()).orElseThrow().document()).isEqualTo(Fixtures.emoji());
        }
    }

    @Test
    void keysAnInterruptedImportSetAsideAreBuiltByTheNextMigration() throws Exception {
        try (Database database = migrated()) {
            List<String> before = schema(database);
            try (Connection connection = database.connection()) {
                connection.setAutoCommit(false);
                assertThat(DeferredIndexes.defer(connection)).isGreaterThan(20);
                connection.commit();
            }
            assertThat(schema(database)).isNotEqualTo(before).noneMatch(index -> index.startsWith("segments_span "));
            assertThat(database.migrate()).contains("built the", "an unfinished import had set aside");
            assertThat(schema(database)).isEqualTo(before);
            assertThat(database.migrate()).isEqualTo("the schema is up to date (version " + latest(database) + ")");
        }
    }

    private static String latest(Database database) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT max(version::int) FROM flyway_schema_history")) {
            result.next();
            return result.getString(1);
        }
    }
}
