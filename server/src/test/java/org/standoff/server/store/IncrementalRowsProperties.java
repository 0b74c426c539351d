package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.server.Fixtures;

/**
 * The rows of an edit cut from the previous version's rows ({@link DocumentRows#of(Document, Document,
 * DocumentRows)}) are the rows of the whole edited document, whatever the edit: annotations, entities
 * and unknown fields added, removed, replaced and moved, duplicate ids, and head edits; and the diff
 * such rows carry ({@link RowDiff}) is the diff found by comparing the whole rows of both versions.
 */
class IncrementalRowsProperties {
    private static final Document ARTICLE = Fixtures.article().toBuilder()
            .unknownField(Fixtures.article().quotes().get(0).id().value(), "x-note", "\"kept\"")
            .unknownField(Fixtures.article().entities().get(0).id().value(), "x-kb", "{\"a\":[1,2.50]}")
            .build();
    private static final DocumentRows ARTICLE_ROWS = DocumentRows.of(ARTICLE);

    @Property(tries = 40)
    void anEditsRowsAreTheWholeDocumentsRows(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                             @ForAll @IntRange(min = 0, max = 6) int edits) {
        Document next = edited(seed, edits);
        DocumentRows whole = DocumentRows.of(next);
        DocumentRows cut = DocumentRows.of(next, ARTICLE, ARTICLE_ROWS);
        assertThat(rows(cut)).isEqualTo(rows(whole));
        assertThat(cut.head()).isEqualTo(whole.head());
        assertThat(cut.text()).isEqualTo(whole.text());
    }

    @Property(tries = 60)
    void anEditsDiffIsTheDiffOfTheWholeRows(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                            @ForAll @IntRange(min = 1, max = 6) int edits) {
        Document next = edited(seed, edits);
        assertThat(describe(RowDiff.of(article(), new StoredDocument(next, 2))))
                .isEqualTo(describe(RowDiff.of(article(), wholeRows(next))));
    }

    /** The article after {@code edits} random edits drawn from {@code seed}. */
    private static Document edited(int seed, int edits) {
        java.util.Random random = new java.util.Random(seed);
        Document next = ARTICLE;
        for (int i = 0; i < edits; i++) {
            next = edit(next, random, i);
        }
        return next;
    }

    @Example
    void aNewEntityIsCutFromThePreviousRowsAndItsDiffIsOneRow() {
        Document next = ARTICLE.toBuilder().entity(Entity.of("new-e", "Someone", EntityType.PERSON)).build();
        DocumentRows cut = DocumentRows.of(next, ARTICLE, ARTICLE_ROWS);
        assertThat(cut.deltaFrom(ARTICLE_ROWS)).as("cut from the previous rows").isNotNull();
        RowDiff diff = RowDiff.of(article(), new StoredDocument(next, 2));
        assertThat(diff.written()).extracting(DocumentRows.Row::id).containsExactly("new-e");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.replaced()).isEmpty();
        assertThat(describe(diff)).isEqualTo(describe(RowDiff.of(article(), wholeRows(next))));
    }

    /** The article at version 1, its rows already cut. */
    private static StoredDocument article() {
        StoredDocument stored = new StoredDocument(ARTICLE, 1);
        stored.derived(DocumentRows.class, document -> ARTICLE_ROWS);
        return stored;
    }

    /** {@code document} at version 2 with its rows cut whole, so a diff to it compares every row. */
    private static StoredDocument wholeRows(Document document) {
        StoredDocument stored = new StoredDocument(document, 2);
        stored.derived(DocumentRows.class, DocumentRows::of);
        return stored;
    }

    private static List<String> describe(RowDiff diff) {
        List<String> all = new ArrayList<>();
        diff.removed().forEach(row -> all.add("removed " + row.kind() + " " + row.id() + " " + row.json()));
        diff.written().forEach(row -> all.add("written " + row.kind() + " " + row.id() + " " + row.json()));
        diff.replaced().forEach(row -> all.add("replaced " + row.kind() + " " + row.id() + " " + row.json()));
        all.add("head changed " + diff.headChanged());
        return all;
    }

    private static List<String> rows(DocumentRows rows) {
        List<String> all = new ArrayList<>();
        rows.rows().forEach(row -> all.add(row.kind() + " " + row.id() + " " + row.position() + " " + row.json()));
        return all;
    }

    private static Document edit(Document document, java.util.Random random, int i) {
        DocumentBuilder builder = document.toBuilder();
        List<Annotation> annotations = document.annotations();
        Annotation some = annotations.get(random.nextInt(annotations.size()));
        int start = random.nextInt(document.text().length() - 20);
        switch (random.nextInt(12)) {
            case 0 -> builder.entity(Entity.of("new-e" + i, "Someone " + i, EntityType.PERSON));
            case 1 -> builder.add(Mention.of("new-m" + i, start, start + 5, MentionType.NOMINAL,
                    document.entities().get(0).id().value()));
            case 2 -> builder.remove(some.id().value());
            case 3 -> builder.replace(Quote.of(document.quotes().get(random.nextInt(document.quotes().size())).id().value(),
                    start, start + 12, QuoteType.INDIRECT));
            case 4 -> builder.add(Segment.of("new-s" + i, start, start + 3, SegmentType.TOKEN));
            case 5 -> builder.unknownField(some.id().value(), "x-added", "[true]");
            case 6 -> builder.remove(document.entities().get(random.nextInt(document.entities().size())).id().value());
            case 7 -> builder.metadata("title", "Edited " + i);
            case 9 -> builder.add(Segment.of(document.segments().get(random.nextInt(document.segments().size())).id().value(),
                    start, start + 2, SegmentType.TOKEN)); // a duplicate id
            case 10 -> {
                Entity moved = document.entities().get(random.nextInt(document.entities().size()));
                builder.remove(moved.id().value());
                builder.entity(moved); // the same entity, now last
            }
            default -> builder.replace(Entity.of(document.entities().get(0).id().value(), "Renamed " + i, EntityType.ORGANIZATION));
        }
        return builder.build();
    }
}
