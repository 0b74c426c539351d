package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/**
 * The contract of a {@link Store}, run against both stores: the same documents, edits, conflicts,
 * refusals, pages, counts, history and concurrency, checked after a reopen where a store keeps data
 * outside the process. A subclass says how to open its store over some documents and how to reopen it.
 */
public abstract class StoreContract {
    /** A version past what 32-bit integers or 9-digit parsing can carry. */
    static final long BIG = 1_000_000_000L;

    private final List<Store> opened = new ArrayList<>();

    /** A writable store holding {@code initial} at their versions (a fresh, otherwise empty one). */
    protected abstract Store create(List<StoredDocument> initial) throws Exception;

    /** A new store over what the last created store keeps (as a restart, or another server, would see it). */
    protected abstract Store reopen() throws Exception;

    private Store open(StoredDocument... initial) throws Exception {
        Store store = create(List.of(initial));
        opened.add(store);
        return store;
    }

    private Store again() throws Exception {
        Store store = reopen();
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    private static Document shipped() {
        return Corpus.shipped().documents().get(0);
    }

    private static Document renamed(Document document, String id) {
        return document.toBuilder().id(id).build();
    }

    private static Document withCue(Document document, String id) {
        return document.toBuilder().add(Cue.of(id, 104, 109, "after")).build();
    }

    @Test
    void readsBackEveryDocumentAsWrittenWithItsVersion() throws Exception {
        open(new StoredDocument(Fixtures.jiang(), 1), new StoredDocument(Fixtures.emoji(), 7),
                new StoredDocument(shipped(), BIG));
        Store store = again();
        assertThat(store.get("jiang").orElseThrow().version()).isEqualTo(1);
        assertThat(store.get("emoji").orElseThrow().version()).isEqualTo(7);
        StoredDocument article = store.get(shipped().id()).orElseThrow();
        assertThat(article.version()).isEqualTo(BIG);
        assertThat(StandoffJson.toJson(article.document())).isEqualTo(StandoffJson.toJson(shipped()));
        assertThat(StandoffJson.toJson(store.get("emoji").orElseThrow().document()))
                .isEqualTo(StandoffJson.toJson(Fixtures.emoji()));
        assertThat(StandoffJson.toJson(store.get("jiang").orElseThrow().document()))
                .isEqualTo(StandoffJson.toJson(Fixtures.jiang()));
        assertThat(store.get("nope")).isEmpty();
    }

    @Test
    void anEditMovesTheVersionByOneIsDurableAndIsRecorded() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        StoredDocument next = store.update("jiang", 1, document -> withCue(document, "c9"), Change.of("createCue"));
        assertThat(next.version()).isEqualTo(2);
        assertThat(store.get("jiang").orElseThrow().document().cue(org.standoff.core.model.CueId.of("c9"))).isPresent();
        Store reopened = again();
        StoredDocument read = reopened.get("jiang").orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(StandoffJson.toJson(read.document())).isEqualTo(StandoffJson.toJson(next.document()));
        List<EditRecord> history = store.history("jiang", 10);
        assertThat(history).isNotEmpty();
        EditRecord edit = history.get(0);
        assertThat(edit.versionBefore()).isEqualTo(1);
        assertThat(edit.versionAfter()).isEqualTo(2);
        assertThat(edit.change().operation()).isEqualTo("createCue");
        assertThat(edit.before()).isEmpty();
        assertThat(edit.after()).singleElement().asString().contains("\"id\":\"c9\"", "\"lemma\":\"after\"");
    }

    @Test
    void theHistorySurvivesARestartWithWhoWhatAndWhen() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        store.update("jiang", 1, document -> withCue(document, "c9"), new Change("createCue", "alice", "c9"));
        store.update("jiang", 2, document -> withCue(document, "c10"), new Change("createCue", "bob", "c10"));
        store.delete("jiang", 3, new Change("deleteDocument", "carol"));
        // the database store also records the import that filled it
        List<EditRecord> before = store.history("jiang", 3);
        store.close();

