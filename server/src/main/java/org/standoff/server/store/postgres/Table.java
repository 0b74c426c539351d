package org.standoff.server.store.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.server.store.RowKind;

/**
 * The table of one {@link RowKind} and its query columns, each taken from a field of the row's JSON
 * object. Mirrors the schema of the migrations ({@code V1__documents_annotations_edits.sql}).
 *
 * @param kind    the kind of rows
 * @param name    the table's name
 * @param columns query column → JSON field, in the table's order
 */
record Table(RowKind kind, String name, Map<String, String> columns) {
    private static final Map<RowKind, Table> TABLES = new LinkedHashMap<>();

    static {
        add(RowKind.ENTITIES, "entities", "canonical_name", "canonicalName", "entity_type", "entityType");
        add(RowKind.MENTIONS, "mentions", "mention_type", "mentionType", "entity_id", "entity");
        add(RowKind.QUOTES, "quotes", "quote_type", "quoteType");
        add(RowKind.CUES, "cues", "lemma", "lemma");
        add(RowKind.ATTRIBUTIONS, "attributions", "source_id", "source", "cue_id", "cue");
        add(RowKind.CLAIMS, "claims", "claim_type", "claimType", "claimant_id", "claimant");
        add(RowKind.SEGMENTS, "segments", "segment_type", "segmentType");
        add(RowKind.SPANS, "spans", "layer", "layer", "label", "label");
        add(RowKind.RELATIONS, "relations", "layer", "layer", "label", "label");
        add(RowKind.PROVENANCE, "provenance", "agent_type", "agentType");
    }

    private static void add(RowKind kind, String name, String... columnAndField) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < columnAndField.length; i += 2) {
            columns.put(columnAndField[i], columnAndField[i + 1]);
        }
        TABLES.put(kind, new Table(kind, name, columns));
    }

    /** The table of {@code kind}. */
    static Table of(RowKind kind) {
        return TABLES.get(kind);
    }

    /** Every table, in {@link RowKind} order. */
    static List<Table> all() {
        return new ArrayList<>(TABLES.values());
    }

    /** The columns a row is copied into, in the order of the upsert's parameters: keys, span, query columns, body. */
    List<String> copyColumns() {
        List<String> names = new ArrayList<>(List.of("document_id", "id", "position"));
        if (kind.isSpanned()) {
            names.addAll(List.of("start_cp", "end_cp"));
        }
        names.addAll(columns.keySet());
        names.add("body");
        return names;
    }

    /**
     * The insert of one row. Parameters: document id, id, position (or, with {@code append}, the
     * document id again, to take the next position), start and end (spanned kinds), the query
     * columns, the body. An existing row is updated in place and keeps its position.
     */
    String upsert(boolean append) {
        List<String> names = copyColumns();
        List<String> values = new ArrayList<>(List.of("?", "?",
                append ? "(SELECT coalesce(max(position) + 1, 0) FROM " + name + " WHERE document_id = ?)" : "?"));
        for (int i = values.size(); i < names.size() - 1; i++) {
            values.add("?");
        }
        values.add("?::json");
        List<String> updates = new ArrayList<>();
        for (String column : names.subList(3, names.size())) {
            updates.add(column + " = excluded." + column);
        }
        return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values)
                + ") ON CONFLICT (document_id, id) DO UPDATE SET " + String.join(", ", updates);
    }
}
