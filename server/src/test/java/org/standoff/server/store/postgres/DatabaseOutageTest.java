package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoredDocument;

/**
 * The database stops while clients read and write through the server, and starts again: meanwhile
 * requests fail with {@code UNAVAILABLE} (never INTERNAL, never a hang) and health says DOWN; after,
 * the same server serves again without a restart and no acknowledged edit is lost.
 */
class DatabaseOutageTest {
    private static final String READ = "{ document(id: \"jiang\") { version } }";
    private static final String CREATE = "mutation ($v: Version!, $entity: ID!) { createEntity(documentId: \"jiang\","
            + " expectedVersion: $v, entity: {id: $entity, canonicalName: \"x\", entityType: OTHER}) { version } }";

    @TempDir
    Path data;

    @Test
    void requestsAreUnavailableWhileTheDatabaseIsDownAndServeAgainAfter() throws Exception {
        TestDatabase postgres = TestDatabase.restartable(data.resolve("pg"));
        String db = postgres.newDatabase();
        Database database = Database.open(new DatabaseUrl(db, null, null), 4);
        database.migrate();
        DatabaseImport importer = new DatabaseImport(database, Validator::validate);
        importer.add("jiang", StandoffJson.fromJson(new String(DocumentFiles.encode(new StoredDocument(Fixtures.jiang(), 1)),
                StandardCharsets.UTF_8)).document(), List.of());
        importer.finish();
        try (PostgresStore store = new PostgresStore(database, 16L << 20, Validator::validate, false);
             TestServer server = TestServer.over(store, ServerConfig.DEFAULT)) {
            Set<String> codes = ConcurrentHashMap.newKeySet();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger successes = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Object>> clients = List.of(0, 1, 2, 3).stream().map(c -> pool.<Object>submit(() -> {
                for (int n = 0; running.get(); n++) {
                    JsonNode read = server.graphql(READ);
                    if (read.has("errors")) {
                        codes.add(read.at("/errors/0/extensions/code").asText());
                        continue;
                    }
                    String entity = "x-" + c + "-" + n;
                    JsonNode written = server.graphql(CREATE, Map.of("v", read.at("/data/document/version").asLong(), "entity", entity));
                    if (written.has("errors")) {
                        codes.add(written.at("/errors/0/extensions/code").asText());
                    } else {
                        acknowledged.add(entity);
                        successes.incrementAndGet();
                    }
                }
                return null;
            })).toList();

            waitFor(() -> successes.get() >= 10);
            postgres.stop();
            waitFor(() -> codes.contains("UNAVAILABLE"));
            JsonNode health = TestServer.JSON.readTree(server.get("/health").body());
            assertThat(health.at("/status").asText()).isEqualTo("DOWN");
            int before = successes.get();
            postgres.start();
            waitFor(() -> successes.get() >= before + 10);
            running.set(false);
            for (Future<Object> client : clients) {
                client.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(codes).contains("UNAVAILABLE").isSubsetOf("UNAVAILABLE", "CONFLICT");
            StoredDocument last = store.get("jiang").orElseThrow();
            // at least: an edit whose COMMIT was sent as the database stopped may have been written unacknowledged
            assertThat(last.version()).isGreaterThanOrEqualTo(1 + acknowledged.size());
            acknowledged.forEach(id -> assertThat(last.document().entity(org.standoff.core.model.EntityId.of(id))).as(id).isPresent());
            assertThat(TestServer.JSON.readTree(server.get("/health").body()).at("/status").asText()).isEqualTo("UP");
        } finally {
            postgres.stop();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
