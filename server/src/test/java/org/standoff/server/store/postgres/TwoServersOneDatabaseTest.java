package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoredDocument;

/**
 * Two {@code standoff serve --db} processes on one database, 16 clients editing the same two
 * documents through both: every acknowledged edit is there afterwards, the accepted edits equal the
 * version increase, and each process sees the other's edit on its next read.
 */
class TwoServersOneDatabaseTest {
    private static final int CLIENTS = 16;
    /** Edits per client: 4 in the build; -Dstandoff.edits=N for a longer run. */
    private static final int EDITS_PER_CLIENT = Integer.getInteger("standoff.edits", 4);
    private static final List<String> DOCUMENTS = List.of("jiang", "emoji");
    private static final String VERSION = "query ($id: ID!) { document(id: $id) { version } }";
    private static final String CREATE = "mutation ($id: ID!, $v: Version!, $entity: ID!, $name: String!) {"
            + " createEntity(documentId: $id, expectedVersion: $v, entity: {id: $entity, canonicalName: $name,"
            + " entityType: OTHER}) { version } }";
    private static final String SEES = "query ($id: ID!, $entity: ID!) { document(id: $id) { version entity(id: $entity) { id } } }";

    @Test
    void sixteenClientsOnTwoServersLoseNoEditAndSeeEachOther() throws Exception {
        String db = TestDatabase.create();
        try (Database database = Database.open(new DatabaseUrl(db, null, null), 2)) {
            database.migrate();
            DatabaseImport importer = new DatabaseImport(database, Validator::validate);
            for (var document : List.of(Fixtures.jiang(), Fixtures.emoji())) {
                importer.add(document.id(), StandoffJson.fromJson(new String(DocumentFiles.encode(new StoredDocument(document, 1)),
                        StandardCharsets.UTF_8)).document(), List.of());
            }
            importer.finish();
        }
        try (ServerProcess a = ServerProcess.start("--db", db, "--db-pool-size", "8");
             ServerProcess b = ServerProcess.start("--db", db, "--db-pool-size", "8")) {
            List<ServerProcess> servers = List.of(a, b);
            Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
            DOCUMENTS.forEach(id -> acknowledged.put(id, ConcurrentHashMap.newKeySet()));
            AtomicInteger conflicts = new AtomicInteger();
            List<String> unseen = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    ServerProcess mine = servers.get(client % 2);
                    ServerProcess other = servers.get(1 - client % 2);
                    for (int n = 0; n < EDITS_PER_CLIENT; n++) {
                        String document = DOCUMENTS.get((client + n) % 2);
                        String entity = "x-" + client + "-" + n;
                        for (int attempt = 0; attempt < 200; attempt++) {
                            long version = mine.graphql(VERSION, Map.of("id", document)).at("/data/document/version").asLong();
                            JsonNode answer = mine.graphql(CREATE, Map.of("id", document, "v", version, "entity", entity, "name", entity));
                            if (answer.at("/data/createEntity/version").isNumber()) {
                                long written = answer.at("/data/createEntity/version").asLong();
                                acknowledged.get(document).add(entity);
                                JsonNode seen = other.graphql(SEES, Map.of("id", document, "entity", entity));
                                if (seen.at("/data/document/version").asLong() < written
                                        || !seen.at("/data/document/entity/id").asText().equals(entity)) {
                                    synchronized (unseen) {
                                        unseen.add(document + " " + entity + " v" + written + ": " + seen);
                                    }
                                }
                                break;
                            }
                            assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("CONFLICT");
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(unseen).isEmpty();
            int accepted = 0;
            for (String document : DOCUMENTS) {
                Set<String> edits = acknowledged.get(document);
                accepted += edits.size();
                for (ServerProcess server : servers) {
                    assertThat(server.graphql(VERSION, Map.of("id", document)).at("/data/document/version").asLong())
                            .as("version of " + document).isEqualTo(1 + edits.size());
                    for (String entity : edits) {
                        assertThat(server.graphql(SEES, Map.of("id", document, "entity", entity))
                                .at("/data/document/entity/id").asText()).isEqualTo(entity);
                    }
                }
            }
            assertThat(accepted).isEqualTo(CLIENTS * EDITS_PER_CLIENT);
            System.out.println("two servers, " + CLIENTS + " clients: " + accepted + " accepted edits, " + conflicts.get()
                    + " conflicts retried");
        }
    }
}
