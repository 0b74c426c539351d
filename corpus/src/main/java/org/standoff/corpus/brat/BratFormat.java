package org.standoff.corpus.brat;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * brat standoff: {@code NAME.txt} (the exact text) + {@code NAME.ann} (one annotation per line) +
 * {@code annotation.conf} (the schema). Offsets are code points over the text with each CRLF read as
 * one LF, as brat's server counts; on import the unit is verified against every {@code T} line's
 * text and detected when it differs. The mapping of domain types and what brat cannot carry are
 * in {@code docs/formats/brat.md}. Stateless and thread-safe.
 */
public final class BratFormat implements DocumentFormat {

    @Override
    public String name() {
        return "brat";
    }

    /**
     * Imports every {@code .ann} with the {@code .txt} of the same name; a file whose name ends in
     * {@code annotation.conf} gives the schema of the documents in its folder (or of all, if it is
     * the only one).
     */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return BratReader.read(files, options);
    }

    /**
     * Exports each document as {@code ID.txt} and {@code ID.ann}, and one {@code annotation.conf}
     * declaring the domain types and every document's generic layers.
     */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return BratWriter.write(documents, options);
    }
}
