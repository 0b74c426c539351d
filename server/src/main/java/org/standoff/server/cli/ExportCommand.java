package org.standoff.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standoff.corpus.exchange.ExportResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff export --server URL --format F --document ID OUT}: asks a running server for a
 * document in an exchange format ({@code Document.export}), writes the files into the folder OUT and
 * prints what the format could not carry. Exit code 0 when the files were written, 1 when the server
 * refused (no such document, unknown format) or the export reported an error, 2 when the server cannot
 * be reached or OUT cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a document of a running server in an exchange format into the directory OUT.")
final class ExportCommand implements Callable<Integer> {
    static final String QUERY = "query($id: ID!, $format: String!, $offsetUnit: OffsetUnit, $predictions: Boolean) {\n"
            + "  document(id: $id) {\n    export(format: $format, offsetUnit: $offsetUnit, predictions: $predictions) {\n"
            + "      files { name content }\n      diagnostics { " + RemoteDiagnostics.SELECTION + " }\n    }\n  }\n}";

    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format to export in.")
    String format;

    @Option(names = "--document", required = true, paramLabel = "ID", description = "The document's id.")
    String document;

    @Parameters(paramLabel = "OUT", description = "The directory to write the files into (created if needed).")
    Path out;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    MessageOptions messages = new MessageOptions();

    /** Not an option of export, whose unit is the written one: named only to say so. */
    @Option(names = "--offset-unit", hidden = true, paramLabel = "UNIT")
    String inputUnit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (inputUnit != null) {
            return fail(2, "--offset-unit is the unit of an input; the unit export writes is --output-unit " + inputUnit);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", document);
        variables.put("format", format);
        variables.put("offsetUnit", output.outputUnit == null ? null : output.outputUnit.name());
        variables.put("predictions", output.predictions);
        GraphQLClient client = server.client();
        JsonNode answer;
        try {
            answer = client.execute(QUERY, variables);
        } catch (IOException e) {
            return fail(2, "cannot reach " + client.endpoint() + ": " + e.getMessage());
        }
        String errors = GraphQLClient.errors(answer);
        if (!errors.isEmpty()) {
            return fail(1, errors);
        }
        JsonNode export = answer.path("data").path("document").path("export");
        int written = 0;
        try {
            Files.createDirectories(out);
            for (JsonNode file : export.path("files")) {
                OutputFiles.write(out, new ExportResult.OutputFile(file.path("name").asText(), file.path("content").asText()));
                written++;
            }
        } catch (IOException e) {
            return fail(2, "cannot write " + out + ": " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("exported " + document + " as " + format + ": " + written + " file(s) in " + out);
        DiagnosticSummary summary = messages.summary();
        summary.addAll(RemoteDiagnostics.of(export.path("diagnostics")), null);
        summary.print(stdout);
        return summary.hasErrors() ? 1 : 0;
    }

    private int fail(int code, String message) {
        spec.commandLine().getErr().println("standoff export: " + message);
        return code;
    }
}
