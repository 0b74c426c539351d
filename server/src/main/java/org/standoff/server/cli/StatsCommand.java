package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.standoff.corpus.CorpusStatistics;
import org.standoff.server.store.AllDocuments;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.postgres.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code standoff stats}: the corpus module's {@link CorpusStatistics} table for a corpus (a directory,
 * the default corpus, or a database with {@code --db}): annotations per kind and type, quotes per
 * speaker, claims per claimant and type. The documents are read a page at a time through the store.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the annotations of a corpus (default: the default corpus; --db URL: a database): per kind and type,"
                + " quotes per speaker, claims per claimant.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = database.open(corpus, true)) {
            out.println("corpus: " + database.describe(corpus));
            out.print(CorpusStatistics.of(new AllDocuments(store)).table());
        } catch (IOException e) {
            spec.commandLine().getErr().println("standoff stats: cannot open the corpus: " + e.getMessage());
            return 2;
        } catch (StoreException.Unavailable | Database.SchemaTooNew | IllegalArgumentException e) {
            spec.commandLine().getErr().println("standoff stats: " + e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }
}
