package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/**
 * Every import refusal that asks the user to supply something, run through the command line
 * ({@code standoff convert} and {@code standoff import}) and through GraphQL ({@code importDocument}):
 * each names the way to supply it in the front end used, never a Java type or field.
 */
class ImportRequestsTest {
    private static final Path EXAMPLES = Path.of("..", "corpus", "src", "test", "resources", "examples");
    private static final String CLI_TEXT = "give the text with --text FILE";
    private static final String GRAPHQL_TEXT = "give the text with the text: argument";
    private static final String CLI_UNIT = "state the unit with --offset-unit UNIT (codepoint, utf16 or utf8)";
    private static final String GRAPHQL_UNIT = "state the unit with the offsetUnit: argument (CODEPOINT, UTF16 or UTF8)";

    @TempDir
    Path directory;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A refusal: the format, the input file, its code, and what the message says before the request. */
    static Stream<Arguments> refusals() throws IOException {
        return Stream.of(
                Arguments.of("w3c", EXAMPLES.resolve("w3c/web-annotation_2016_examples_anno27.json"), "w3c.no-text",
                        "1 annotation(s) not imported: W3C annotations carry no document text; ", true),
                Arguments.of("hypothesis", EXAMPLES.resolve("hypothesis/hypothesis-client_html-baselines_minimal.json"),
                        "w3c.no-text", "1 annotation(s) not imported: W3C annotations carry no document text; ", true),
                Arguments.of("labelstudio", EXAMPLES.resolve("labelstudio/tools-labelstudio-annotation-with-relation.json"),
                        "labelstudio.no-text", "the task has no data.text to anchor its regions on; ", true),
                Arguments.of("doccano", null, "offset.unit-ambiguous", "offsets carry no covered text, and on this text they"
                        + " mean different spans as utf16 and as codepoint, grapheme (first: span-1 at [3, 6)); ", false));
    }

    private Path input(Path example) throws IOException {
        if (example != null) {
            return example;
        }
        Path file = directory.resolve("astral.jsonl");
        Files.writeString(file, "{\"text\": \"\uD83D\uDE00 Ana said so.\", \"label\": [[3, 6, \"PER\"]]}\n", StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusals")
    void eachRefusalNamesTheOptionOfTheFrontEndUsed(String format, Path example, String code, String reason,
                                                     boolean asksForText) throws IOException {
        Path file = input(example);
        String cli = reason + (asksForText ? CLI_TEXT : CLI_UNIT);
        String graphql = reason + (asksForText ? GRAPHQL_TEXT : GRAPHQL_UNIT);

        CommandRun convert = CommandRun.of("convert", "--from", format, "--to", "standoff", file.toString(),
                directory.resolve("out").toString());
        CommandRun imported = CommandRun.of("import", "--server", server.server().url(""), "--format", format, file.toString());
        JsonNode answer = graphqlImport(format, file);

        assertThat(convert.exitCode()).isEqualTo(1);
        assertThat(convert.out()).contains(code).contains(cli + "\n");
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).contains(code).contains(cli + "\n");
        List<String> messages = new ArrayList<>();
        answer.path("data").path("importDocument").path("diagnostics").forEach(d -> messages.add(d.path("code").asText()
                + " " + d.path("message").asText()));
        assertThat(messages).contains(code + " " + graphql);
        for (String output : List.of(convert.out(), convert.err(), imported.out(), imported.err(), answer.toString())) {
            assertThat(output).doesNotContain("ImportOptions").doesNotContain("offsetUnit()").doesNotContain(".text()");
        }
    }

    private JsonNode graphqlImport(String format, Path file) throws IOException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", file.getFileName().toString());
        input.put("content", Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("format", format);
        variables.put("files", List.of(input));
        return server.graphql("mutation($format: String, $files: [FileInput!]) { importDocument(format: $format,"
                + " files: $files) { documents { id } diagnostics { code message } } }", variables);
    }
}
