package org.standoff.server.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.standoff.server.store.DocumentRows;
import org.standoff.server.store.EditRecord;
import org.standoff.server.store.RowDiff;
import org.standoff.server.store.RowKind;

/**
 * The SQL that writes documents: the {@code documents} row with its version, the changed annotation
 * rows, and the {@code edits} entry. Every method runs on a connection whose transaction the caller
 * owns; statements are batched per table, so a write costs a fixed number of round trips whatever
 * the document's size.
 */
final class DocumentWrites {
    static final String COUNTS = "entity_count, mention_count, quote_count, cue_count, attribution_count, claim_count";

    private DocumentWrites() {
    }

    /** Inserts a new document's row at {@code version}; false when the id is taken. */
    static boolean insertDocument(Connection connection, DocumentRows rows, long version) throws SQLException {
        String sql = "INSERT INTO documents (id, version, text, sha256, codepoints, utf16, metadata, schema, unknown_fields, "
                + COUNTS + ") VALUES (?, ?, ?, ?, ?, ?, ?::json, ?::json, ?::json, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            insert.setString(i++, rows.id());
            insert.setLong(i++, version);
            insert.setString(i++, rows.text());
            i = setHead(insert, i, Head.of(rows.head()));
            setCounts(insert, i, rows);
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Moves a document from {@code expected} to {@code expected + 1} (the optimistic check is the
     * {@code WHERE version = ?}); with {@code head}, its text, fingerprint, metadata and schema too.
     * False when the document is not at {@code expected}.
     */
    static boolean bumpVersion(Connection connection, DocumentRows rows, long expected, boolean head) throws SQLException {
        String sql = "UPDATE documents SET version = version + 1, updated_at = now(), "
                + (head ? "text = ?, sha256 = ?, codepoints = ?, utf16 = ?, metadata = ?::json, schema = ?::json, unknown_fields = ?::json, " : "")
                + "entity_count = ?, mention_count = ?, quote_count = ?, cue_count = ?, attribution_count = ?, claim_count = ?"
                + " WHERE id = ? AND version = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            if (head) {
                update.setString(i++, rows.text());
                i = setHead(update, i, Head.of(rows.head()));
            }
            i = setCounts(update, i, rows);
            update.setString(i++, rows.id());
            update.setLong(i, expected);
            return update.executeUpdate() == 1;
        }
    }

    /** Deletes a document at {@code expected} (its rows go with it); false when it is not at that version. */
    static boolean deleteDocument(Connection connection, String documentId, long expected) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM documents WHERE id = ? AND version = ?")) {
            delete.setString(1, documentId);
            delete.setLong(2, expected);
            return delete.executeUpdate() == 1;
        }
    }

    /**
     * Writes what {@code diff} changes: deletes its removed rows and upserts its written ones (with
     * their attribution contents). With {@code append}, a new row takes the position after the
     * document's last row of its kind (edits): after {@code last[kind]} when the caller knows the last
     * positions (they are moved past the rows written), else as the database finds it; without, the
     * position it has in the document (a new document). A written row that already exists keeps its
     * position.
     */
    static void writeRows(Connection connection, String documentId, RowDiff diff, boolean append, int[] last)
            throws SQLException {
        Map<RowKind, List<DocumentRows.Row>> removed = byKind(diff.removed());
        Map<RowKind, List<DocumentRows.Row>> written = byKind(diff.written());
        for (Map.Entry<RowKind, List<DocumentRows.Row>> entry : removed.entrySet()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + Table.of(entry.getKey()).name() + " WHERE document_id = ? AND id = ?")) {
                for (DocumentRows.Row row : entry.getValue()) {
                    delete.setString(1, documentId);
                    delete.setString(2, row.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        boolean asked = append && last == null;
        for (Map.Entry<RowKind, List<DocumentRows.Row>> entry : written.entrySet()) {
            Table table = Table.of(entry.getKey());
            try (PreparedStatement upsert = connection.prepareStatement(table.upsert(asked))) {
                for (DocumentRows.Row row : entry.getValue()) {
                    int position = !append ? row.position() : asked ? -1 : ++last[entry.getKey().ordinal()];
                    bindRow(upsert, table, documentId, row, asked, position);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
        List<DocumentRows.Row> attributions = written.getOrDefault(RowKind.ATTRIBUTIONS, List.of());
        if (!attributions.isEmpty()) {
            writeContents(connection, documentId, attributions, append);
        }
    }

    /** Appends {@code edit} to the {@code edits} table. */
    static void recordEdit(Connection connection, EditRecord edit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edits (document_id, version_before,"
                + " version_after, at, operation, actor, subject, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json)")) {
            insert.setString(1, edit.documentId());
            insert.setLong(2, edit.versionBefore());
            insert.setLong(3, edit.versionAfter());
            insert.setTimestamp(4, Timestamp.from(edit.at()));
            insert.setString(5, edit.change().operation());
            insert.setString(6, edit.change().actor());
            insert.setString(7, edit.change().subject());
            insert.setString(8, "[" + String.join(",", edit.before()) + "]");
            insert.setString(9, "[" + String.join(",", edit.after()) + "]");
            insert.executeUpdate();
        }
    }

    /** Binds one row's upsert: its position asked of the database ({@code asked}) or {@code position}. */
    private static void bindRow(PreparedStatement upsert, Table table, String documentId, DocumentRows.Row row,
                                boolean asked, int position) throws SQLException {
        int i = 1;
        upsert.setString(i++, documentId);
        upsert.setString(i++, row.id());
        if (asked) {
            upsert.setString(i++, documentId);
        } else {
            upsert.setInt(i++, position);
        }
        if (table.kind().isSpanned()) {
            upsert.setInt(i++, bound(row, true));
            upsert.setInt(i++, bound(row, false));
        }
        for (String field : table.columns().values()) {
            String value = row.field(field);
            if (value == null) {
                upsert.setNull(i++, Types.VARCHAR);
            } else {
                upsert.setString(i++, value);
            }
        }
        upsert.setString(i, row.json());
    }

    /** A spanned row's start or end; a row of fragments spans from its first start to its last end. */
    static int bound(DocumentRows.Row row, boolean start) {
        Integer value = start ? row.start() : row.end();
        if (value != null) {
            return value;
        }
        int result = start ? Integer.MAX_VALUE : 0;
        for (JsonNode fragment : row.node().path("fragments")) {
            int at = fragment.path(start ? "start" : "end").asInt();
            result = start ? Math.min(result, at) : Math.max(result, at);
        }
        return result == Integer.MAX_VALUE ? 0 : result;
    }

    private static void writeContents(Connection connection, String documentId, List<DocumentRows.Row> attributions,
                                      boolean replace) throws SQLException {
        if (replace) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM attribution_contents WHERE document_id = ? AND attribution_id = ?")) {
                for (DocumentRows.Row row : attributions) {
                    delete.setString(1, documentId);
                    delete.setString(2, row.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attribution_contents"
                + " (document_id, attribution_id, position, quote_id, link) VALUES (?, ?, ?, ?, ?)")) {
            for (DocumentRows.Row row : attributions) {
                int position = 0;
                for (JsonNode content : row.node().path("contents")) {
                    insert.setString(1, documentId);
                    insert.setString(2, row.id());
                    insert.setInt(3, position++);
                    insert.setString(4, content.path("quote").asText());
                    insert.setString(5, content.path("link").asText("EXPLICIT"));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Map<RowKind, List<DocumentRows.Row>> byKind(List<DocumentRows.Row> rows) {
        Map<RowKind, List<DocumentRows.Row>> byKind = new EnumMap<>(RowKind.class);
        rows.forEach(row -> byKind.computeIfAbsent(row.kind(), kind -> new ArrayList<>()).add(row));
        return byKind;
    }

    private static int setHead(PreparedStatement statement, int first, Head head) throws SQLException {
        int i = first;
        statement.setString(i++, head.sha256());
        statement.setInt(i++, head.codepoints());
        statement.setInt(i++, head.utf16());
        statement.setString(i++, head.metadata());
        statement.setString(i++, head.schema());
        statement.setString(i++, head.unknownFields());
        return i;
    }

    private static int setCounts(PreparedStatement statement, int first, DocumentRows rows) throws SQLException {
        int i = first;
        for (RowKind kind : List.of(RowKind.ENTITIES, RowKind.MENTIONS, RowKind.QUOTES, RowKind.CUES,
                RowKind.ATTRIBUTIONS, RowKind.CLAIMS)) {
            statement.setInt(i++, Math.toIntExact(rows.count(kind)));
        }
        return i;
    }
}
