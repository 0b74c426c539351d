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

    @Override
    protected Store reopen() {
        Database database = Database.open(new DatabaseUrl(url, null, null), 4);
        return new PostgresStore(database, 64L << 20, Validator::validate, false);
    }
}
