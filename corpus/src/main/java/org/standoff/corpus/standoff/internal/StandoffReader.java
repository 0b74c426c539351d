package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetIndex;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * Reads one standoff JSON document from bytes or a string with a streaming parser, and never
 * throws: every failure, including a bug, ends as a diagnostic. See {@code StandoffJson.read}.
 */
public final class StandoffReader {
    private static volatile Factory cached = new Factory(ReaderOptions.DEFAULTS);

    private StandoffReader() {
    }

    /** Opens a parser; may throw what reading would. */
    private interface Opener {
        JsonParser open(Factory factory) throws IOException;
    }

    /** Reads {@code file}; a {@code textRef} resolves against its directory unless options name one. */
    public static ReadResult read(Path file, ReaderOptions options) {
        ReaderOptions effective = options.baseDirectory() != null ? options
                : options.withBaseDirectory(file.toAbsolutePath().getParent());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), effective);
        } catch (IOException e) {
            Sink sink = new Sink(file.toString());
            sink.fatal(DiagnosticCodes.IO_ERROR, new Loc("", 0, 0), "cannot read " + file + ": " + e);
            return new ReadResult(null, sink.diagnostics());
        }
    }

    /**
     * Reads a document from {@code in}, which is not closed. A document of up to
     * {@link #CLEAN_PATH_MAX_BYTES} is read into memory and tried on the fast path
     * ({@link CleanReader}); one that has something to report, or is larger, is read by the precise
     * decoders from the same bytes, streaming.
     */
    public static ReadResult read(InputStream in, String source, ReaderOptions options) {
        Prefix prefix = Prefix.read(in, (int) Math.min(options.maxDocumentBytes(), CLEAN_PATH_MAX_BYTES));
        if (prefix.isWhole()) {
            Document document = CleanReader.read(prefix.bytes, prefix.length, options);
            if (document != null) {
                return new ReadResult(document, List.of());
            }
        }
        return readPrecisely(prefix.replay(in), source, options);
    }

    /** Reads a document from {@code bytes}, as {@link #read(InputStream, String, ReaderOptions)} would read them from a stream. */
    public static ReadResult read(byte[] bytes, String source, ReaderOptions options) {
        if (bytes.length <= CLEAN_PATH_MAX_BYTES) {
            Document document = CleanReader.read(bytes, bytes.length, options);
            if (document != null) {
                return new ReadResult(document, List.of());
            }
        }
        return readPrecisely(new ByteArrayInputStream(bytes), source, options);
    }

    /** The largest document that the fast path reads into memory first: 64 MiB. */
    static final int CLEAN_PATH_MAX_BYTES = 64 << 20;

    /** The parser factory of {@code options}' limits that leaves repeated keys to the decoders. */
    static JsonFactory parserFactory(ReaderOptions options) {
        return factory(options).notCheckingKeys;
    }

    /**
     * The first bytes of a stream, up to a limit and one more, with how reading them ended; it
     * {@linkplain #replay replays} them in front of the rest, so that a second reader sees exactly
     * the stream the first did, a read failure included.
     */
    private static final class Prefix {
        byte[] bytes;
        int length;
        boolean ended;
        /** What reading threw: an {@link IOException}, or a {@link RuntimeException} of a broken stream. */
        Exception failure;

        static Prefix read(InputStream in, int limit) {
            Prefix prefix = new Prefix();
            prefix.bytes = new byte[(int) Math.min(limit + 1L, Math.max(1 << 13, expected(in) + 1L))];
            try {
                while (prefix.length <= limit) {
                    if (prefix.length == prefix.bytes.length) {
                        prefix.bytes = Arrays.copyOf(prefix.bytes, (int) Math.min(prefix.length * 2L, limit + 1L));
                    }
                    int n = in.read(prefix.bytes, prefix.length, prefix.bytes.length - prefix.length);
                    if (n < 0) {
                        prefix.ended = true;
                        break;
                    }
                    prefix.length += n;
                }
            } catch (IOException | RuntimeException e) {
                prefix.failure = e;
            }
            return prefix;
        }

        /** What {@code in} says it has, so that a file or an array is read into one array of the right size. */
        private static int expected(InputStream in) {
            try {
                return Math.max(0, in.available());
            } catch (IOException | RuntimeException e) {
                return 0; // reading will tell
            }
        }

        /** Whether the stream ended, without failing, within the limit. */
        boolean isWhole() {
            return ended && failure == null;
        }

        InputStream replay(InputStream rest) {
            InputStream after = failure != null ? new Failing(failure) : ended ? InputStream.nullInputStream() : rest;
            return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), after);
        }
    }

    /** A stream whose every read fails as the original stream did. */
    private static final class Failing extends InputStream {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            if (failure instanceof IOException) {
                throw (IOException) failure;
            }
            throw (RuntimeException) failure;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return read();
        }
    }

    /** Reads a document from {@code in} with the precise decoders, which report every problem. */
    static ReadResult readPrecisely(InputStream in, String source, ReaderOptions options) {
        Sink sink = new Sink(source);
        Utf8Input[] bytes = new Utf8Input[1];
        return parse(sink, options, 0, bytes, factory -> {
            PushbackInputStream head = head(in, options, sink);
            bytes[0] = plainUtf8(head);
            if (bytes[0] == null) {
                return factory.checkingKeys.createParser(strictReader(head));
            }
            try {
                return DuplicateKeys.of(factory.notCheckingKeys.createParser(bytes[0]), bytes[0]);
            } catch (IOException | RuntimeException e) {
                throw new AtStart(e);
            }
        });
    }

    /**
     * The stream to give Jackson's byte-based (UTF-8) parser, which is much faster than its char-based
     * one behind a decoder, or {@code null} when the first bytes could make Jackson detect UTF-16 or
     * UTF-32 (a zero byte, FE or FF) or there are fewer than four: such input takes the strict
     * decoder path, which reports it exactly as before.
     */
    private static Utf8Input plainUtf8(PushbackInputStream head) throws IOException {
        byte[] first = new byte[4];
        int n = head.readNBytes(first, 0, 4);
        if (n > 0) {
            head.unread(first, 0, n);
        }
        if (n < 4) {
            return null;
        }
        for (byte b : first) {
            if (b == 0 || b == (byte) 0xFE || b == (byte) 0xFF) {
                return null;
            }
        }
        return new Utf8Input(head);
    }

    /** What failed while the byte-based parser was being created: its first read of the input. */
    private static final class AtStart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AtStart(Exception cause) {
            super(cause);
        }
    }

    /**
     * Reads a document from the UTF-8 bytes {@code bytes[0, length)}, whose first line is line
     * {@code 1 + lineOffset} of its source (a line of a JSON Lines corpus): on the fast path from the
     * bytes, else precisely from their text. Bytes that are not well-formed UTF-8 give one fatal
     * diagnostic.
     */
    public static ReadResult readLine(byte[] bytes, int length, String source, ReaderOptions options, int lineOffset) {
        if (!Utf8Input.isWellFormed(bytes, 0, length)) {
            Sink sink = new Sink(source);
            sink.fatal(DiagnosticCodes.JSON_ENCODING, new Loc("", 1 + lineOffset, 1), "the input is not valid UTF-8");
            return new ReadResult(null, sink.diagnostics());
        }
        Document document = CleanReader.readWellFormed(bytes, length, options);
        if (document != null) {
            return new ReadResult(document, List.of());
        }
        return readPrecisely(new String(bytes, 0, length, StandardCharsets.UTF_8), source, options, lineOffset);
    }

    /**
     * Reads a document from {@code json}, whose first line is line {@code 1 + lineOffset} of its source.
     */
    public static ReadResult read(String json, String source, ReaderOptions options, int lineOffset) {
        byte[] bytes = strictUtf8(json);
        if (bytes != null && bytes.length <= CLEAN_PATH_MAX_BYTES) {
            Document document = CleanReader.readWellFormed(bytes, bytes.length, options);
            if (document != null) {
                return new ReadResult(document, List.of());
            }
        }
        return readPrecisely(json, source, options, lineOffset);
    }

    /** {@code json} as UTF-8, or {@code null} when it holds an unpaired surrogate, which UTF-8 cannot encode. */
    private static byte[] strictUtf8(String json) {
        return OffsetIndex.firstLoneSurrogate(json) < 0 ? json.getBytes(StandardCharsets.UTF_8) : null;
    }

    /** {@link #read(String, String, ReaderOptions, int)} with the precise decoders only. */
    static ReadResult readPrecisely(String json, String source, ReaderOptions options, int lineOffset) {
        Sink sink = new Sink(source);
        if (utf8Length(json) > options.maxDocumentBytes()) {
            sink.fatal(DiagnosticCodes.LIMIT_DOCUMENT_SIZE, new Loc("", 1 + lineOffset, 1), "the document is larger than the limit of "
                    + options.maxDocumentBytes() + " bytes (ReaderOptions.maxDocumentBytes)");
            return new ReadResult(null, sink.diagnostics());
        }
        String body = json;
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            bom(sink, lineOffset);
            body = json.substring(1);
        }
        String input = body;
        return parse(sink, options, lineOffset, null,
                factory -> DuplicateKeys.of(factory.notCheckingKeys.createParser(input), DuplicateKeys.of(input)));
    }

    private static ReadResult parse(Sink sink, ReaderOptions options, int lineOffset, Utf8Input[] bytes, Opener opener) {
        DocumentState doc = new DocumentState();
        Cursor cursor = null;
        try (JsonParser parser = opener.open(factory(options))) {
            cursor = new Cursor(parser, sink, lineOffset, bytes == null ? null : bytes[0]);
            DocumentDecoder.decode(cursor, doc);
        } catch (AtStart e) {
            // the char-based path would have failed on the parser's first read, at the start
            Failures.report((Exception) e.getCause(), null, sink, new Loc("", 1 + lineOffset, 1));
        } catch (IOException | RuntimeException e) {
            Failures.report(e, cursor, sink);
        }
        if (sink.isFatal()) {
            return new ReadResult(null, sink.diagnostics());
        }
        try {
            return Assembler.assemble(doc, sink, options);
        } catch (RuntimeException e) {
            Failures.report(e, null, sink);
            return new ReadResult(null, sink.diagnostics());
        }
    }

    private static PushbackInputStream head(InputStream in, ReaderOptions options, Sink sink) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(new LimitedInputStream(in, options.maxDocumentBytes()), 4);
        byte[] head = new byte[3];
        int n = pushback.readNBytes(head, 0, 3);
        if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom(sink, 0);
        } else if (n > 0) {
            pushback.unread(head, 0, n);
        }
        return pushback;
    }

    private static Reader strictReader(InputStream pushback) {
        return new InputStreamReader(pushback, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void bom(Sink sink, int lineOffset) {
        sink.warning(DiagnosticCodes.JSON_BOM, null, new Loc("", 1 + lineOffset, 1),
                "the input starts with a byte order mark, which was skipped (standoff JSON is UTF-8 without one)");
    }

    static long utf8Length(String s) {
        long bytes = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return bytes;
    }

    private static Factory factory(ReaderOptions options) {
        Factory current = cached;
        if (!current.options.equals(options)) {
            current = new Factory(options);
            cached = current;
        }
        return current;
    }

    /**
     * The parser factories of one set of limits: one whose parsers reject a repeated key, for the
     * rare input that takes the strict decoder path, and one whose parsers leave that to
     * {@link DuplicateKeys}, which does it with less work.
     */
    private static final class Factory {
        final ReaderOptions options;
        final JsonFactory checkingKeys;
        final JsonFactory notCheckingKeys;

        Factory(ReaderOptions options) {
            this.options = options;
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth())
                    .maxStringLength(options.maxStringLength())
                    .maxNameLength(Math.min(options.maxStringLength(), 50_000))
                    .maxNumberLength(options.maxNumberLength())
                    .build();
            this.checkingKeys = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build();
            this.notCheckingKeys = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build();
        }
    }
}
