package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Document;
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
 */
abstract class ConvertOutput implements AutoCloseable {
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
            writer.write(document);
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
        void finish() throws IOException {
            if (!held.isEmpty()) {
                flush();
            }
        }

        private void flush() throws IOException {
            ExportResult result = format.write(held, options);
            held.clear();
            for (ExportResult.OutputFile file : result.files()) {
                OutputFiles.write(folder, file);
            }
            wrote(result.files().size());
            summary.addAll(result.diagnostics(), null);
        }
    }
}
