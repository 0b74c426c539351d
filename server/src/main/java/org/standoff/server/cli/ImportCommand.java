package org.standoff.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.exchange.OptionNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff import --server URL --format F FILE...}: sends files to a running server's
 * {@code importDocument} mutation, as one import (brat: the {@code .txt}, {@code .ann} and
 * {@code annotation.conf} together; {@code --mapping parc|FILE} as {@code convert} takes it, a file sent
 * as its JSON text), and prints the documents written and a summary of what the
 * import reported. Exit code 0 when the documents were written, 1 when the server refused them, 2
 * when the files cannot be read or the server cannot be reached.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files into a running server (its importDocument mutation). brat needs NAME.txt and"
                + " NAME.ann (and annotation.conf) in one call.")
final class ImportCommand implements Callable<Integer> {
    static final String MUTATION = "mutation($format: String, $files: [FileInput!], $offsetUnit: OffsetUnit, $text: String,"
            + " $documentId: ID, $expectedVersion: Version,"
            + " $mapping: String) {\n  importDocument(format: $format, files: $files, offsetUnit: $offsetUnit, text: $text,"
            + " documentId: $documentId, expectedVersion: $expectedVersion, mapping: $mapping) {\n"
            + "    documents { id version }\n    diagnostics { " + RemoteDiagnostics.SELECTION + " }\n"
            + "    errors { severity code message subject }\n  }\n}";

    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The files' format.")
    String format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files of one import.")
    List<Path> files;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--document-id", paramLabel = "ID", description = "The id of a document the files do not name.")
    String documentId;

    @Option(names = "--expected-version", paramLabel = "N", description = "The current version of a document being replaced.")
    Long expectedVersion;

    @Mixin
    MappingOptions mapping = new MappingOptions();

    @Mixin
    MessageOptions messages = new MessageOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DiagnosticSummary summary = messages.summary();
        Map<String, Object> variables = new LinkedHashMap<>();
        try {
            variables.put("format", format);
            variables.put("files", fileInputs());
            variables.put("offsetUnit", input.offsetUnit == null ? null : input.offsetUnit.name());
            variables.put("text", Inputs.text(input.text, summary));
            variables.put("documentId", documentId);
            variables.put("expectedVersion", expectedVersion);
            if (mapping.name != null) {
                String sent = Inputs.mappingArgument(mapping.name, summary).orElse(null);
                if (sent == null) {
                    summary.print(out);
                    return usage(Inputs.unusableMapping(mapping.name));
                }
                variables.put("mapping", sent);
            }
        } catch (IOException e) {
            return usage("cannot read " + e.getMessage());
        }
        GraphQLClient client = server.client();
        JsonNode answer;
        try {
            answer = client.execute(MUTATION, variables);
        } catch (IOException e) {
            return usage("cannot reach " + client.endpoint() + ": " + e.getMessage());
        }
        JsonNode payload = answer.path("data").path("importDocument");
        List<Diagnostic> diagnostics = RemoteDiagnostics.of(payload.path("diagnostics"));
        summary.addAll(diagnostics, null);
        summary.addAll(refusals(payload.path("errors"), diagnostics), null);
        out.println("imported " + payload.path("documents").size() + " document(s) into " + client.endpoint());
        for (JsonNode document : payload.path("documents")) {
            out.println("  " + document.path("id").asText() + "  version " + document.path("version").asInt());
        }
        summary.print(out);
        String errors = OptionNames.GRAPHQL.rephrase(GraphQLClient.errors(answer), OptionNames.COMMAND_LINE);
        if (!errors.isEmpty()) {
            spec.commandLine().getErr().println("standoff import: " + errors);
            return 1;
        }
        return summary.hasErrors() ? 1 : 0;
    }

    private List<Map<String, Object>> fileInputs() throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!names.add(name)) {
                throw new IOException(file + ": two files are named " + name);
            }
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("name", name);
            try {
                input.put("content", new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** The payload's errors that are not among its diagnostics (validation refusals). */
    private static List<Diagnostic> refusals(JsonNode errors, List<Diagnostic> diagnostics) {
        List<Diagnostic> refusals = new ArrayList<>();
        for (JsonNode error : errors) {
            Diagnostic refusal = new Diagnostic(Severity.valueOf(error.path("severity").asText()), error.path("code").asText(),
                    error.path("subject").isTextual() ? error.path("subject").asText() : null, null,
                    RemoteDiagnostics.message(error));
            if (diagnostics.stream().noneMatch(d -> d.code().equals(refusal.code()) && d.message().equals(refusal.message()))) {
                refusals.add(refusal);
            }
        }
        return refusals;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("standoff import: " + message);
        return 2;
    }
}
