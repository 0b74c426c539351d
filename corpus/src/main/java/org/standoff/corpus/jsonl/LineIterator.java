package org.standoff.corpus.jsonl;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.internal.StandoffReader;

/** Iterates the documents of a JSON Lines corpus, one bounded line at a time. Not thread-safe. */
final class LineIterator implements Iterator<ReadResult> {
    /** Opens the character stream on first use. */
    interface Opener {
        Reader open() throws IOException;
    }

    private final Opener opener;
    private final String source;
    private final ReaderOptions options;
    private final StringBuilder line = new StringBuilder();
    private Reader reader;
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
            if (reader == null) {
                reader = opener.open();
            }
            boolean overlong = readLine();
            if (done && line.length() == 0) {
                return null;
            }
            lineNumber++;
            if (overlong) {
                return failure(DiagnosticCodes.LIMIT_DOCUMENT_SIZE, "line " + lineNumber + " is longer than the limit of "
                        + options.maxDocumentBytes() + " (ReaderOptions.maxDocumentBytes)", false);
            }
            String text = line.toString();
            if (text.isBlank()) {
                return null;
            }
            if (lineNumber == 1 && Header.isHeader(text)) {
                return Header.check(text) ? null : failure(DiagnosticCodes.FORMAT_UNSUPPORTED,
                        "unsupported corpus header " + text.strip() + ": this reader reads \"" + JsonlCorpus.FORMAT + "\"", true);
            }
            return StandoffReader.read(text, source, options, lineNumber - 1);
        } catch (CharacterCodingException e) {
            return failure(DiagnosticCodes.JSON_ENCODING, "the input is not valid UTF-8 (after line " + lineNumber + ")", true);
        } catch (IOException e) {
            return failure(DiagnosticCodes.IO_ERROR, "cannot read the input after line " + lineNumber + ": " + e, true);
        }
    }

    /** Reads one line into {@link #line}; returns whether it was cut at the length limit. */
    private boolean readLine() throws IOException {
        line.setLength(0);
        boolean overlong = false;
        for (int c = reader.read(); ; c = reader.read()) {
            if (c < 0) {
                done = true;
                return overlong;
            }
            if (c == '\n') {
                return overlong;
            }
            if (line.length() < options.maxDocumentBytes()) {
                line.append((char) c);
            } else {
                overlong = true;
            }
        }
    }

    private ReadResult failure(String code, String message, boolean fatal) {
        done |= fatal;
        Location location = new Location(source, null, lineNumber, 1);
        return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, code, null, location, message)));
    }
}
