package org.standoff.server.store;

import org.standoff.corpus.DurableFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.server.JsonAssert.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/** Edits reach the disk before they are answered, survive a restart, and the jar's corpus is never written. */
class PersistenceTest {
    @TempDir
    Path directory;

    private void writeCorpus(Document... documents) throws IOException {
        for (Document document : documents) {
            Files.writeString(directory.resolve(document.id() + ".standoff.json"), StandoffJson.toJson(document));
        }
    }

    private TestServer serveDirectory() throws IOException {
        return TestServer.over(CorpusDirectory.open(directory, false), ServerConfig.DEFAULT);
    }

    /** The document files of the corpus directory (its history file aside). */
    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(path -> path.getFileName().toString()).filter(name -> !name.equals(HistoryLog.FILE_NAME))
                    .sorted().toList();
        }
    }

    @Test
    void editsSurviveARestart() throws IOException {
        writeCorpus(Fixtures.jiang(), Fixtures.emoji());
        try (TestServer server = serveDirectory()) {
            JsonNode answer = server.graphql("mutation { createMention(documentId: \"jiang\", expectedVersion: 1,"
                    + " mention: {start: 34, end: 41, mentionType: NAME}) { version } }");
            assertJson(answer, "{\"data\": {\"createMention\": {\"version\": 2}}}");
            String file = Files.readString(directory.resolve("jiang.standoff.json"));
            assertThat(file).contains("\"standoff:version\": \"2\"").contains("\"text\": \"Russian\"");
        }
        try (TestServer restarted = serveDirectory()) {
            assertJson(restarted.graphql("{ document(id: \"jiang\") { version metadata { key } mentions(filter: {type: NAME})"
                    + " { edges { node { id text } } } } }"), """
                    {"data": {"document": {"version": 2, "metadata": [{"key": "title"}, {"key": "language"}],
                      "mentions": {"edges": [{"node": {"id": "m2", "text": "Russian"}}, {"node": {"id": "m1", "text": "Jiang"}},
                        {"node": {"id": "m6", "text": "the Kremlin"}}]}}}}""");
            assertJson(restarted.graphql("mutation { deleteMention(documentId: \"jiang\", expectedVersion: 2, id: \"m2\") { version } }"),
                    "{\"data\": {\"deleteMention\": {\"version\": 3}}}");
        }
        try (TestServer again = serveDirectory()) {
            assertJson(again.graphql("{ document(id: \"jiang\") { version mentions { totalCount } } }"),
                    "{\"data\": {\"document\": {\"version\": 3, \"mentions\": {\"totalCount\": 5}}}}");
            assertJson(again.graphql("{ history(documentId: \"jiang\") { totalCount edges { node { author version operation subject } } } }"),
                    """
                    {"data": {"history": {"totalCount": 2, "edges": [
                      {"node": {"author": "anonymous", "version": 2, "operation": "createMention", "subject": "m2"}},
                      {"node": {"author": "anonymous", "version": 3, "operation": "deleteMention", "subject": "m2"}}]}}}""");
        }
        assertThat(files()).containsExactly("emoji.standoff.json", "jiang.standoff.json");
        assertThat(Files.readAllLines(directory.resolve(HistoryLog.FILE_NAME))).hasSize(2);
    }

    @Test
    void importAndDeleteDocumentsAsFiles() throws IOException {
        writeCorpus(Fixtures.emoji());
        Document imported = Fixtures.jiang().toBuilder().id("new doc/1").build();
        try (TestServer server = serveDirectory()) {
            JsonNode answer = server.graphql("mutation($json: String!) { importDocument(standoffJson: $json) {"
                    + " version document { id quotes { totalCount } } errors { code } } }",
                    Map.of("json", StandoffJson.toJson(imported)));
            assertJson(answer, """
                    {"data": {"importDocument": {"version": 1, "document": {"id": "new doc/1", "quotes": {"totalCount": 2}},
                      "errors": []}}}""");
            String replaced = server.graphql("mutation($json: String!) { importDocument(standoffJson: $json) { version } }",
                    Map.of("json", StandoffJson.toJson(imported))).at("/errors/0/extensions/code").asText();
            assertThat(replaced).isEqualTo("CONFLICT");
            assertJson(server.graphql("mutation($json: String!) { importDocument(standoffJson: $json, expectedVersion: 1) { version } }",
                    Map.of("json", StandoffJson.toJson(imported))), "{\"data\": {\"importDocument\": {\"version\": 2}}}");
            assertThat(files()).hasSize(2).contains("emoji.standoff.json");
            assertJson(server.graphql("mutation { deleteDocument(id: \"emoji\", expectedVersion: 1) { version deletedId } }"),
                    "{\"data\": {\"deleteDocument\": {\"version\": 0, \"deletedId\": \"emoji\"}}}");
            assertThat(files()).hasSize(1).noneMatch(name -> name.startsWith("emoji"));
        }
        try (TestServer restarted = serveDirectory()) {
            assertJson(restarted.graphql("{ documents { edges { node { id version } } } }"),
                    "{\"data\": {\"documents\": {\"edges\": [{\"node\": {\"id\": \"new doc/1\", \"version\": 2}}]}}}");
        }
    }

    @Test
    void brokenImportsAreRefusedWithDiagnostics() throws IOException {
        writeCorpus(Fixtures.emoji());
        try (TestServer server = serveDirectory()) {
            JsonNode notJson = server.graphql("mutation { importDocument(standoffJson: \"{oops\") { version errors { code } } }");
            assertThat(notJson.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_ANNOTATION");
            assertThat(notJson.at("/data/importDocument/errors").size()).isPositive();
            String dangling = StandoffJson.toJson(Fixtures.jiang()).replace("\"entity\": \"e4\"", "\"entity\": \"e99\"");
            JsonNode invalid = server.graphql("mutation($json: String!) { importDocument(standoffJson: $json) {"
                    + " version errors { code subject } } }", Map.of("json", dangling));
            assertJson(invalid.at("/data/importDocument"), """
                    {"version": 0, "errors": [{"code": "ref.dangling", "subject": "m6"}]}""");
        }
        assertThat(files()).containsExactly("emoji.standoff.json");
    }

    @Test
    void theEmbeddedCorpusIsCopiedToTheDataDirectoryOnItsFirstEdit() throws IOException {
        Path data = directory.resolve("data");
        List<StoredDocument> embedded = List.of(new StoredDocument(Fixtures.jiang(), 1), new StoredDocument(Fixtures.emoji(), 1));
        try (TestServer server = TestServer.over(EmbeddedCorpus.open(data, false, embedded), ServerConfig.DEFAULT)) {
            assertThat(server.graphql("{ corpus { source } }").at("/data/corpus/source").asText()).isEqualTo("EMBEDDED");
            assertThat(Files.exists(data)).isFalse();
            server.graphql("mutation { deleteMention(documentId: \"emoji\", expectedVersion: 1, id: \"m2\") { version } }");
            assertThat(server.graphql("{ corpus { source } }").at("/data/corpus/source").asText()).isEqualTo("DIRECTORY");
        }
        assertThat(EmbeddedCorpus.isInitialized(data)).isTrue();
        assertThat(Files.readString(data.resolve("jiang.standoff.json"))).contains("\"standoff:version\": \"1\"");
        try (TestServer restarted = TestServer.over(EmbeddedCorpus.open(data, false), ServerConfig.DEFAULT)) {
            assertJson(restarted.graphql("{ corpus { source documentCount mentionCount } }"), """
                    {"data": {"corpus": {"source": "DIRECTORY", "documentCount": 2, "mentionCount": 6}}}""");
        }
    }

    @Test
    void aFailedWriteIsNotPublished() {
        Persistence failing = new Persistence() {
            @Override
            public void save(StoredDocument document) throws IOException {
                throw new IOException("disk full (secret path /root/x)");
            }

            @Override
            public void remove(String documentId) throws IOException {
                throw new IOException("disk full");
            }
        };
        DirectoryStore store = new DirectoryStore(List.of(new StoredDocument(Fixtures.jiang(), 1)), CorpusSource.DIRECTORY,
                failing, HistoryLog.inMemory(), Validator::validate, false);
        try (TestServer server = TestServer.over(store, ServerConfig.DEFAULT)) {
            JsonNode answer = server.graphql("mutation { deleteMention(documentId: \"jiang\", expectedVersion: 1, id: \"m5\") { version } }");
            assertJson(answer.get("errors"), """
                    [{"message": "Internal server error", "locations": [{"line": 1, "column": 12}], "path": ["deleteMention"],
                      "extensions": {"code": "INTERNAL", "classification": "INTERNAL"}}]""");
            assertThat(store.get("jiang").orElseThrow().version()).isEqualTo(1);
            assertThat(store.get("jiang").orElseThrow().document().mentions()).hasSize(5);
        }
    }

    @Test
    void durableWritesReplaceWholeFilesAndLeaveNoTemporaries() throws IOException {
        Path target = directory.resolve("a.standoff.json");
        DurableFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        DurableFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(files()).containsExactly("a.standoff.json");
        Files.writeString(directory.resolve(".a.standoff.json.123.tmp"), "{half");
        assertThat(DurableFiles.isTemporary(directory.resolve(".a.standoff.json.123.tmp"))).isTrue();
        Files.writeString(target, StandoffJson.toJson(Fixtures.emoji()));
        assertThat(CorpusDirectory.at(directory).load()).hasSize(1);
        assertThat(files()).containsExactly("a.standoff.json");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        DurableFiles.write(target, "third".getBytes(StandardCharsets.UTF_8));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
        DurableFiles.delete(target);
        assertThat(files()).isEmpty();
    }

    @Test
    void newDocumentsNeverTakeAnotherDocumentsFile() throws IOException {
        Files.writeString(directory.resolve("x.standoff.json"), StandoffJson.toJson(Fixtures.emoji()));
        DirectoryStore store = CorpusDirectory.open(directory, false);
        store.put(Fixtures.jiang().toBuilder().id("x").build(), null, List.of(), Change.of("test"));
        assertThat(files()).containsExactly("x-2.standoff.json", "x.standoff.json");
    }
}
