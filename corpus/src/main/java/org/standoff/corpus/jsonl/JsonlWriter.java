package org.standoff.corpus.jsonl;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.standoff.core.model.Document;
import org.standoff.corpus.DurableFiles;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes a JSON Lines corpus as a stream: a header line {@code {"format":"standoff-corpus/1"}},
 * then one compact canonical document per line, each ending with {@code \n}. Memory does not grow
 * with the number of documents. Not thread-safe; close it to finish the file.
 *
 * <pre>{@code
 * try (JsonlWriter out = JsonlWriter.open(Path.of("corpus.jsonl.gz"), WriterOptions.DEFAULTS)) {
 *     for (Document document : documents) {
 *         out.write(document);
 *     }
 * }
 * }</pre>
 */
public final class JsonlWriter implements Closeable {
    private final OutputStream out;
    private final WriterOptions options;
    /** One line, encoded before it is written; reused, so it grows to the largest document once. */
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);

    private JsonlWriter(OutputStream out, WriterOptions options) throws IOException {
        if (options.textRef() != null) {
            throw new IllegalArgumentException("a JSON Lines corpus keeps each text inline: textRef is not supported");
        }
        this.out = out;
        this.options = options;
        out.write(("{\"format\":\"" + JsonlCorpus.FORMAT + "\",\"documentFormat\":\"" + StandoffJson.FORMAT + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A writer to {@code file}, gzip-compressed when its name ends in {@code .gz}. The file is
     * replaced when the writer is closed, durably and atomically ({@link DurableFiles#open}).
     */
    public static JsonlWriter open(Path file, WriterOptions options) throws IOException {
        OutputStream stream = DurableFiles.open(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return of(stream, options);
    }

    /** A writer to {@code stream} (closed by {@link #close()}). */
    public static JsonlWriter of(OutputStream stream, WriterOptions options) throws IOException {
        return new JsonlWriter(new BufferedOutputStream(stream, 1 << 16), options);
    }

    /**
     * Writes {@code document} as one line. The line is encoded whole before any of it reaches the
     * file, so a document that cannot be written leaves no partial line behind.
     *
     * @throws IllegalArgumentException when the document cannot be written (nothing was written)
     * @throws IOException              when the file cannot be written
     */
    public void write(Document document) throws IOException {
        line.reset();
        try {
            StandoffJson.writeLine(document, line, options);
        } catch (IOException e) {
            throw new IllegalArgumentException("document " + document.id() + " cannot be written: " + e.getMessage(), e);
        }
        line.write('\n');
        line.writeTo(out);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
