package org.standoff.server.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.jsonl.JsonlCorpus;
import org.standoff.corpus.mapping.LabelMapping;
import org.standoff.corpus.jsonl.JsonlFormat;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff convert --from F --to G IN OUT}: reads documents in one format and writes them in
 * another. IN is a file or a directory (searched recursively, files paired as the format needs, see
 * {@link InputGroups}); OUT is a folder, or for {@code --to jsonl} a file. Prints how many documents
 * were converted and a summary of the diagnostics. Exit code 0 without errors, 1 with errors, 2 when
 * the arguments or the input cannot be used.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert documents between formats (standoff, jsonl, brat, labelstudio, uima-json, doccano,"
                + " w3c; conll as output). IN is a file or a directory; OUT a directory (a file for --to jsonl).")
final class ConvertCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "The input format.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format.")
    String to;

    @Parameters(index = "0", paramLabel = "IN", description = "An input file or directory.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The output directory (for --to jsonl: a file).")
    Path out;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    OutputOptions writing = new OutputOptions();

    @Mixin
    MessageOptions messages = new MessageOptions();

    @Mixin
    MappingOptions mapping = new MappingOptions();

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--progress", description = "Show the progress bar on large inputs even when stdout is not a terminal.")
    boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocumentFormat source = FormatNames.find(from, true).orElse(null);
        DocumentFormat target = FormatNames.find(to, false).orElse(null);
        if (source == null || target == null) {
            return usage(source == null ? FormatNames.unknown(from, true) : FormatNames.unknown(to, false));
        }
        if (!Files.exists(in)) {
            return usage("cannot read " + in + ": no such file or directory");
        }
        DiagnosticSummary summary = messages.summary();
        ImportOptions options;
        List<InputGroups.Group> groups;
        long bytes = 0;
        try {
            options = Inputs.importOptions(input, summary);
            if (mapping.name != null) {
                LabelMapping labels = Inputs.mapping(mapping.name, summary).orElse(null);
                if (labels == null) {
                    summary.print(out);
                    return usage(Inputs.unusableMapping(mapping.name));
                }
                options = options.withMapping(labels);
            }
            groups = InputGroups.of(in, source.name());
            for (InputGroups.Group group : groups) {
                bytes += group.bytes();
            }
        } catch (IOException e) {
            return usage("cannot read the input: " + e.getMessage());
        }
        boolean bar = !quiet && (progress || System.console() != null);
        int documents = 0;
        int files;
        try (ConvertOutput output = ConvertOutput.of(target, this.out, writing.exportOptions(), summary);
             Progress meter = Progress.of(bar, bytes, groups.size(), spec.commandLine().getErr())) {
            for (InputGroups.Group group : groups) {
                documents += source.name().equals(JsonlFormat.NAME)
                        ? streamJsonl(group, output, summary, meter)
                        : read(source, group, options, output, summary, meter);
            }
            output.finish();
            files = output.files();
        } catch (IOException | UncheckedIOException e) {
            return usage("conversion failed: " + e.getMessage());
        }
        out.println("converted " + documents + " document(s) from " + source.name() + " (" + groups.size()
                + " input(s)) to " + target.name() + ": " + files + " file(s) in " + this.out);
        summary.print(out);
        return summary.hasErrors() ? 1 : 0;
    }

    private static int read(DocumentFormat format, InputGroups.Group group, ImportOptions options, ConvertOutput output,
                            DiagnosticSummary summary, Progress meter) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        ImportResult result;
        try {
            for (Path file : group.files()) {
                files.add(new SourceFile(group.nameOf(file), Files.readAllBytes(file)));
            }
            result = format.read(files, options);
        } catch (IOException | RuntimeException e) {
            // one input that cannot be read is a diagnostic; the batch goes on
            String why = e.getMessage() == null ? "an internal error" : e.getMessage();
            summary.addAll(List.of(Diagnostic.error("import.failed", null, format.name() + " could not read the file: "
                    + why)), group.nameOf(group.main()));
            meter.step(group.bytes(), 0);
            return 0;
        }
        summary.addAll(result.diagnostics(), group.nameOf(group.main()));
        for (Document document : result.documents()) {
            output.accept(document);
        }
        meter.step(group.bytes(), result.documents().size());
        return result.documents().size();
    }

    /** Reads a JSON Lines corpus one line at a time, so a corpus of any size fits in memory. */
    private static int streamJsonl(InputGroups.Group group, ConvertOutput output, DiagnosticSummary summary,
                                   Progress meter) throws IOException {
        int documents = 0;
        try (Counting counting = new Counting(Files.newInputStream(group.main()));
             Stream<ReadResult> results = JsonlCorpus.read(counting, group.nameOf(group.main()), ReaderOptions.DEFAULTS)) {
            Iterator<ReadResult> each = results.iterator();
            long before = 0;
            while (each.hasNext()) {
                ReadResult result = each.next();
                summary.addAll(result.diagnostics(), group.nameOf(group.main()));
                if (result.document() != null) {
                    output.accept(result.document());
                    documents++;
                }
                meter.step(counting.count - before, result.document() == null ? 0 : 1);
                before = counting.count;
            }
        }
        return documents;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("standoff convert: " + message);
        return 2;
    }

    /** An input stream that counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
