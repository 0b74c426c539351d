package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Turns what stopped reading a document (a parser error, a limit, an I/O failure, a bug) into one
 * fatal diagnostic, so that no exception reaches the caller.
 */
final class Failures {
    private Failures() {
    }

    static void report(Exception e, Cursor cursor, Sink sink) {
        report(e, cursor, sink, new Loc("", 0, 0));
    }

    /** As {@link #report(Exception, Cursor, Sink)}, at {@code noCursor} when there is no cursor. */
    static void report(Exception e, Cursor cursor, Sink sink, Loc noCursor) {
        JsonLocation at = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
        Loc loc = cursor == null ? noCursor : cursor.here(at);
        if (e instanceof LimitedInputStream.TooLarge) {
            sink.fatal(DiagnosticCodes.LIMIT_DOCUMENT_SIZE, loc, "the document is larger than the limit of "
                    + ((LimitedInputStream.TooLarge) e).limit + " bytes (ReaderOptions.maxDocumentBytes)");
        } else if (e instanceof StreamConstraintsException) {
            constraint((StreamConstraintsException) e, loc, sink);
        } else if (e instanceof JsonProcessingException) {
            syntax((JsonProcessingException) e, loc, sink);
        } else if (e instanceof CharacterCodingException) {
            sink.fatal(DiagnosticCodes.JSON_ENCODING, loc, "the input is not valid UTF-8 (a malformed byte sequence"
                    + " follows this point)");
        } else if (e instanceof IOException) {
            sink.fatal(DiagnosticCodes.IO_ERROR, loc, "cannot read the input: " + e);
        } else {
            StackTraceElement[] trace = e.getStackTrace();
            sink.fatal(DiagnosticCodes.INTERNAL_ERROR, loc, "internal error while reading, please report it with the input: "
                    + e + (trace.length > 0 ? " at " + trace[0] : ""));
        }
    }

    private static void constraint(StreamConstraintsException e, Loc loc, Sink sink) {
        String message = e.getOriginalMessage();
        String detail = message.replaceAll(", from `[^`]*`\\)", ")");
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            sink.fatal(DiagnosticCodes.LIMIT_STRING_LENGTH, loc, detail + " (ReaderOptions.maxStringLength)");
        } else if (message.startsWith("Number value length")) {
            sink.fatal(DiagnosticCodes.LIMIT_NUMBER_LENGTH, loc, detail + " (ReaderOptions.maxNumberLength)");
        } else if (message.startsWith("Document nesting depth")) {
            sink.fatal(DiagnosticCodes.LIMIT_NESTING_DEPTH, loc, detail + " (ReaderOptions.maxNestingDepth)");
        } else {
            sink.fatal(DiagnosticCodes.LIMIT_DOCUMENT_SIZE, loc, detail);
        }
    }

    private static void syntax(JsonProcessingException e, Loc loc, Sink sink) {
        String message = e.getOriginalMessage()
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        if (message.startsWith("Unexpected end-of-input in VALUE_STRING")) {
            // the byte-based parser's wording of the char-based parser's message
            message = "Unexpected end-of-input: was expecting closing quote for a string value"
                    + message.substring("Unexpected end-of-input in VALUE_STRING".length());
        }
        if (message.startsWith("Duplicate field")) {
            sink.fatal(DiagnosticCodes.JSON_DUPLICATE_KEY, loc, message.replace("Duplicate field", "duplicate key"));
            return;
        }
        if (message.contains("Invalid UTF-8")) {
            sink.fatal(DiagnosticCodes.JSON_ENCODING, loc, message);
            return;
        }
        sink.fatal(DiagnosticCodes.JSON_SYNTAX, loc, message);
    }
}
