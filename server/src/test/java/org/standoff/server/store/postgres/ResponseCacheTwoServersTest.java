package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoredDocument;

/**
 * Two {@code standoff serve --db} processes on one database, both with the response cache on: an answer
 * one of them keeps is never served after the other wrote, because the key holds PostgreSQL's snapshot
 * (docs/SERVER.md, "Response cache"), and a write by a third party that is no server at all (SQL) moves it too.
 */
class ResponseCacheTwoServersTest {
    private static final String READ = "query ($id: ID!) { document(id: $id) { version entity(id: \"e1\") { canonicalName } } }";
    private static final String RENAME = "mutation ($v: Version!, $name: String!) { updateEntity(documentId: \"jiang\","
            + " expectedVersion: $v, entity: {id: \"e1\", canonicalName: $name, entityType: PERSON}) { version } }";

    @Test
    void anEditThroughOneServerIsTheOthersNextAnswer() throws Exception {
        String db = TestDatabase.create();
        try (Database database = Database.open(new DatabaseUrl(db, null, null), 2)) {
            database.migrate();
            DatabaseImport importer = new DatabaseImport(database, Validator::validate);
            importer.add("jiang", StandoffJson.fromJson(new String(DocumentFiles.encode(new StoredDocument(Fixtures.jiang(), 1)),
                    StandardCharsets.UTF_8)).document(), List.of());
            importer.finish();
        }
        try (ServerProcess a = ServerProcess.start("--db", db, "--response-cache-mb", "8");
             ServerProcess b = ServerProcess.start("--db", db)) {
            for (int edit = 1; edit <= 6; edit++) {
                ServerProcess writer = edit % 2 == 0 ? a : b;
                ServerProcess reader = edit % 2 == 0 ? b : a;
                JsonNode before = reader.graphql(READ, Map.of("id", "jiang"));
                assertThat(reader.graphql(READ, Map.of("id", "jiang"))).isEqualTo(before); // now kept by the reader
                long version = before.at("/data/document/version").asLong();
                JsonNode written = writer.graphql(RENAME, Map.of("v", version, "name", "Jiang " + edit));
                assertThat(written.at("/data/updateEntity/version").asLong()).as(written.toString()).isEqualTo(version + 1);
                JsonNode after = reader.graphql(READ, Map.of("id", "jiang"));
                assertThat(after.at("/data/document/version").asLong()).isEqualTo(version + 1);
                assertThat(after.at("/data/document/entity/canonicalName").asText()).isEqualTo("Jiang " + edit);
            }
            long version = a.graphql(READ, Map.of("id", "jiang")).at("/data/document/version").asLong();
            try (Database database = Database.open(new DatabaseUrl(db, null, null), 1);
                 var connection = database.connection();
                 var statement = connection.createStatement()) {
                // a write that is no server's: the snapshot still moves
                statement.executeUpdate("UPDATE documents SET version = version + 1 WHERE id = 'jiang'");
            }
            for (ServerProcess server : List.of(a, b)) {
                assertThat(server.graphql(READ, Map.of("id", "jiang")).at("/data/document/version").asLong())
                        .isEqualTo(version + 1);
            }
        }
    }
}
