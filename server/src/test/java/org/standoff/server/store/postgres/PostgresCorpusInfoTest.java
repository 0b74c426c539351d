package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoredDocument;

/** {@code corpus { source }} over HTTP from a PostgreSQL store answers DATABASE (it once failed to serialize). */
class PostgresCorpusInfoTest {
    @Test
    void aDatabaseCorpusSaysSoWithItsCounts() throws Exception {
        Database database = Database.open(new DatabaseUrl(TestDatabase.create(), null, null), 2);
        database.migrate();
        DatabaseImport importer = new DatabaseImport(database, Validator::validate);
        importer.add("jiang", StandoffJson.fromJson(new String(DocumentFiles.encode(new StoredDocument(Fixtures.jiang(), 1)),
                StandardCharsets.UTF_8)).document(), List.of());
        importer.finish();
        try (PostgresStore store = new PostgresStore(database, 16L << 20, Validator::validate, true);
             TestServer server = TestServer.over(store, ServerConfig.DEFAULT)) {
            JsonNode answer = server.graphql("{ corpus { source readOnly documentCount quoteCount } }");

            assertThat(answer.has("errors")).as(answer.toString()).isFalse();
            assertThat(answer.at("/data/corpus/source").asText()).isEqualTo("DATABASE");
            assertThat(answer.at("/data/corpus/documentCount").asInt()).isEqualTo(1);
            assertThat(answer.at("/data/corpus/quoteCount").asInt()).isEqualTo(Fixtures.jiang().quotes().size());
        } finally {
            database.close();
        }
    }
}
