package org.standoff.server.store.postgres;

import java.util.List;
import org.standoff.core.validation.Validator;
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

    @Override
    protected Store reopen() {
        Database database = Database.open(new DatabaseUrl(url, null, null), 4);
        return new PostgresStore(database, 64L << 20, Validator::validate, false);
    }
}
