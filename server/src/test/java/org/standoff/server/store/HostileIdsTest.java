package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/**
 * Documents whose ids cannot be file names, imported over GraphQL into a corpus directory: each is
 * stored under the name {@link org.standoff.corpus.exchange.DocumentFileName} gives it, answered
 * with its own id, and found again after a restart. (A 300-character id used to be {@code INTERNAL}:
 * the file name was longer than the file system allows.)
 */
class HostileIdsTest {
    @TempDir
    Path directory;

    private TestServer serve() throws IOException {
        return TestServer.over(CorpusDirectory.open(directory, false), ServerConfig.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LONG", "a\u0000b", "../../etc/passwd", "NUL", "con.txt"}) // hostile data, never opened
    void anIdThatCannotBeAFileNameIsStoredSafely(String given) throws IOException {
        String id = given.equals("LONG") ? "x".repeat(300) : given;
        String standoff = "{\"format\": \"standoff/1\", \"id\": " + TestServer.write(id)
                + ", \"offsetUnit\": \"codepoint\", \"text\": \"Ana said so.\"}";
        try (TestServer server = serve()) {
            JsonNode answer = server.graphql("mutation($s: String) { importDocument(standoffJson: $s) { version } }",
                    Map.of("s", standoff));
            assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
            assertThat(answer.path("data").path("importDocument").path("version").asInt()).as(answer.toString()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> stored = files.filter(file -> file.getFileName().toString().endsWith(DocumentFiles.SUFFIX)).toList();
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).getFileName().toString()).endsWith(DocumentFiles.SUFFIX);
        }
        try (TestServer restarted = serve()) {
            assertThat(restarted.store().get(id)).isPresent();
        }
    }
}
