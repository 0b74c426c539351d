package org.standoff.corpus.conll;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * CoNLL with IOB2 tags, export only: {@code documents.conll}, one token per line, TAB-separated
 * columns {@code TOKEN MENTION QUOTE CUE CLAIM} and one column per generic span layer (columns no
 * document uses are left out; the columns are named in a {@code conll.columns} info diagnostic),
 * a blank line between sentences, {@code -DOCSTART-} before each document. Tokens and sentences come
 * from {@link Tokens}. What a flat token format cannot carry is an {@code export.loss} warning
 * (docs/formats/conll.md). Stateless and thread-safe.
 */
public final class ConllFormat implements DocumentFormat {

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public boolean canImport() {
        return false;
    }

    /** Not supported: CoNLL files have no offsets and usually no text to align to. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        throw new UnsupportedOperationException("CoNLL is export only");
    }

    /** Exports all documents into one {@code documents.conll}; offsets are not written, so the unit option is ignored. */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return ConllWriter.write(documents);
    }
}
