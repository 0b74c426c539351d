package org.standoff.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.corpus.DurableFiles;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.WriterOptions;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;
import org.standoff.server.store.postgres.Database;
import org.standoff.server.store.postgres.PostgresStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff db export --db URL DIR|FILE.jsonl[.gz]}: writes every document of the database, in
 * id order, as the directory store keeps it: one canonical {@code *.standoff.json} file per document
 * (its version in the metadata), or one JSON Lines corpus. A document that was imported and not edited
 * comes out byte-identical to the canonical file it came from. Exit 0 when done, 2 when the database
 * cannot be reached or OUT cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every document: a directory of *.standoff.json files, or FILE.jsonl[.gz].")
final class DbExportCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(paramLabel = "DIR|FILE.jsonl[.gz]", description = "Where to write (a directory is created if needed).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.isGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--db=URL'");
        }
        String name = out.getFileName().toString();
        boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
        long written = 0;
        try (Database connected = database.connect()) {
            connected.migrate();
            PostgresStore store = database.store(connected, true);
            if (!jsonl) {
                Files.createDirectories(out);
            }
            try (JsonlWriter lines = jsonl ? JsonlWriter.open(out, WriterOptions.DEFAULTS) : null) {
                for (List<String> ids = store.ids(null, PAGE); !ids.isEmpty(); ids = store.ids(ids.get(ids.size() - 1), PAGE)) {
                    for (String id : ids) {
                        StoredDocument stored = store.get(id).orElse(null);
                        if (stored == null) {
                            continue;
                        }
                        if (lines != null) {
                            lines.write(DocumentFiles.withVersion(stored));
                        } else {
                            DurableFiles.write(out.resolve(DocumentFileName.of(id, DocumentFiles.SUFFIX)), DocumentFiles.encode(stored));
                        }
                        written++;
                    }
                }
            }
        } catch (StoreException.Unavailable | Database.SchemaTooNew | IllegalArgumentException e) {
            err.println("standoff db export: " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("standoff db export: wrote " + written + " document(s) to " + out);
        return 0;
    }
}
