package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.core.model.Document;
import org.standoff.corpus.CorpusStatistics;
import org.standoff.server.store.StoredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code standoff stats}: the corpus module's {@link CorpusStatistics} table for a corpus: annotations
 * per kind and type, quotes per speaker, claims per claimant and type.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the annotations of a corpus (default: the default corpus): per kind and type,"
                + " quotes per speaker, claims per claimant.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Document> documents = new ArrayList<>();
        try {
            for (StoredDocument stored : corpus.open(true).list()) {
                documents.add(stored.document());
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("standoff stats: cannot open the corpus: " + e.getMessage());
            return 2;
        }
        out.println("corpus: " + corpus.describe());
        out.print(CorpusStatistics.of(documents).table());
        out.flush();
        return 0;
    }
}
