package org.standoff.corpus.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * Iterates the documents of a JSON Lines corpus, one bounded line at a time. Lines are split on
 * their bytes (a newline byte is never part of a longer UTF-8 sequence) and each is handed to the
 * reader as bytes, its one input form. Not thread-safe.
 */
final class LineIterator implements Iterator<ReadResult> {
    /** Opens the (decompressed) byte stream on first use. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final Opener opener;
    private final String source;
    private final ReaderOptions options;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private InputStream in;
    private int lineNumber;
    private boolean done;
    private ReadResult next;

    LineIterator(Opener opener, String source, ReaderOptions options) {
        this.opener = opener;
        this.source = source;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    /** The next result, or {@code null} for a skipped line (empty, or the header). */
    private ReadResult advance() {
        try {
            if (in == null) {
                in = opener.open();
            }
            boolean overlong = readLine();
            if (done && lineLength == 0) {
                return null;
            }
            lineNumber++;
            if (overlong) {
                return failure(DiagnosticCodes.LIMIT_DOCUMENT_SIZE, "line " + lineNumber + " is longer than the limit of "
                        + options.maxDocumentBytes() + " (ReaderOptions.maxDocumentBytes)", false);
            }
            if (lineNumber == 1 || mayBeBlank()) {
                String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
                if (text.isBlank()) {
                    return null;
                }
                if (lineNumber == 1 && Header.isHeader(text)) {
                    return Header.check(text) ? null : failure(DiagnosticCodes.FORMAT_UNSUPPORTED,
                            "unsupported corpus header " + text.strip() + ": this reader reads \"" + JsonlCorpus.FORMAT + "\"", true);
                }
            }
            ReadResult result = StandoffJson.readLine(line, lineLength, source, lineNumber, options);
            if (result.document() == null && result.diagnostics().size() == 1
                    && result.diagnostics().get(0).code().equals(DiagnosticCodes.JSON_ENCODING)) {
                lineNumber--;
                return failure(DiagnosticCodes.JSON_ENCODING, "the input is not valid UTF-8 (after line " + lineNumber + ")", true);
            }
            return result;
        } catch (IOException e) {
            return failure(DiagnosticCodes.IO_ERROR, "cannot read the input after line " + lineNumber + ": " + e, true);
        }
    }

    /**
     * Whether the line may be blank: it is not when its first character that is not ASCII white
     * space is another ASCII character (a document's line starts with {@code {}).
     */
    private boolean mayBeBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b < 0) {
                return true;
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one line's bytes, without its newline, into {@link #line}; returns whether it was cut at
     * the length limit ({@code ReaderOptions.maxDocumentBytes}), the rest of it then being skipped.
     */
    private boolean readLine() throws IOException {
        lineLength = 0;
        boolean overlong = false;
        while (true) {
            if (position == limit) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    done = true;
                    return overlong;
                }
                position = 0;
                limit = n;
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int room = (int) Math.min(position - start, Math.max(0, options.maxDocumentBytes() - lineLength));
            keep(start, room);
            overlong |= room < position - start;
            if (position < limit) {
                position++;
                return overlong;
            }
        }
    }

    private void keep(int from, int n) {
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(buffer, from, line, lineLength, n);
        lineLength += n;
    }

    private ReadResult failure(String code, String message, boolean fatal) {
        done |= fatal;
        Location location = new Location(source, null, lineNumber, 1);
        return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, code, null, location, message)));
    }
}
