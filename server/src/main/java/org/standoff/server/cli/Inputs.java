package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DecodedText;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.OptionNames;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/** What the import options of {@code convert} and {@code import} are made of. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The import options stating {@code input}'s unit (may be null) and the text of its text file
     * (may be null), decoded as every importer decodes text: strict UTF-8, a leading BOM stripped and
     * reported to {@code summary}, nothing normalized; diagnostics name the options as the command
     * line does.
     *
     * @throws IOException when the text file cannot be read
     */
    static ImportOptions importOptions(InputOptions input, DiagnosticSummary summary) throws IOException {
        ImportOptions options = ImportOptions.DEFAULTS.withOffsetUnit(input.offsetUnit).withNames(OptionNames.COMMAND_LINE);
        String text = text(input.text, summary);
        return text == null ? options : options.withText(text);
    }

    /**
     * The label mapping {@code nameOrFile} names: a built-in one ({@link LabelMapping#BUILT_IN}) or a
     * mapping file; empty when it is neither, or when the file has problems (reported to {@code summary}).
     */
    static Optional<LabelMapping> mapping(String nameOrFile, DiagnosticSummary summary) throws IOException {
        Optional<LabelMapping> builtIn = LabelMapping.builtIn(nameOrFile);
        Path file = Path.of(nameOrFile);
        if (builtIn.isPresent() || !Files.isRegularFile(file)) {
            return builtIn;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Optional<LabelMapping> read = LabelMapping.read(new SourceFile(nameOrFile, Files.readAllBytes(file)), problems);
        summary.addAll(problems, null);
        return read;
    }

    /**
     * What {@code import} sends as GraphQL's {@code mapping:} for {@code nameOrFile}: a built-in name as
     * it is, a mapping file's text once it reads without problems (the server reads no file of the
     * client's); empty as {@link #mapping} says.
     */
    static Optional<String> mappingArgument(String nameOrFile, DiagnosticSummary summary) throws IOException {
        if (LabelMapping.builtIn(nameOrFile).isPresent()) {
            return Optional.of(nameOrFile);
        }
        if (mapping(nameOrFile, summary).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(Path.of(nameOrFile), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The usage failure for a {@code --mapping} that is neither a built-in name nor a usable mapping file. */
    static String unusableMapping(String nameOrFile) {
        return "cannot use mapping " + nameOrFile + ": give " + String.join(", ", LabelMapping.BUILT_IN)
                + " or a mapping file";
    }

    /** The text of {@code textFile} (null: none), decoded as {@link #importOptions} says. */
    static String text(Path textFile, DiagnosticSummary summary) throws IOException {
        if (textFile == null) {
            return null;
        }
        DecodedText decoded = DecodedText.of(new SourceFile(textFile.getFileName().toString(), Files.readAllBytes(textFile)));
        summary.addAll(decoded.diagnostics(), null);
        return decoded.text();
    }
}
