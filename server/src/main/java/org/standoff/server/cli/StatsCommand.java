package org.standoff.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.core.model.Document;
import org.standoff.server.store.DocumentStore;
import org.standoff.server.store.StoredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code standoff stats}: counts a corpus's documents and annotations, one row per document and a total. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the documents, entities and annotations of a corpus (default: the default corpus).")
final class StatsCommand implements Callable<Integer> {
    private static final String ROW = "%-40s %8s %8s %8s %8s %6s %12s %6s %8s %6s%n";

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DocumentStore store = corpus.open(true);
        List<StoredDocument> documents = store.list();
        out.println("Corpus: " + corpus.describe());
        out.printf(ROW, "document", "chars", "entities", "mentions", "quotes", "cues", "attributions", "claims",
                "segments", "spans");
        long[] total = new long[9];
        for (StoredDocument stored : documents) {
            long[] counts = counts(stored.document());
            print(out, stored.id(), counts);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
        print(out, "total (" + documents.size() + " document" + (documents.size() == 1 ? ")" : "s)"), total);
        out.flush();
        return 0;
    }

    private static long[] counts(Document document) {
        String text = document.text();
        return new long[] {text.codePointCount(0, text.length()), document.entities().size(), document.mentions().size(),
                document.quotes().size(), document.cues().size(), document.attributions().size(), document.claims().size(),
                document.segments().size(), document.genericSpans().size()};
    }

    private static void print(PrintWriter out, String name, long[] counts) {
        Object[] row = new Object[counts.length + 1];
        row[0] = name;
        for (int i = 0; i < counts.length; i++) {
            row[i + 1] = Long.toString(counts[i]);
        }
        out.printf(ROW, row);
    }
}
