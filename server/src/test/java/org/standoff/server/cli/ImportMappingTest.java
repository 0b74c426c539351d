package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.QuoteType;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/**
 * A label mapping on the server-side import paths: {@code standoff import --mapping parc|FILE} and
 * GraphQL {@code importDocument(mapping:)} over HTTP, with the refusals each front end gives for a
 * mapping it cannot use, in its own words.
 */
class ImportMappingTest {
    private static final String TEXT = "Ana Ruiz said “we are broke.”\n";
    private static final String ANN = "T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\nT3\tContent 14 29\t“we are broke.”\n"
            + "T4\tAttribution 9 13\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
    private static final String NEWSROOM = "{\"format\": \"standoff-mapping/1\", \"name\": \"newsroom\", \"labels\": {"
            + "\"Speaker\": {\"kind\": \"mention\", \"mentionType\": \"NAME\"}, \"Verb\": {\"kind\": \"cue\"},"
            + " \"Words\": {\"kind\": \"quote\"}, \"Report\": {\"kind\": \"trigger\"}},"
            + " \"events\": {\"Report\": {\"roles\": {\"Who\": \"source\", \"How\": \"cue\", \"What\": \"content\"}}}}";
    private static final String NEWSROOM_ANN = ANN.replace("Source", "Speaker").replace("Cue", "Verb")
            .replace("Content", "Words").replace("Attribution", "Report").replace("Words:T3 Verb:T2 Speaker:T1",
                    "What:T3 How:T2 Who:T1");

    @TempDir
    Path directory;

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.of(Fixtures.jiang());
        write("ruiz.txt", TEXT);
        write("ruiz_4e07.ann", ANN);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private CommandRun importWith(String mapping, String... files) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--server", server.server().url(""), "--format", "brat"));
        if (mapping != null) {
            args.addAll(List.of("--mapping", mapping));
        }
        for (String file : files) {
            args.add(directory.resolve(file).toString());
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private JsonNode graphqlImport(String mapping, String annName, String ann) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("files", List.of(Map.of("name", "ruiz.txt", "content", TEXT), Map.of("name", annName, "content", ann)));
        variables.put("mapping", mapping);
        return server.graphql("mutation($files: [FileInput!], $mapping: String) { importDocument(format: \"brat\", files: $files,"
                + " mapping: $mapping) { documents { id version } diagnostics { severity code message } } }", variables);
    }

    private Document stored(String id) {
        return server.store().get(id).orElseThrow().document();
    }

    private static void assertOneFullAttribution(Document document) {
        assertThat(document.attributions()).singleElement().satisfies(a -> {
            assertThat(a.source()).isNotNull();
            assertThat(a.cue()).isNotNull();
            assertThat(a.contents()).hasSize(1);
        });
        assertThat(document.mentions()).singleElement().satisfies(m -> assertThat(m.extent().coveredText(document.text()))
                .isEqualTo("Ana Ruiz"));
        assertThat(document.quotes()).singleElement().satisfies(q -> assertThat(q.quoteType()).isEqualTo(QuoteType.DIRECT));
    }

    @Test
    void theCommandLineSendsTheBuiltInMappingAndTheServerMapsTheLabels() {
        CommandRun run = importWith("parc", "ruiz.txt", "ruiz_4e07.ann");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("imported 1 document(s) into ").contains("ruiz_4e07  version 1");
        Document document = stored("ruiz_4e07");
        assertThat(document.metadata()).containsEntry("annotator", "4e07");
        assertOneFullAttribution(document);
    }

    @Test
    void withoutAMappingTheSameFilesLoseTheirEventArgumentsAndAreRefused() {
        CommandRun run = importWith(null, "ruiz.txt", "ruiz_4e07.ann");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("imported 0 document(s)").contains("import.loss        2")
                .contains("argument Content:T3 of an Attribution event is not");
        assertThat(run.err()).contains("INVALID_ANNOTATION");
        assertThat(server.store().get("ruiz_4e07")).isEmpty();
    }

    @Test
    void aMappingFileIsCheckedOnTheCommandLineAndSentAsItsText() throws IOException {
        write("newsroom.json", NEWSROOM);
        write("ruiz_5fec.ann", NEWSROOM_ANN);

        CommandRun run = importWith(directory.resolve("newsroom.json").toString(), "ruiz.txt", "ruiz_5fec.ann");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertOneFullAttribution(stored("ruiz_5fec"));
    }

    @Test
    void graphqlTakesABuiltInNameOrAMappingFilesText() {
        JsonNode parc = graphqlImport("parc", "ruiz_d473.ann", ANN);
        JsonNode file = graphqlImport(NEWSROOM, "ruiz_6b86.ann", NEWSROOM_ANN);

        assertThat(parc.path("errors").isMissingNode()).as(parc.toString()).isTrue();
        assertThat(parc.at("/data/importDocument/documents/0/id").asText()).isEqualTo("ruiz_d473");
        assertThat(file.path("errors").isMissingNode()).as(file.toString()).isTrue();
        assertThat(file.at("/data/importDocument/documents/0/id").asText()).isEqualTo("ruiz_6b86");
        assertOneFullAttribution(stored("ruiz_d473"));
        assertOneFullAttribution(stored("ruiz_6b86"));
    }

    @Test
    void anUnknownMappingIsRefusedInEachFrontEndsWordsNamingTheBuiltInOnes() {
        CommandRun cli = importWith("parcc", "ruiz.txt", "ruiz_4e07.ann");
        JsonNode graphql = graphqlImport("parcc", "ruiz_d473.ann", ANN);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("standoff import: cannot use mapping parcc: give parc or a mapping file\n");
        assertThat(cli.out()).doesNotContain("imported");
        assertThat(graphql.at("/errors/0/message").asText()).isEqualTo("unknown mapping \"parcc\"; give the mapping:"
                + " argument a built-in mapping (parc) or the JSON text of a mapping file");
        assertThat(graphql.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(graphql.at("/errors/0/extensions/mappings").toString()).isEqualTo("[\"parc\"]");
        assertThat(server.store().get("ruiz_4e07")).isEmpty();
        assertThat(server.store().get("ruiz_d473")).isEmpty();
    }

    @Test
    void anUnusableMappingFileIsRefusedWithEveryProblemAndItsPointer() throws IOException {
        String broken = "{\"format\": \"standoff-mapping/1\", \"labels\": {\"Verb\": {\"kind\": \"verb\"}}}";
        write("broken.json", broken);

        CommandRun cli = importWith(directory.resolve("broken.json").toString(), "ruiz.txt", "ruiz_4e07.ann");
        JsonNode graphql = graphqlImport(broken, "ruiz_d473.ann", ANN);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).contains("mapping.invalid").contains("/labels/Verb/kind").contains("unknown value \"verb\"");
        assertThat(cli.err()).isEqualTo("standoff import: cannot use mapping " + directory.resolve("broken.json")
                + ": give parc or a mapping file\n");
        String message = graphql.at("/errors/0/message").asText();
        assertThat(message).startsWith("the mapping: argument cannot be used (1 problem(s)): mapping.invalid mapping"
                + " /labels/Verb/kind: unknown value \"verb\"");
        assertThat(graphql.at("/errors/0/extensions/problems/0").asText()).startsWith("mapping.invalid mapping /labels/Verb/kind");
        for (String output : List.of(cli.out(), cli.err(), graphql.toString())) {
            assertThat(output).doesNotContain("LabelMapping").doesNotContain("ImportOptions");
        }
        assertThat(server.store().get("ruiz_d473")).isEmpty();
    }
}
