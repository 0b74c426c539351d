package org.standoff.server.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.jsonl.JsonlCorpus;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.postgres.Database;
import org.standoff.server.store.postgres.DatabaseImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff db import --db URL DIR|FILE.jsonl[.gz]...}: reads the documents one at a time,
 * validates each, and copies them in batches ({@link DatabaseImport}; into an empty database, the
 * keys and indexes are built once at the end). A bad document, or one whose id
 * the database already holds, is reported and skipped whole; the rest go in. Exit 0 when every
 * document was imported, 1 when some were skipped, 2 when an input or the database cannot be reached.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import standoff JSON documents (a directory of *.standoff.json files, or JSON Lines, gzipped or not).")
final class DbImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE.jsonl[.gz]", description = "Where the documents are.")
    List<Path> inputs;

    @Option(names = "--no-progress", negatable = true, defaultValue = "true",
            description = "Draw a progress bar on standard error for large inputs (default: on).")
    boolean progress;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "20",
            description = "How many skipped documents to name (default ${DEFAULT-VALUE}).")
    int messages;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!database.isGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--db=URL'");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("standoff db import: no such file or directory: " + input);
                return 2;
            }
        }
        long started = System.nanoTime();
        DatabaseImport importer;
        int built;
        try (Database connected = database.connect()) {
            connected.migrate();
            importer = new DatabaseImport(connected, Validator::validate);
            try (importer) {
                try (Progress bar = Progress.of("Importing", progress, totalBytes(inputs), inputs.size(), err)) {
                    for (Path input : inputs) {
                        importInput(input, importer, bar);
                    }
                }
                if (importer.isBulk() && progress) {
                    err.println("standoff db import: building the keys and indexes of the new rows...");
                    err.flush();
                }
                try {
                    built = importer.finish();
                } catch (IllegalStateException e) {
                    err.println("standoff db import: " + e.getMessage() + "; the documents are in the database, and"
                            + " `standoff db migrate` (or the next `standoff serve`) builds what is left");
                    return 1;
                }
            }
        } catch (StoreException.Unavailable | Database.SchemaTooNew | IllegalArgumentException e) {
            err.println("standoff db import: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<DatabaseImport.Skipped> skipped = importer.skipped();
        out.printf("standoff db import: imported %d document(s) in %.1f s (%.0f documents/s); skipped %d%n",
                importer.imported(), seconds, importer.imported() / Math.max(seconds, 1e-9), skipped.size());
        if (built > 0) {
            out.println("  a bulk load into an empty database: " + built + " keys and indexes were built after the rows were copied");
        }
        skipped.stream().limit(messages).forEach(s -> out.println("  skipped " + s.source()
                + (s.documentId() == null ? "" : " (\"" + s.documentId() + "\")") + ": " + s.reason()));
        if (skipped.size() > messages) {
            out.println("  ... and " + (skipped.size() - messages) + " more (--messages N shows more)");
        }
        return skipped.isEmpty() ? 0 : 1;
    }

    private static void importInput(Path input, DatabaseImport importer, Progress bar) throws IOException {
        if (Files.isDirectory(input)) {
            for (Path file : StandoffDirectory.files(input)) {
                ReadResult read = StandoffJson.read(file);
                importer.add(file.toString(), read.document(), read.diagnostics());
                bar.step(Files.size(file), 1);
            }
            return;
        }
        long[] counted = new long[1];
        try (InputStream raw = Files.newInputStream(input);
             InputStream counting = new Counting(raw, counted);
             Stream<ReadResult> documents = JsonlCorpus.read(counting, input.toString(),
                     ReaderOptions.DEFAULTS.withBaseDirectory(input.toAbsolutePath().getParent()))) {
            int[] line = {1};
            documents.forEach(read -> {
                line[0]++;
                importer.add(input + ", document " + (line[0] - 1), read.document(), read.diagnostics());
                bar.stepTo(counted[0], 1);
            });
        }
    }

    private static long totalBytes(List<Path> inputs) throws IOException {
        long total = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : StandoffDirectory.files(input)) {
                    total += Files.size(file);
                }
            } else {
                total += Files.size(input);
            }
        }
        return total;
    }

    /** Counts the bytes read from a stream, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final long[] counted;

        Counting(InputStream in, long[] counted) {
            super(in);
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted[0] += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            counted[0] += Math.max(n, 0);
            return n;
        }
    }
}
