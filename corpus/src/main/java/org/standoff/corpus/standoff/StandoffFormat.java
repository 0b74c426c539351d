package org.standoff.corpus.standoff;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * Standoff JSON itself as an exchange format, named {@code standoff}: one {@code <id>.standoff.json}
 * file per document. A thin adapter over {@link StandoffJson}, so that {@code convert} can go to and
 * from it; nothing is lost either way.
 *
 * <p>Import reads each file as one document with {@link ReaderOptions#DEFAULTS}. A standoff file
 * declares its own offset unit, so {@link ImportOptions#offsetUnit()} and {@link ImportOptions#text()}
 * are not used; the files come as bytes, so a {@code textRef} sidecar cannot be resolved (an error).
 * Export writes canonical standoff JSON in {@link ExportOptions#offsetUnit()} (code points by default).
 * Stateless and thread-safe.
 */
public final class StandoffFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "standoff";
    /** Code of the error that a document cannot be written in the requested offset unit. */
    public static final String EXPORT_UNIT = "export.unit";

    @Override
    public String name() {
        return NAME;
    }

    /** Reads each file as one standoff JSON document; a file that holds none adds only its diagnostics. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile file : files) {
            ReadResult result = StandoffJson.read(file.content(), file.name(), ReaderOptions.DEFAULTS);
            result.documentIfAny().ifPresent(documents::add);
            diagnostics.addAll(result.diagnostics());
        }
        return new ImportResult(documents, diagnostics);
    }

    /**
     * Writes each document as {@code <id>.standoff.json}, named by {@link DocumentFileName}. A document that cannot be written in the
     * requested unit (a span cuts a character of it) gives an {@code export.unit} error and no file.
     */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        OffsetUnit unit = options.offsetUnit() == null ? OffsetUnit.CODEPOINT : options.offsetUnit();
        WriterOptions writerOptions = WriterOptions.DEFAULTS.withOffsetUnit(unit);
        List<ExportResult.OutputFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Document document : documents) {
            try {
                files.add(new ExportResult.OutputFile(DocumentFileName.of(document.id(), StandoffDirectory.SUFFIX),
                        StandoffJson.toJson(document, writerOptions)));
            } catch (IllegalArgumentException e) {
                diagnostics.add(Diagnostic.error(EXPORT_UNIT, document.id(), e.getMessage()));
            }
        }
        return new ExportResult(files, diagnostics);
    }
}
