package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.standoff.core.text.OffsetIndex;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * A streaming JSON parser with the typed reads the decoders need. Each read expects the parser to
 * be on a value; on a type or value problem it reports a diagnostic at the value's JSON pointer,
 * skips the value and returns {@code null}, so decoding goes on and every problem is reported.
 * Parser and I/O exceptions pass through to the reader's boundary.
 */
final class Cursor {
    private final JsonParser parser;
    private final Sink sink;
    private final int lineOffset;
    private final Utf8Input bytes;
    private String subject;

    /**
     * @param lineOffset added to every line number (for a document that is one line of a larger file)
     */
    public Cursor(JsonParser parser, Sink sink, int lineOffset) {
        this(parser, sink, lineOffset, null);
    }

    /**
     * @param bytes the input of a byte-based parser, whose byte columns it turns into character
     *              columns; {@code null} for a char-based parser
     */
    Cursor(JsonParser parser, Sink sink, int lineOffset, Utf8Input bytes) {
        this.parser = parser;
        this.sink = sink;
        this.lineOffset = lineOffset;
        this.bytes = bytes;
    }

    /** The 1-based column of {@code location} in characters, 0 when unknown. */
    private int column(JsonLocation location) {
        int column = Math.max(location.getColumnNr(), 0);
        return bytes == null || column == 0 ? column : bytes.charColumn(location.getByteOffset(), column);
    }

    public Sink sink() {
        return sink;
    }

    /** Sets the id value that diagnostics are about until the next {@link #subject(String)}. */
    public void subject(String idValue) {
        this.subject = idValue;
    }

    public String subject() {
        return subject;
    }

    public JsonToken next() throws IOException {
        return parser.nextToken();
    }

    public JsonToken token() {
        return parser.currentToken();
    }

    /**
     * Moves past the next field name of the current object onto its value and returns the name, or
     * returns {@code null} at the object's end.
     */
    public String nextField() throws IOException {
        String name = parser.nextFieldName();
        while (name != null) {
            parser.nextToken();
            if (OffsetIndex.firstLoneSurrogate(name) < 0) {
                return name;
            }
            loneSurrogate("the field name", name);
            parser.skipChildren();
            name = parser.nextFieldName();
        }
        return null;
    }

