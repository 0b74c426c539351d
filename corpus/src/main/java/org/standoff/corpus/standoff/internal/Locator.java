package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Places in one input: the JSON pointer, line and column of a token. The reader takes a place for
 * every object but reports few, so an object's place holds only its ordinal among the input's
 * objects ({@link Loc#object}) and a value's its byte offset ({@link Loc#lazy}); either is found
 * when first asked for, by reading the input again with a parser of the same factory up to it. Places are mostly asked for in input order, so that parser goes on from the
 * last one found. Not thread-safe.
 */
final class Locator {
    private final JsonFactory factory;
    private final byte[] input;
    private final int length;
    private final int lineOffset;
    /** The parser reading the input again, or {@code null}; the objects it has started, its current token's included. */
    private JsonParser again;
    private int againObjects;

    /**
     * @param factory    the factory of the reading parser
     * @param input      the UTF-8 bytes it reads (its byte offsets are offsets into them)
     * @param length     how many of them it reads
     * @param lineOffset added to every line number (for a document that is one line of a larger file)
     */
    Locator(JsonFactory factory, byte[] input, int length, int lineOffset) {
        this.factory = factory;
        this.input = input;
        this.length = length;
        this.lineOffset = lineOffset;
    }

    /** Where the current token of {@code parser} starts; a value's place is found only when asked for. */
    Loc of(JsonParser parser) {
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
            return Loc.lazy(this, tokenOffset(parser));
        }
        return at(parser);
    }

    /** Where {@code parser} is now, or {@code errorLocation} (for errors raised by the parser itself). */
    Loc here(JsonParser parser, JsonLocation errorLocation) {
        JsonLocation location = errorLocation != null ? errorLocation : parser.currentLocation();
        return Loc.inBytes(pointer(parser.getParsingContext()), line(location), Math.max(location.getColumnNr(), 0),
                input, location.getByteOffset());
    }

    /** Just after the closing quote of the field name {@code parser} is on (a repeated key). */
    Loc afterName(JsonParser parser) {
        JsonLocation start = parser.currentTokenLocation();
        long quote = start.getByteOffset();
        long end = quote + 1;
        while (end < length && input[(int) end] != '"') {
            end += input[(int) end] == '\\' ? 2 : 1;
        }
        end++;
        return Loc.inBytes(pointer(parser.getParsingContext()), line(start), start.getColumnNr() + (int) (end - quote),
                input, end);
    }

    /** The byte offset in the input of the current token of {@code parser}. */
    static long tokenOffset(JsonParser parser) {
        return parser.currentTokenLocation().getByteOffset();
    }

    /** The place of the value at byte {@code byteOffset} (see {@link Loc#lazy}). */
    Loc locate(long byteOffset) {
        try {
            if (again == null || byteOffset < tokenOffset(again)) {
                readAgain();
            }
            for (JsonToken token = again.currentToken(); token != null; token = advance()) {
                long at = tokenOffset(again);
                if (at == byteOffset && token != JsonToken.FIELD_NAME) {
                    return at(again);
                }
                if (at > byteOffset) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the input was read up to the place already; should it not be found, line and column still are
        }
        again = null;
        return Utf8.locate(input, (int) Math.min(byteOffset, input.length), lineOffset);
    }

    /** The place of the object the input starts as its {@code ordinal}-th, from 0 (see {@link Loc#object}). */
    Loc locateObject(int ordinal) {
        try {
            if (again == null || againObjects > ordinal + 1
                    || againObjects == ordinal + 1 && again.currentToken() != JsonToken.START_OBJECT) {
                readAgain();
            }
            for (JsonToken token = again.currentToken(); token != null; token = advance()) {
                if (token == JsonToken.START_OBJECT && againObjects == ordinal + 1) {
                    return at(again);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the input was read past the object already, so this does not happen
        }
        again = null;
        return new Loc("", 0, 0);
    }

    private void readAgain() throws IOException {
        if (again != null) {
            again.close();
        }
        again = factory.createParser(input, 0, length);
        againObjects = 0;
        advance();
    }

    private JsonToken advance() throws IOException {
        JsonToken token = again.nextToken();
        if (token == JsonToken.START_OBJECT) {
            againObjects++;
        }
        return token;
    }

    /** Where the current token of {@code parser} starts. */
    private Loc at(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        JsonLocation location = parser.currentTokenLocation();
        return Loc.inBytes(pointer(context), line(location), location.getColumnNr(), input, location.getByteOffset());
    }

    private int line(JsonLocation location) {
        return location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
    }

    /** The RFC 6901 pointer of {@code context}, the text of {@code context.pathAsPointer()}. */
    static String pointer(JsonStreamContext context) {
        if (context == null) {
            return "";
        }
        JsonStreamContext start = context.hasPathSegment() ? context : context.getParent();
        StringBuilder out = new StringBuilder(32);
        appendPointer(out, start);
        return out.toString();
    }

    private static void appendPointer(StringBuilder out, JsonStreamContext context) {
        if (context == null) {
            return;
        }
        appendPointer(out, context.getParent());
        if (context.inObject()) {
            out.append('/');
            appendEscaped(out, context.getCurrentName());
        } else if (context.inArray()) {
            out.append('/').append(context.getCurrentIndex());
        }
    }

    /** Appends {@code name} (may be null: nothing) escaped as an RFC 6901 reference token. */
    private static void appendEscaped(StringBuilder out, String name) {
        for (int i = 0; name != null && i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }
}
