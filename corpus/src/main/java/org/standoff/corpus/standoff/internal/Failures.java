package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Turns what stopped reading a document (a {@link TokenChecks.Fatal}, a parser error, the string limit,
 * an I/O failure, a bug) into one fatal diagnostic, so that no exception reaches the caller. The
 * kind of failure is told by its type alone.
 */
final class Failures {
    private Failures() {
    }

    /** Reports {@code e} where {@code cursor} is, or at {@code noCursor} when there is no cursor. */
    static void report(Exception e, Cursor cursor, Sink sink, Loc noCursor) {
        if (e instanceof TokenChecks.Fatal) {
            sink.fatal(((TokenChecks.Fatal) e).code, ((TokenChecks.Fatal) e).loc, e.getMessage());
            return;
        }
        Loc loc = cursor == null ? noCursor
                : cursor.here(e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null);
        if (e instanceof StreamConstraintsException) {
            // the one limit the parser checks itself (the cursor checks nesting and numbers first)
            sink.fatal(DiagnosticCodes.LIMIT_STRING_LENGTH, loc, "a string or field name exceeds the maximum allowed ("
                    + cursor.maxStringLength() + ") characters (ReaderOptions.maxStringLength)");
        } else if (e instanceof JsonEOFException && ((JsonEOFException) e).getTokenBeingDecoded() == JsonToken.VALUE_STRING) {
            sink.fatal(DiagnosticCodes.JSON_SYNTAX, loc, "Unexpected end-of-input: was expecting closing quote for a string value");
        } else if (e instanceof JsonProcessingException) {
            sink.fatal(DiagnosticCodes.JSON_SYNTAX, loc, ((JsonProcessingException) e).getOriginalMessage());
        } else if (e instanceof IOException) {
            sink.fatal(DiagnosticCodes.IO_ERROR, loc, "cannot read the input: " + e);
        } else {
            StackTraceElement[] trace = e.getStackTrace();
            sink.fatal(DiagnosticCodes.INTERNAL_ERROR, loc, "internal error while reading, please report it with the input: "
                    + e + (trace.length > 0 ? " at " + trace[0] : ""));
        }
    }
}
