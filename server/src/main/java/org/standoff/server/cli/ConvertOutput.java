package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.jsonl.JsonlFormat;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.StandoffFormat;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Where {@code convert} puts the documents it reads. Our own formats stream: {@code jsonl} appends each
 * document to one file through {@link JsonlWriter}, {@code standoff} writes each document's file as
 * soon as it is read. Every other format is written once for all documents at the end, because its
 * files describe the whole set (brat's {@code annotation.conf}, CoNLL's columns, Label Studio's task
 * array), so those documents are held in memory until then. Not thread-safe.
 *
 * <p>One document that cannot be written (a writer fails on it, its file cannot be created, its
 * content is not well-formed Unicode) is an {@code export.failed} error naming it, and the others
 * are still written: one bad document never ends a batch. Only a failure of the output itself (the
 * JSON Lines file cannot be written) ends the run.
 */
abstract class ConvertOutput implements AutoCloseable {
    /** The code of an error for a document (or file) that could not be written. */
    static final String EXPORT_FAILED = "export.failed";

    protected final DiagnosticSummary summary;
    private int files;

    private ConvertOutput(DiagnosticSummary summary) {
        this.summary = summary;
    }

    /** The output of {@code format} at {@code out}: a file for {@code jsonl}, else a folder (created). */
    static ConvertOutput of(DocumentFormat format, Path out, ExportOptions options, DiagnosticSummary summary)
            throws IOException {
        if (format.name().equals(JsonlFormat.NAME)) {
            Path file = Files.isDirectory(out) ? out.resolve(JsonlFormat.FILE_NAME) : out;
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            OffsetUnit unit = options.offsetUnit() == null ? OffsetUnit.CODEPOINT : options.offsetUnit();
            return new Jsonl(JsonlWriter.open(file, WriterOptions.DEFAULTS.withOffsetUnit(unit)), summary);
        }
        Files.createDirectories(out);
        if (format.name().equals(StandoffFormat.NAME)) {
            return new Exported(format, out, options, summary, true);
        }
        return new Exported(format, out, options, summary, false);
    }

    /** Takes one document read from the input. */
    abstract void accept(Document document) throws IOException;

    /** Writes what is still held; call once, after the last document. */
    abstract void finish() throws IOException;

    /** How many files were written. */
    int files() {
        return files;
    }

    protected void wrote(int count) {
        files += count;
    }

    /** Reports that the document {@code id} (or {@code null} for a set of documents) was not written. */
    protected void failed(String id, String why) {
        summary.addAll(List.of(Diagnostic.error(EXPORT_FAILED, id, "not written: " + why)), null);
    }

    @Override
    public void close() throws IOException {
    }

    /** A JSON Lines corpus, written as a stream. */
    private static final class Jsonl extends ConvertOutput {
        private final JsonlWriter writer;

        Jsonl(JsonlWriter writer, DiagnosticSummary summary) {
            super(summary);
            this.writer = writer;
        }

        @Override
        void accept(Document document) throws IOException {
            try {
                writer.write(document);
            } catch (IllegalArgumentException e) {
                failed(document.id(), e.getMessage());
            }
        }

        @Override
        void finish() {
            wrote(1);
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** A format's export: per document when {@code streaming}, else once for all documents. */
    private static final class Exported extends ConvertOutput {
        private final DocumentFormat format;
        private final Path folder;
        private final ExportOptions options;
        private final boolean streaming;
        private final List<Document> held = new ArrayList<>();

        Exported(DocumentFormat format, Path folder, ExportOptions options, DiagnosticSummary summary, boolean streaming) {
            super(summary);
            this.format = format;
            this.folder = folder;
            this.options = options;
            this.streaming = streaming;
        }

        @Override
        void accept(Document document) throws IOException {
            held.add(document);
            if (streaming) {
                flush();
            }
        }

        @Override
        void finish() {
            if (!held.isEmpty()) {
                flush();
            }
        }

        private void flush() {
            List<Document> batch = new ArrayList<>(held);
            held.clear();
            ExportResult result = export(batch);
            int written = 0;
            for (ExportResult.OutputFile file : result.files()) {
                try {
                    OutputFiles.write(folder, file);
                    written++;
                } catch (IOException e) {
                    failed(null, e.getMessage());
                }
            }
            wrote(written);
            summary.addAll(result.diagnostics(), null);
        }

        /**
         * The export of {@code batch}; when the writer fails on it, the export of the documents it
         * does not fail on alone, each of the others reported.
         */
        private ExportResult export(List<Document> batch) {
            try {
                return format.write(batch, options);
            } catch (RuntimeException e) {
                List<Document> writable = new ArrayList<>();
                for (Document document : batch) {
                    try {
                        format.write(List.of(document), options);
                        writable.add(document);
                    } catch (RuntimeException alone) {
                        failed(document.id(), format.name() + " cannot write it: " + reason(alone));
                    }
                }
                if (writable.size() == batch.size()) {
                    failed(null, format.name() + " cannot write these " + batch.size() + " documents together: " + reason(e));
                    return new ExportResult(List.of(), List.of());
                }
                return export(writable);
            }
        }

        private static String reason(RuntimeException e) {
            return e.getMessage() == null ? "an internal error" : e.getMessage();
        }
    }
}
