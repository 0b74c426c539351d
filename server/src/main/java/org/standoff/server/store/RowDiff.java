package org.standoff.server.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a write changes, row by row: the rows it removes, the rows it adds or changes, and whether the
 * head changed. Computed from the two versions' {@link DocumentRows}, which are kept with each version
 * ({@link StoredDocument#derived}); the later version's rows are cut from the earlier one's and know
 * what changed from them ({@link DocumentRows#of(org.standoff.core.model.Document,
 * org.standoff.core.model.Document, DocumentRows)}), so the cost of a diff grows with what changed.
 * Rows not cut from each other are compared row by row. A missing version (a new or a deleted document) has no rows.
 *
 * @param before      the version before, or null
 * @param after       the version after, or null
 * @param removed     rows of {@code before} that {@code after} does not have
 * @param written     rows of {@code after} that are new or differ from {@code before}'s
 * @param replaced    the {@code before} rows that {@code written} replaces
 * @param headChanged whether the head (metadata, schema, ...) changed
 */
public record RowDiff(DocumentRows before, DocumentRows after, List<DocumentRows.Row> removed,
                      List<DocumentRows.Row> written, List<DocumentRows.Row> replaced, boolean headChanged) {

    /** The diff between two versions of one document; either may be null. */
    public static RowDiff of(StoredDocument before, StoredDocument after) {
        DocumentRows old = before == null ? null : rows(before);
        DocumentRows now = after == null ? null : old == null ? rows(after)
                : after.derived(DocumentRows.class, document -> DocumentRows.of(document, before.document(), old));
        boolean headChanged = old == null || now == null || !old.head().equals(now.head()) || !old.text().equals(now.text());
        DocumentRows.Delta delta = old == null || now == null ? null : now.deltaFrom(old);
        if (delta != null) {
            // cut from the previous rows: what changed is known without comparing every row
            return new RowDiff(old, now, delta.removed(), delta.written(), delta.replaced(), headChanged);
        }
        Map<DocumentRows.Key, DocumentRows.Row> oldRows = old == null ? Map.of() : old.byKey();
        Map<DocumentRows.Key, DocumentRows.Row> newRows = now == null ? Map.of() : now.byKey();
        List<DocumentRows.Row> removed = new ArrayList<>();
        List<DocumentRows.Row> written = new ArrayList<>();
        List<DocumentRows.Row> replaced = new ArrayList<>();
        oldRows.forEach((key, row) -> {
            if (!newRows.containsKey(key)) {
                removed.add(row);
            }
        });
        newRows.forEach((key, row) -> {
            DocumentRows.Row previous = oldRows.get(key);
            if (previous == null || !previous.json().equals(row.json())) {
                written.add(row);
                if (previous != null) {
                    replaced.add(previous);
                }
            }
        });
        return new RowDiff(old, now, removed, written, replaced, headChanged);
    }

    /** The rows of a version, cut once and kept with it, so the next edit's diff reuses them. */
    static DocumentRows rows(StoredDocument stored) {
        return stored.derived(DocumentRows.class, DocumentRows::of);
    }

    /**
     * The history entry of this diff. A new document records no rows (its first version is the
     * document itself); every other write records the removed and replaced rows before and the
     * written rows after.
     */
    public EditRecord record(String documentId, long versionBefore, long versionAfter, Change change) {
        Objects.requireNonNull(change, "change");
        if (before == null) {
            return new EditRecord(documentId, versionBefore, versionAfter, Instant.now(), change, List.of(), List.of());
        }
        List<String> was = new ArrayList<>();
        removed.forEach(row -> was.add(row.json()));
        replaced.forEach(row -> was.add(row.json()));
        List<String> is = new ArrayList<>();
        written.forEach(row -> is.add(row.json()));
        return new EditRecord(documentId, versionBefore, versionAfter, Instant.now(), change, was, is);
    }
}
