package org.standoff.corpus.jsonl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * Reads a JSON Lines corpus: one compact {@code standoff/1} document per line, after an optional
 * header line {@code {"format": "standoff-corpus/1", ...}}; empty lines are skipped. A file that
 * ends in {@code .gz} or starts with the gzip magic bytes is decompressed. Documents are read one
 * line at a time, so a corpus of any size is read in memory bounded by its largest line (itself
 * bounded by {@link ReaderOptions#maxDocumentBytes()}).
 *
 * <p>Each line gives one {@link ReadResult}; diagnostics carry the file as source and the line
 * number in the file. A broken line never stops the stream; an unreadable file (I/O error, invalid
 * UTF-8, an unsupported header) ends it with one last result that has no document.
 */
public final class JsonlCorpus {
    /** The header's {@code format} value. */
    public static final String FORMAT = "standoff-corpus/1";

    private JsonlCorpus() {
    }

    /**
     * The documents of {@code file}, lazily; close the stream to close the file. A {@code textRef}
     * resolves against the file's directory unless the options name one.
     *
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static Stream<ReadResult> read(Path file, ReaderOptions options) {
        ReaderOptions effective = options.baseDirectory() != null ? options
                : options.withBaseDirectory(file.toAbsolutePath().getParent());
        try {
            InputStream in = Files.newInputStream(file);
            return read(in, file.toString(), effective).onClose(() -> closeQuietly(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** The documents of {@code file} with the default options. */
    public static Stream<ReadResult> read(Path file) {
        return read(file, ReaderOptions.DEFAULTS);
    }

    /**
     * The documents of {@code in} (gzip detected by its magic bytes), lazily; closing the stream
     * does not close {@code in}.
     */
    public static Stream<ReadResult> read(InputStream in, String sourceName, ReaderOptions options) {
        LineIterator lines = new LineIterator(() -> body(in), sourceName, options);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static InputStream body(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
