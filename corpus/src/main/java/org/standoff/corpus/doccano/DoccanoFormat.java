package org.standoff.corpus.doccano;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * doccano JSONL: one document per line, its spans as {@code label: [[start, end, "LABEL"]]}
 * (sequence labeling) or {@code entities}/{@code relations} (relation extraction). Offsets are
 * JavaScript UTF-16 code units (doccano #2290); spans carry no covered text, so the unit cannot be
 * verified: a line whose text makes UTF-16, code points and grapheme clusters disagree before a span
 * is refused unless {@link ImportOptions#offsetUnit()} states the unit. Stateless and thread-safe.
 */
public final class DoccanoFormat implements DocumentFormat {
    /** The span layer of imported spans. */
    public static final String SPAN_LAYER = "doccano";
    /** The relation layer of imported relations (roles {@code from} and {@code to}). */
    public static final String RELATION_LAYER = "doccano.relation";

    @Override
    public String name() {
        return "doccano";
    }

    /** Imports every line of every {@code .jsonl} (or {@code .json}) file as one document. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return DoccanoReader.read(files, options);
    }

    /**
     * Exports all documents into one {@code documents.jsonl}: in the entities/relations shape if any
     * document has a relation to write, else in the sequence-labeling shape.
     */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return DoccanoWriter.write(documents, options);
    }
}
