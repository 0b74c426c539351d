package org.standoff.corpus.jsonl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffFormat;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * A JSON Lines corpus of standoff documents as an exchange format, named {@code jsonl}: a thin
 * adapter over {@link JsonlCorpus} and {@link JsonlWriter}. Import reads every document of each file
 * (gzip-compressed files are recognized by their magic bytes); export writes all documents into one
 * {@value #FILE_NAME}. The documents' own offset units are kept on import, so
 * {@link ImportOptions#offsetUnit()} and {@link ImportOptions#text()} are not used.
 *
 * <p>This adapter holds whole files in memory; to stream a corpus of any size, use
 * {@link JsonlCorpus#read(java.nio.file.Path)} and {@link JsonlWriter} directly, as the
 * {@code standoff convert} command does. Stateless and thread-safe.
 */
public final class JsonlFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "jsonl";
    /** The name of the one file an export writes. */
    public static final String FILE_NAME = "documents.jsonl";

    @Override
    public String name() {
        return NAME;
    }

    /** Reads every line of every file; each line's diagnostics name the file and the line. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile file : files) {
            try (Stream<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(file.content()), file.name(),
                    ReaderOptions.DEFAULTS)) {
                results.forEach(result -> {
                    result.documentIfAny().ifPresent(documents::add);
                    diagnostics.addAll(result.diagnostics());
                });
            }
        }
        return new ImportResult(documents, diagnostics);
    }

    /**
     * Writes all documents, in order, into one {@value #FILE_NAME} with its header line. When a
     * document cannot be written in the requested unit (a span cuts a character of it), nothing is
     * written and an {@code export.unit} error names it.
     */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        OffsetUnit unit = options.offsetUnit() == null ? OffsetUnit.CODEPOINT : options.offsetUnit();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String current = null;
        try (JsonlWriter out = JsonlWriter.of(bytes, WriterOptions.DEFAULTS.withOffsetUnit(unit))) {
            for (Document document : documents) {
                current = document.id();
                out.write(document);
            }
        } catch (IllegalArgumentException e) {
            return new ExportResult(List.of(), List.of(Diagnostic.error(StandoffFormat.EXPORT_UNIT, current, e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        String content = bytes.toString(StandardCharsets.UTF_8);
        return new ExportResult(List.of(new ExportResult.OutputFile(FILE_NAME, content)), List.of());
    }
}
