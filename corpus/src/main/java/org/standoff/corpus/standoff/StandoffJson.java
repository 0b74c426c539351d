package org.standoff.corpus.standoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.standoff.core.model.Document;
import org.standoff.corpus.DurableFiles;
import org.standoff.corpus.standoff.internal.StandoffReader;
import org.standoff.corpus.standoff.internal.StandoffWriter;

/**
 * The front door to standoff JSON ({@code standoff/1}, specified in {@code docs/FORMAT.md}):
 * reading a document with every problem reported, and writing one canonically.
 *
 * <p>Reading never throws: a broken file gives a {@link ReadResult} whose diagnostics say what is
 * wrong and where (JSON pointer, line, column). Offsets in any declared unit ({@code codepoint},
 * {@code utf16}, {@code utf8}) are converted exactly to the model's UTF-16 offsets.
 *
 * <pre>{@code
 * ReadResult result = StandoffJson.read(Path.of("article.standoff.json"));
 * result.diagnostics().forEach(System.err::println);
 * if (!result.hasErrors()) {
 *     StandoffJson.write(result.document(), Path.of("copy.standoff.json"), WriterOptions.DEFAULTS);
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public final class StandoffJson {
    /** The value of the {@code format} field this class reads and writes. */
    public static final String FORMAT = "standoff/1";

    private StandoffJson() {
    }

    /** Reads the document in {@code file} with the default options. */
    public static ReadResult read(Path file) {
        return read(file, ReaderOptions.DEFAULTS);
    }

    /**
     * Reads the document in {@code file}. A {@code textRef} resolves against the file's directory
     * unless {@code options} names a base directory.
     */
    public static ReadResult read(Path file, ReaderOptions options) {
        return StandoffReader.read(file, options);
    }

    /** Reads a document from {@code in} (UTF-8, not closed) with the default options. */
    public static ReadResult read(InputStream in, String sourceName) {
        return read(in, sourceName, ReaderOptions.DEFAULTS);
    }

    /**
     * Reads a document from {@code in}, which is read to the document's end but not closed.
     *
     * @param sourceName what diagnostics name as the source (a file name, a URL), or {@code null}
     */
    public static ReadResult read(InputStream in, String sourceName, ReaderOptions options) {
        return StandoffReader.read(in, sourceName, options);
    }

    /** Reads a document from the UTF-8 bytes {@code json} with the default options. */
    public static ReadResult read(byte[] json, String sourceName) {
        return read(json, sourceName, ReaderOptions.DEFAULTS);
    }

    /**
     * Reads a document from the UTF-8 bytes {@code json}, a whole file or message already in memory
     * (an HTTP body, a database value). The same as reading them from a stream, without copying
     * them first; the array is not changed, and not kept.
     *
     * @param sourceName what diagnostics name as the source, or {@code null}
     */
    public static ReadResult read(byte[] json, String sourceName, ReaderOptions options) {
        return StandoffReader.read(json, sourceName, options);
    }

    /**
     * Reads one record of a JSON Lines corpus: a compact document in the UTF-8 bytes
     * {@code line[0, length)}, which is line {@code lineNumber} (from 1) of {@code sourceName}, so
     * that diagnostics give lines of the whole file. The array is not changed, and not kept. Bytes
     * that are not well-formed UTF-8 give one fatal {@link DiagnosticCodes#JSON_ENCODING} diagnostic.
     */
    public static ReadResult readLine(byte[] line, int length, String sourceName, int lineNumber, ReaderOptions options) {
        return StandoffReader.readLine(line, length, sourceName, options, lineNumber - 1);
    }

    /** Reads a document from the JSON text {@code json} with the default options. */
    public static ReadResult fromJson(String json) {
        return fromJson(json, ReaderOptions.DEFAULTS);
    }

    /** Reads a document from the JSON text {@code json}; its diagnostics name no source. */
    public static ReadResult fromJson(String json, ReaderOptions options) {
        return StandoffReader.read(json, null, options, 0);
    }

    /** {@code document} as canonical standoff JSON text with the default options, ending with a newline. */
    public static String toJson(Document document) {
        return toJson(document, WriterOptions.DEFAULTS);
    }

    /** {@code document} as canonical standoff JSON text, ending with a newline: {@link #toBytes} decoded. */
    public static String toJson(Document document, WriterOptions options) {
        return new String(toBytes(document, options), StandardCharsets.UTF_8);
    }

    /**
     * {@code document} as canonical standoff JSON in UTF-8, ending with a newline: the bytes
     * {@link #write(Document, Path, WriterOptions)} puts in a file.
     *
     * @throws IllegalArgumentException when a span of the document cannot be expressed in the
     *                                  chosen unit (it cuts a character or runs past the text)
     */
    public static byte[] toBytes(Document document, WriterOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.text().length() * 2 + 4096);
        try {
            write(document, out, options);
        } catch (IOException e) {
            throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code document} canonically to {@code out} (flushed, not closed): the text of
     * {@link #toJson(Document, WriterOptions)}.
     *
     * @throws IllegalArgumentException when a span of the document cannot be expressed in the
     *                                  chosen unit (it cuts a character or runs past the text)
     */
    public static void write(Document document, Writer out, WriterOptions options) throws IOException {
        out.write(toJson(document, options));
        out.flush();
    }

    /**
     * Writes {@code document} canonically as UTF-8 to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException when a span of the document cannot be expressed in the
     *                                  chosen unit (it cuts a character or runs past the text)
     */
    public static void write(Document document, OutputStream out, WriterOptions options) throws IOException {
        StandoffWriter.write(document, out, options);
    }

    /**
     * Writes {@code document} canonically as UTF-8 to {@code out} (flushed, not closed) on one line
     * without a final newline: a JSON Lines record.
     */
    public static void writeLine(Document document, OutputStream out, WriterOptions options) throws IOException {
        StandoffWriter.write(document, out, options, true);
    }

    /**
     * Writes {@code document} canonically to {@code file} through {@link DurableFiles}: a temporary
     * file forced to disk and renamed into place, so that a crash leaves the old file or the new one.
     * With {@link WriterOptions#textRef()} set, the text is written to that path relative to the
     * file's directory first, the same way.
     */
    public static void write(Document document, Path file, WriterOptions options) throws IOException {
        if (options.textRef() != null) {
            Path sidecar = file.toAbsolutePath().getParent().resolve(options.textRef());
            DurableFiles.write(sidecar, document.text().getBytes(StandardCharsets.UTF_8));
        }
        DurableFiles.write(file, toBytes(document, options));
    }
}
