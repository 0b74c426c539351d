package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * Reads one standoff JSON document, and never throws: every failure, including a bug, ends as a
 * diagnostic. Bytes are the one input form: a file or a stream is read whole within the size limit,
 * a string is encoded once ({@link Utf8}). See {@code StandoffJson.read}.
 */
public final class StandoffReader {
    private static volatile Factory cached = new Factory(ReaderOptions.DEFAULTS);

    private StandoffReader() {
    }

    /** Reads {@code file}; a {@code textRef} resolves against its directory unless options name one. */
    public static ReadResult read(Path file, ReaderOptions options) {
        ReaderOptions effective = options.baseDirectory() != null ? options
                : options.withBaseDirectory(file.toAbsolutePath().getParent());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), effective);
        } catch (IOException e) {
            return failed(file.toString(), DiagnosticCodes.IO_ERROR, 0, "cannot read " + file + ": " + e);
        }
    }

    /** Reads a document from {@code in}, which is read to its end within the size limit and not closed. */
    public static ReadResult read(InputStream in, String source, ReaderOptions options) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(options.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException | RuntimeException e) {
            Sink sink = new Sink(source);
            Failures.report(e, null, sink, new Loc("", 0, 0));
            return new ReadResult(null, sink.diagnostics());
        }
        return read(bytes, bytes.length, source, options, 0);
    }

    /** Reads a document from {@code bytes}, which are not changed and not kept. */
    public static ReadResult read(byte[] bytes, String source, ReaderOptions options) {
        return read(bytes, bytes.length, source, options, 0);
    }

    /**
     * Reads a document from the UTF-8 bytes {@code bytes[0, length)}, whose first line is line
     * {@code 1 + lineOffset} of its source (a line of a JSON Lines corpus).
     */
    public static ReadResult readLine(byte[] bytes, int length, String source, ReaderOptions options, int lineOffset) {
        return read(bytes, length, source, options, lineOffset);
    }

    /** Reads a document from {@code json}, encoded once ({@link Utf8#encode}). */
    public static ReadResult read(String json, String source, ReaderOptions options, int lineOffset) {
        byte[] bytes = Utf8.encode(json);
        return read(bytes, bytes.length, source, options, lineOffset);
    }

    private static ReadResult read(byte[] bytes, int length, String source, ReaderOptions options, int lineOffset) {
        if (length > options.maxDocumentBytes()) {
            return failed(source, DiagnosticCodes.LIMIT_DOCUMENT_SIZE, lineOffset, "the document is larger than the limit of "
                    + options.maxDocumentBytes() + " bytes (ReaderOptions.maxDocumentBytes)");
        }
        Sink sink = new Sink(source);
        byte[] input = bytes;
        int inputLength = length;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            sink.warning(DiagnosticCodes.JSON_BOM, null, new Loc("", 1 + lineOffset, 1),
                    "the input starts with a byte order mark, which was skipped (standoff JSON is UTF-8 without one)");
            input = Arrays.copyOfRange(bytes, 3, length);
            inputLength = length - 3;
        }
        int malformed = Utf8.firstMalformed(input, 0, inputLength);
        for (int i = 0; i < Math.min(4, inputLength) && malformed < 0; i++) {
            // a zero byte among the first four would make the parser take the input for UTF-16 or UTF-32
            malformed = input[i] == 0 ? i : -1;
        }
        if (malformed >= 0) {
            sink.fatal(DiagnosticCodes.JSON_ENCODING, Utf8.locate(input, malformed, lineOffset),
                    "the input is not valid UTF-8 (a malformed byte sequence starts here)");
            return new ReadResult(null, sink.diagnostics());
        }
        return parse(input, inputLength, sink, options, lineOffset);
    }

    private static ReadResult failed(String source, String code, int lineOffset, String message) {
        Sink sink = new Sink(source);
        sink.fatal(code, new Loc("", 1 + lineOffset, 1), message);
        return new ReadResult(null, sink.diagnostics());
    }

    private static ReadResult parse(byte[] input, int length, Sink sink, ReaderOptions options, int lineOffset) {
        DocumentState doc = null;
        Cursor cursor = null;
        JsonFactory factory = factory(options);
        try (JsonParser parser = factory.createParser(input, 0, length)) {
            cursor = new Cursor(factory, parser, input, length, sink, lineOffset, options);
            doc = new DocumentState(cursor);
            DocumentDecoder.decode(cursor, doc);
        } catch (IOException | RuntimeException e) {
            Failures.report(e, cursor, sink, new Loc("", 1 + lineOffset, 1));
        }
        if (sink.isFatal() || doc == null) {
            return new ReadResult(null, sink.diagnostics());
        }
        try {
            return Assembler.assemble(doc, sink, options);
        } catch (RuntimeException e) {
            Failures.report(e, null, sink, new Loc("", 0, 0));
            return new ReadResult(null, sink.diagnostics());
        }
    }

    private static JsonFactory factory(ReaderOptions options) {
        Factory current = cached;
        if (!current.options.equals(options)) {
            current = new Factory(options);
            cached = current;
        }
        return current.factory;
    }

    /**
     * The parser factory of one set of limits. The parser checks the string limit itself; nesting
     * and numbers the {@link Cursor} checks first, so the parser's limits for them are looser.
     */
    private static final class Factory {
        final ReaderOptions options;
        final JsonFactory factory;

        Factory(ReaderOptions options) {
            this.options = options;
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth() == Integer.MAX_VALUE ? Integer.MAX_VALUE : options.maxNestingDepth() + 1)
                    .maxStringLength(options.maxStringLength())
                    .maxNameLength(options.maxStringLength())
                    .maxNumberLength(Integer.MAX_VALUE)
                    .build();
            this.factory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build();
        }
    }
}
