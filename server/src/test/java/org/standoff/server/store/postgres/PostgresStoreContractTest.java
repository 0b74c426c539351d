package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.validation.Validator;
import org.standoff.server.Fixtures;
import org.standoff.server.store.Change;
import org.standoff.server.store.StoreException;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreContract;
import org.standoff.server.store.StoredDocument;

/** The store contract against the PostgreSQL store on a real PostgreSQL (a fresh database per test). */
class PostgresStoreContractTest extends StoreContract {
    private String url;

    @Override
    protected Store create(List<StoredDocument> initial) {
        url = TestDatabase.create();
        Database database = Database.open(new DatabaseUrl(url, null, null), 4);
        database.migrate();
        DatabaseImport importer = new DatabaseImport(database, Validator::validate);
        for (StoredDocument stored : initial) {
            importer.add(stored.id(), StandoffJson.fromJson(new String(DocumentFiles.encode(stored),
                    java.nio.charset.StandardCharsets.UTF_8)).document(), List.of());
        }
        importer.finish();
        if (!importer.skipped().isEmpty()) {
            throw new AssertionError("skipped: " + importer.skipped());
        }
        return new PostgresStore(database, 64L << 20, Validator::validate, false);
    }

    /**
     * A store edits the version it has cached without asking the database first; the write still
     * finds out when another process moved the document (a conflict naming the version it is at) or
     * deleted it (not found), and nothing of the refused edit is written.
     */
    @Test
    void anEditOfACachedVersionIsRefusedWhenAnotherProcessMovedOrDeletedTheDocument() {
        try (Store first = create(List.of(new StoredDocument(Fixtures.jiang(), 1))); Store second = reopen()) {
            UnaryOperator<Document> addEntity = document -> document.toBuilder()
                    .entity(Entity.of("e-" + document.entities().size(), "Someone", EntityType.PERSON)).build();
            assertThat(first.get("jiang").orElseThrow().version()).isEqualTo(1); // cached at 1
            second.update("jiang", 1, addEntity, new Change("createEntity", "bob", "e-x"));

            assertThatThrownBy(() -> first.update("jiang", 1, addEntity, new Change("createEntity", "alice", "e-y")))
                    .isInstanceOfSatisfying(StoreException.VersionConflict.class, c -> assertThat(c.actual()).isEqualTo(2));
            assertThat(first.history("jiang", 10)).extracting(edit -> edit.change().actor()).doesNotContain("alice");

            assertThat(first.get("jiang").orElseThrow().version()).isEqualTo(2); // cached at 2
            second.delete("jiang", 2, new Change("deleteDocument", "bob", "jiang"));
            assertThatThrownBy(() -> first.update("jiang", 2, addEntity, new Change("createEntity", "alice", "e-z")))
                    .isInstanceOf(StoreException.NotFound.class);
            assertThat(second.get("jiang")).isEmpty();
        }
    }

    /**
     * Rows an edit adds go after the last of their kind in the database, whether the store knows the
     * last positions (a version it loaded or wrote) or asks for them (a version another process wrote):
     * read back by another process, the document is the one the editing store holds, in order.
     */
    @Test
    void addedRowsAreReadBackInTheirOrderAfterRemovalsAndEditsByTwoProcesses() {
        try (Store first = create(List.of(new StoredDocument(Fixtures.jiang(), 1))); Store second = reopen()) {
            first.update("jiang", 1, document -> document.toBuilder()
                    .entity(Entity.of("e-a", "A", EntityType.PERSON)).entity(Entity.of("e-x", "X", EntityType.PERSON)).build(),
                    new Change("createEntity", "alice", "e-a"));
            first.update("jiang", 2, document -> {
                var builder = document.toBuilder();
                builder.remove("e-a");
                return builder.build();
            }, new Change("deleteEntity", "alice", "e-a"));
            second.update("jiang", 3, document -> document.toBuilder()
                    .entity(Entity.of("e-b", "B", EntityType.PERSON)).build(), new Change("createEntity", "bob", "e-b"));
            first.update("jiang", 4, document -> document.toBuilder()
                    .entity(Entity.of("e-c", "C", EntityType.PERSON)).build(), new Change("createEntity", "alice", "e-c"));
            first.update("jiang", 5, document -> document.toBuilder()
                    .entity(Entity.of("e-d", "D", EntityType.PERSON)).build(), new Change("createEntity", "alice", "e-d"));
            Document written = first.get("jiang").orElseThrow().document();
            try (Store third = reopen()) {
                Document read = third.get("jiang").orElseThrow().document();
                assertThat(read).isEqualTo(written);
                assertThat(read.entities()).extracting(entity -> entity.id().value()).endsWith("e-x", "e-b", "e-c", "e-d")
                        .doesNotContain("e-a");
            }
        }
    }

    @Override
    protected Store reopen() {
        Database database = Database.open(new DatabaseUrl(url, null, null), 4);
        return new PostgresStore(database, 64L << 20, Validator::validate, false);
    }
}