        List<EditRecord> after = again().history("jiang", 3);
        assertThat(after).hasSize(3);
        assertThat(after).extracting(EditRecord::change).containsExactly(new Change("deleteDocument", "carol", null),
                new Change("createCue", "bob", "c10"), new Change("createCue", "alice", "c9"));
        assertThat(after).extracting(EditRecord::versionAfter).containsExactly(0L, 3L, 2L);
        assertThat(after).extracting(EditRecord::versionBefore).containsExactly(3L, 2L, 1L);
        assertThat(after.get(1).after()).isEqualTo(before.get(1).after());
        assertThat(after.get(1).after()).singleElement().asString().contains("\"id\":\"c10\"");
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).at()).isCloseTo(before.get(i).at(), within(1, ChronoUnit.MILLIS));
        }
        assertThat(again().history("jiang", 2)).hasSize(2);
        assertThat(again().history("never", 10)).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        assertThatThrownBy(() -> store.update("jiang", 5, document -> withCue(document, "c9"), Change.of("createCue")))
                .isInstanceOfSatisfying(StoreException.VersionConflict.class, conflict -> {
                    assertThat(conflict.expected()).isEqualTo(5);
                    assertThat(conflict.actual()).isEqualTo(1);
                });
        assertThatThrownBy(() -> store.put(Fixtures.jiang(), null, List.of(), Change.of("importDocument")))
                .isInstanceOf(StoreException.VersionConflict.class);
        assertThatThrownBy(() -> store.put(Fixtures.emoji(), 3L, List.of(), Change.of("importDocument")))
                .isInstanceOf(StoreException.VersionConflict.class);
        assertThatThrownBy(() -> store.update("nope", 1, document -> document, Change.of("createCue")))
                .isInstanceOf(StoreException.NotFound.class);
        assertThat(again().get("jiang").orElseThrow().version()).isEqualTo(1);
        assertThat(again().get("emoji")).isEmpty();
    }

    @Test
    void anEditThatAddsAnErrorIsRefused() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        assertThatThrownBy(() -> store.update("jiang", 1,
                document -> document.toBuilder().add(Mention.of("m9", 0, 5, MentionType.NAME, "no-such-entity")).build(),
                Change.of("createMention")))
                .isInstanceOfSatisfying(StoreException.Invalid.class, invalid -> assertThat(invalid.diagnostics()).isNotEmpty());
        assertThat(again().get("jiang").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void replacingAndDeletingADocumentFollowTheVersions() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        Document retitled = Fixtures.jiang().toBuilder().metadata("title", "Retitled").build();
        assertThat(store.put(retitled, 1L, List.of(), Change.of("importDocument")).version()).isEqualTo(2);
        assertThat(again().get("jiang").orElseThrow().document().metadata()).containsEntry("title", "Retitled");
        assertThat(store.put(Fixtures.emoji(), null, List.of(), Change.of("importDocument")).version()).isEqualTo(1);
        store.delete("jiang", 2, Change.of("deleteDocument"));
        assertThat(store.get("jiang")).isEmpty();
        assertThat(again().get("jiang")).isEmpty();
        assertThatThrownBy(() -> store.delete("jiang", 2, Change.of("deleteDocument"))).isInstanceOf(StoreException.class);
        EditRecord deletion = store.history("jiang", 1).get(0);
        assertThat(deletion.versionAfter()).isZero();
        assertThat(deletion.change().operation()).isEqualTo("deleteDocument");
        assertThat(deletion.before()).isNotEmpty();
    }

    @Test
    void pagesAreInIdOrderWithFiltersAndCounts() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1), new StoredDocument(Fixtures.emoji(), 1),
                new StoredDocument(renamed(Fixtures.jiang(), "d1"), 1), new StoredDocument(renamed(Fixtures.jiang(), "d2"), 1),
                new StoredDocument(renamed(Fixtures.jiang(), "d3"), 1));
        DocumentPage first = store.page(DocumentFilter.ALL, 2, null);
        assertThat(ids(first)).containsExactly("d1", "d2");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.totalCount()).isEqualTo(5);
        DocumentPage second = store.page(DocumentFilter.ALL, 2, "d2");
        assertThat(ids(second)).containsExactly("d3", "emoji");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(ids(store.page(DocumentFilter.ALL, 2, "emoji"))).containsExactly("jiang");
        assertThat(ids(store.page(new DocumentFilter(null, "EMOJI", null), 10, null))).containsExactly("emoji");
        assertThat(ids(store.page(new DocumentFilter("en", null, "Kremlin"), 10, null))).containsExactly("d1", "d2", "d3", "jiang");
        assertThat(store.page(new DocumentFilter("fr", null, null), 10, null).totalCount()).isZero();
        assertThat(ids(store.page(new DocumentFilter(null, null, null, "emoji"), 10, null))).containsExactly("emoji");
        assertThat(ids(store.page(new DocumentFilter("en", null, null, "kREMLIN"), 10, null))).containsExactly("d1", "d2", "d3", "jiang");
        CorpusCounts counts = store.counts();
        assertThat(counts.documents()).isEqualTo(5);
        assertThat(counts.mentions()).isEqualTo(4 * Fixtures.jiang().mentions().size() + Fixtures.emoji().mentions().size());
        assertThat(counts.claims()).isEqualTo(4 * Fixtures.jiang().claims().size());
    }

    /** Annotators' copies ({@code doc~name}) are listed by paging after {@code doc~}: they must sort together there. */
    @Test
    void copiesSortRightAfterTheirDocumentsTildeAndKeepTheirMetadata() throws Exception {
        Document jiang = Fixtures.jiang();
        Store store = open(new StoredDocument(renamed(jiang, "a"), 1), new StoredDocument(renamed(jiang, "ab"), 1),
                new StoredDocument(renamed(jiang, "a-b"), 1), new StoredDocument(renamed(jiang, "b"), 1),
                new StoredDocument(jiang.toBuilder().id("a~ben").metadata("copyOf", "a").metadata("state", "done").build(), 1),
                new StoredDocument(renamed(jiang, "a~ana"), 1));
        assertThat(ids(store.page(DocumentFilter.ALL, 10, "a~"))).containsExactly("a~ana", "a~ben", "b");
        Store restarted = again();
        assertThat(restarted.get("a~ben").orElseThrow().document().metadata())
                .containsEntry("copyOf", "a").containsEntry("state", "done");
        assertThat(restarted.get("a~ben").orElseThrow().document().fingerprint()).isEqualTo(jiang.fingerprint());
    }

    @Test
    void concurrentWritersLoseNoAcknowledgedEdit() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), 1));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                for (int n = 0; n < 10; n++) {
                    String id = "c-" + thread + "-" + n;
                    StoredDocument current = store.get("jiang").orElseThrow();
                    try {
                        store.update("jiang", current.version(), document -> withCue(document, id), Change.of("createCue"));
                        acknowledged.add(id);
                    } catch (StoreException.VersionConflict lost) {
                        // another writer was first: this attempt wrote nothing
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        StoredDocument last = again().get("jiang").orElseThrow();
        assertThat(last.version()).isEqualTo(1 + acknowledged.size());
        for (String id : acknowledged) {
            assertThat(last.document().annotation(id)).as(id).isPresent();
        }
        assertThat(acknowledged).isNotEmpty();
    }

    @Test
    void graphQLReadsAndWritesA64BitVersion() throws Exception {
        Store store = open(new StoredDocument(Fixtures.jiang(), BIG));
        try (TestServer server = TestServer.over(store, ServerConfig.DEFAULT)) {
            JsonNode read = server.graphql("{ document(id: \"jiang\") { version } }");
            assertThat(read.at("/data/document/version").asLong()).isEqualTo(BIG);
            JsonNode written = server.graphql("mutation ($v: Version!) { createCue(documentId: \"jiang\", expectedVersion: $v,"
                    + " cue: {id: \"c9\", start: 104, end: 109, lemma: \"after\"}) { version } }", Map.of("v", BIG));
            assertThat(written.at("/data/createCue/version").asLong()).as(written.toString()).isEqualTo(BIG + 1);
            JsonNode stale = server.graphql("mutation { createCue(documentId: \"jiang\", expectedVersion: 1000000000,"
                    + " cue: {start: 104, end: 109, lemma: \"after\"}) { version } }");
            assertThat(stale.at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
            assertThat(stale.at("/errors/0/extensions/actualVersion").asLong()).isEqualTo(BIG + 1);
        }
        assertThat(again().get("jiang").orElseThrow().version()).isEqualTo(BIG + 1);
    }

    private static List<String> ids(DocumentPage page) {
        return page.documents().stream().map(StoredDocument::id).toList();
    }
}