    /** Moves onto the next element of the current array; {@code false} at its end. */
    public boolean nextElement() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    /** Where the current token starts. */
    public Loc loc() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
        if (isTopLevelElement(context)) {
            return Loc.element(context.getParent().getCurrentName(), context.getCurrentIndex(), line, column(location));
        }
        return new Loc(pointer(context), line, column(location));
    }

    /** Whether {@code context} is on an element of an array that is a field of the document object. */
    private static boolean isTopLevelElement(JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        return context.inArray() && context.hasPathSegment() && parent.inObject() && parent.getParent().inRoot();
    }

    /** Where the parser is now (for errors raised by the parser itself). */
    public Loc here(JsonLocation errorLocation) {
        JsonLocation location = errorLocation != null ? errorLocation : parser.currentLocation();
        int line = location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
        return new Loc(pointer(parser.getParsingContext()), line, column(location));
    }

    /**
     * The RFC 6901 pointer of {@code context}, the same text as {@code context.pathAsPointer().toString()}
     * without building Jackson's pointer object chain (which showed as the reader's top hot spot: a
     * location is taken for every annotation object).
     */
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
    static void appendEscaped(StringBuilder out, String name) {
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

    /** Enters the object the parser is on; reports and skips anything else. */
    public boolean enterObject() throws IOException {
        return expect(JsonToken.START_OBJECT, "an object");
    }

    /** Enters the array the parser is on; reports and skips anything else. */
    public boolean enterArray() throws IOException {
        return expect(JsonToken.START_ARRAY, "an array");
    }

    private boolean expect(JsonToken wanted, String what) throws IOException {
        if (parser.currentToken() == wanted) {
            return true;
        }
        typeError(what);
        return false;
    }

    /**
     * The string the parser is on, or {@code null} after reporting anything else, or a string with
     * an unpaired surrogate (which only a {@code \\u} escape can write, and no UTF-8 file can hold).
     */
    public String string() throws IOException {
        String value = text();
        if (value == null || OffsetIndex.firstLoneSurrogate(value) < 0) {
            return value;
        }
        loneSurrogate("the string", value);
        return null;
    }

    /**
     * The string the parser is on as it is, unpaired surrogates included (the document's text, which
     * the reader checks on its own), or {@code null} after reporting anything else.
     */
    public String text() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        typeError("a string");
        return null;
    }

    /** Reports an unpaired surrogate in {@code value}, the string the parser is on or the name before it. */
    private void loneSurrogate(String what, String value) {
        int at = OffsetIndex.firstLoneSurrogate(value);
        sink.error(DiagnosticCodes.STRING_UNPAIRED_SURROGATE, subject, loc(), what + " " + Texts.quote(value)
                + " has an unpaired surrogate U+" + Integer.toHexString(value.charAt(at)).toUpperCase()
                + " at UTF-16 offset " + at + ", which no UTF-8 file can hold; the value is not read");
    }

    /** A non-empty id without surrounding white space, or {@code null} after reporting. */
    public String id() throws IOException {
        String value = string();
        if (value != null && (value.isEmpty() || !value.strip().equals(value))) {
            sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(),
                    "an id must be non-empty without leading or trailing white space, found " + Texts.quote(value));
            return null;
        }
        return value;
    }

    /** The boolean the parser is on, or {@code null} after reporting anything else. */
    public Boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        typeError("true or false");
        return null;
    }

    /** The number the parser is on as a double, or {@code null} after reporting anything else. */
    public Double number() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        typeError("a number");
        return null;
    }

    /**
     * The integer the parser is on, which must be in {@code [min, Integer.MAX_VALUE]}, or
     * {@code null} after reporting anything else. As in JSON Schema, a number with a zero
     * fractional part ({@code 3.0}, {@code 3e0}) is an integer.
     */
    public Integer integer(int min) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == Math.rint(parser.getDoubleValue())) {
            return integralDouble(min);
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            typeError("an integer");
            return null;
        }
        if (parser.getNumberType() == JsonParser.NumberType.INT && parser.getIntValue() >= min) {
            return parser.getIntValue();
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(), "expected an integer from " + min + " to "
                + Integer.MAX_VALUE + ", found " + Texts.abbreviate(parser.getText()));
        return null;
    }

    private Integer integralDouble(int min) throws IOException {
        double value = parser.getDoubleValue();
        if (value >= min && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(), "expected an integer from " + min + " to "
                + Integer.MAX_VALUE + ", found " + Texts.abbreviate(parser.getText()));
        return null;
    }

    /** The integer the parser is on as a long; throws {@link ArithmeticException} when it does not fit. */
    public long longValue() throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new ArithmeticException("integer too large: " + parser.getText());
        }
        return parser.getLongValue();
    }

    /** The constant of {@code type} named by the string the parser is on, or {@code null} after reporting. */
    public <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        String name = string();
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException notAConstant) {
            // reported below
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(), "expected one of " + Arrays.toString(type.getEnumConstants())
                + ", found " + Texts.quote(name));
        return null;
    }

    /** The value the parser is on, as compact JSON text; the parser ends on the value's last token. */
    public String raw() throws IOException {
        Loc loc = loc();
        String raw = JsonCopy.toCompactText(parser);
        if (OffsetIndex.firstLoneSurrogate(raw) < 0 && !SurrogateEscapes.hasUnpaired(raw)) {
            return raw;
        }
        sink.error(DiagnosticCodes.STRING_UNPAIRED_SURROGATE, subject, loc, "a string in this value has an unpaired surrogate,"
                + " which no UTF-8 file can hold; the value is not kept");
        return null;
    }

    /** Reports that the value the parser is on has the wrong type, and skips it. */
    public void typeError(String expected) throws IOException {
        sink.error(DiagnosticCodes.FIELD_TYPE, subject, loc(), "expected " + expected + ", found " + describe(parser.currentToken()));
        parser.skipChildren();
    }

    /** Reports an unknown field of a nested object, which is not kept, and skips its value. */
    public void unknownNested(String name) throws IOException {
        sink.warning(DiagnosticCodes.FIELD_UNKNOWN, subject, loc(), "unknown field " + Texts.quote(name)
                + " is not kept (unknown fields survive only on documents, annotations, entities and provenance records)");
        parser.skipChildren();
    }

    /** Skips the value the parser is on. */
    public void skip() throws IOException {
        parser.skipChildren();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a decimal number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }
}
