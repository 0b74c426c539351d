package org.standoff.server.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys and indexes a bulk import sets aside ({@code V4__deferred_indexes.sql}): the primary and
 * foreign keys and the indexes (GiST spans included) of every annotation table, of
 * {@code attribution_contents} and of {@code edits}, and the secondary indexes of {@code documents}
 * (its primary key stays: the import checks ids against it). {@link #defer} records how to build
 * each and drops it, in one transaction; {@link #build} builds what is recorded, then analyzes the
 * tables, in one transaction, so a failure leaves the records for the next try. Both lock the
 * records' table, so two processes never build the same index.
 */
final class DeferredIndexes {
    /** What is set aside: constraint or index, table, how to drop it, how to create it; drop order first. */
    private static final String FIND = """
            SELECT CASE c.contype WHEN 'f' THEN 0 ELSE 1 END AS drop_order,
                   CASE c.contype WHEN 'p' THEN 0 ELSE 1 END AS create_order,
                   format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
              FROM pg_constraint c
             WHERE c.conrelid = ANY (?::regclass[]) AND c.conrelid <> 'documents'::regclass AND c.contype IN ('p', 'f')
            UNION ALL
            SELECT 2, 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
              FROM pg_index i
             WHERE i.indrelid = ANY (?::regclass[])
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
             ORDER BY 1, 3""";

    private DeferredIndexes() {
    }

    /** The tables whose keys and indexes a bulk import sets aside. */
    static List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("documents", "attribution_contents", "edits"));
        Table.all().forEach(table -> tables.add(table.name()));
        return tables;
    }

    /** Records and drops the keys and indexes; the caller commits. Returns how many. */
    static int defer(Connection connection) throws SQLException {
        lock(connection);
        List<String> drops = new ArrayList<>();
        List<String[]> creates = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            String[] tables = tables().toArray(String[]::new);
            find.setArray(1, connection.createArrayOf("text", tables));
            find.setArray(2, connection.createArrayOf("text", tables));
            try (ResultSet result = find.executeQuery()) {
                while (result.next()) {
                    drops.add(result.getString(3));
                    creates.add(new String[] {result.getString(2), result.getString(4)});
                }
            }
        }
        creates.sort((a, b) -> a[0].compareTo(b[0]));
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO deferred_indexes (position, create_sql) VALUES ((SELECT coalesce(max(position) + 1, 0) FROM deferred_indexes), ?)")) {
            for (String[] create : creates) {
                record.setString(1, create[1]);
                record.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        return drops.size();
    }

    /** Whether keys or indexes are set aside. */
    static boolean pending(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM deferred_indexes)")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * Builds what is set aside and forgets the records, then analyzes the tables; the caller commits.
     * Returns how many were built.
     */
    static int build(Connection connection) throws SQLException {
        lock(connection);
        List<String> creates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT create_sql FROM deferred_indexes ORDER BY position")) {
            while (result.next()) {
                creates.add(result.getString(1));
            }
        }
        if (creates.isEmpty()) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String create : creates) {
                statement.execute(create);
            }
            statement.execute("DELETE FROM deferred_indexes");
            for (String table : tables()) {
                statement.execute("ANALYZE " + table);
            }
        }
        return creates.size();
    }

    private static void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE deferred_indexes IN EXCLUSIVE MODE");
        }
    }
}
