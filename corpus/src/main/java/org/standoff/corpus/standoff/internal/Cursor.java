package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import org.standoff.core.text.OffsetIndex;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * A streaming JSON parser over UTF-8 bytes in memory, with the typed reads the decoders need.
 * Every token passes through it and so through {@link TokenChecks}, which rejects a repeated key,
 * nesting deeper than the limit and a number longer than the limit. Each typed read expects the
 * parser to be on a value; on a type or value problem it reports a diagnostic at the value's place
 * ({@link Locator}), skips the value and returns {@code null}, so decoding goes on and every
 * problem is reported. Parser and I/O exceptions pass through to the reader's boundary.
 */
final class Cursor {
    /** What {@link #nextField(FieldNames, int)} returns for a name not in the table, and at the object's end. */
    static final int UNKNOWN = -1;
    static final int END = -2;

    private final JsonParser parser;
    private final Locator locator;
    private final TokenChecks checks;
    private final InPlace inPlace;
    /** Field names found without an unpaired surrogate, by their hash ({@link #isClean}). */
    private final String[] cleanNames = new String[64];
    private final Sink sink;
    private final int maxStringLength;
    /** The states of decoding the open objects, by depth ({@link #objectState}). */
    private ObjectState[] states = new ObjectState[8];
    private String subject;
    /** References remembered ({@link #reference}): their type, their plain ASCII value, the reference. */
    private static final int RECENT = 4;
    private final Object[] recentTypes = new Object[RECENT];
    private final String[] recentValues = new String[RECENT];
    private final Object[] recentRefs = new Object[RECENT];
    private int nextRecent;
    /** The name of the field the parser is in. */
    private String name;
    /** The resolver of the document's text once both are read (and the text holds no unpaired surrogate). */
    private Resolver early;

    /**
     * @param factory    the factory that made {@code parser}, for finding places again ({@link Locator})
     * @param input      the UTF-8 bytes the parser reads (its byte offsets are offsets into them)
     * @param length     how many of them it reads
     * @param lineOffset added to every line number (for a document that is one line of a larger file)
     */
    Cursor(JsonFactory factory, JsonParser parser, byte[] input, int length, Sink sink, int lineOffset, ReaderOptions options) {
        this.parser = parser;
        this.locator = new Locator(factory, input, length, lineOffset);
        this.checks = new TokenChecks(parser, locator, options);
        this.inPlace = new InPlace(input, length, options.maxStringLength());
        this.sink = sink;
        this.maxStringLength = options.maxStringLength();
    }

    Sink sink() {
        return sink;
    }

    Resolver early() {
        return early;
    }

    void early(Resolver resolver) {
        this.early = resolver;
    }

    /** Sets the id value that diagnostics are about until the next {@link #subject(String)}. */
    void subject(String idValue) {
        this.subject = idValue;
    }

    String subject() {
        return subject;
    }

    /** Moves to the next token. */
    JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token != null) {
            checks.token(token);
        }
        return token;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /**
     * Moves past the next field name of the current object onto its value and returns the name, or
     * returns {@code null} at the object's end. For objects of free keys; the fields of a kind of
     * object are read with {@link #nextField(FieldNames, int)}.
     */
    String nextField() throws IOException {
        for (String next = parser.nextFieldName(); next != null; next = parser.nextFieldName()) {
            checks.key(next, null, UNKNOWN);
            checks.token(parser.nextToken());
            if (isClean(next)) {
                return next;
            }
            loneSurrogate("the field name", next);
            skip();
        }
        end();
        return null;
    }

    /**
     * Moves past the next field name of the current object onto its value and returns its index in
     * {@code names}, or {@link #UNKNOWN} for another name ({@link #name()}), or {@link #END} at the
     * object's end. The name at {@code expected} is tried first: a canonical file has the fields in
     * the table's order.
     */
    int nextField(FieldNames names, int expected) throws IOException {
        for (String next = parser.nextFieldName(); next != null; next = parser.nextFieldName()) {
            name = next;
            int index = names.indexOf(next, expected);
            checks.key(next, names, index);
            checks.token(parser.nextToken());
            if (index >= 0 || isClean(next)) {
                return index;
            }
            loneSurrogate("the field name", next);
            skip();
        }
        end();
        return END;
    }

    /** The name of the field the parser is in, after {@link #nextField(FieldNames, int)}. */
    String name() {
        return name;
    }

    private void end() throws IOException {
        if (parser.currentToken() != null) {
            checks.token(parser.currentToken());
        }
    }

    /**
     * Whether the field name {@code name} has no unpaired surrogate. The parser interns names, so
     * one found clean is remembered by identity and not scanned again.
     */
    private boolean isClean(String name) {
        int slot = name.hashCode() & (cleanNames.length - 1);
        if (cleanNames[slot] == name) {
            return true;
        }
        if (OffsetIndex.firstLoneSurrogate(name) >= 0) {
            return false;
        }
        cleanNames[slot] = name;
        return true;
    }

    /**
     * The state of decoding the object the parser has just entered, started afresh: one per depth
     * of open objects, reused for the next object at that depth (see {@link ObjectState}).
     */
    ObjectState objectState(boolean keepsUnknown) {
        int frame = checks.objectFrame();
        if (frame >= states.length) {
            states = Arrays.copyOf(states, Math.max(frame + 1, states.length * 2));
        }
        ObjectState state = states[frame];
        if (state == null) {
            state = states[frame] = new ObjectState(this, frame);
        }
        return state.start(keepsUnknown);
    }


    /** Whether the object of {@code frame}, open or just closed, had the key {@code name} (see {@link TokenChecks#hadKey}). */
    boolean hadKey(int frame, String name) {
        return checks.hadKey(frame, name);
    }

    /** Moves onto the next element of the current array; {@code false} at its end. */
    boolean nextElement() throws IOException {
        return next() != JsonToken.END_ARRAY;
    }

    /** Where the current token starts (a value's place is found only when asked for: see {@link Locator}). */
    Loc loc() {
        return locator.of(parser);
    }

    /** The ordinal of the object the parser has started last, among the objects of the input. */
    int lastObject() {
        return checks.lastObject();
    }

    /** Where the object of {@code ordinal} among the objects of the input is (found only when asked for). */
    Loc objectLoc(int ordinal) {
        return Loc.object(locator, ordinal);
    }

    /** Where the parser is now, or {@code errorLocation} (for errors raised by the parser itself). */
    Loc here(JsonLocation errorLocation) {
        return locator.here(parser, errorLocation);
    }

    int maxStringLength() {
        return maxStringLength;
    }

    /** Enters the object the parser is on; reports and skips anything else. */
    boolean enterObject() throws IOException {
        return expect(JsonToken.START_OBJECT, "an object");
    }

    /** Enters the array the parser is on; reports and skips anything else. */
    boolean enterArray() throws IOException {
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
    String string() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            typeError("a string");
            return null;
        }
        String plain = inPlace.plainAscii(Locator.tokenOffset(parser));
        if (plain != null) {
            return plain;
        }
        String value = parser.getText();
        if (OffsetIndex.firstLoneSurrogate(value) < 0) {
            return value;
        }
        loneSurrogate("the string", value);
        return null;
    }

    /**
     * Whether the string the parser is on is written in the input as the bytes {@code utf8[from, to)}
     * (see {@link InPlace#equals}); the parser then skips it without decoding it.
     */
    boolean inputEquals(byte[] utf8, int from, int to) {
        return inPlace.equals(Locator.tokenOffset(parser), utf8, from, to);
    }

    /** Whether the string the parser is on is {@code chars[from, to)}, compared where the parser holds it. */
    boolean stringEquals(char[] chars, int from, int to) throws IOException {
        int offset = parser.getTextOffset();
        return Arrays.equals(parser.getTextCharacters(), offset, offset + parser.getTextLength(), chars, from, to);
    }

    /**
     * The string the parser is on as it is, unpaired surrogates included (the document's text, which
     * the reader checks on its own), or {@code null} after reporting anything else.
     */
    String text() throws IOException {
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
    String id() throws IOException {
        String value = string();
        if (value != null && !isStripped(value)) {
            sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(),
                    "an id must be non-empty without leading or trailing white space, found " + Texts.quote(value));
            return null;
        }
        return value;
    }

    /** Whether {@code value} is not empty and {@code value.strip()} is {@code value}. */
    private static boolean isStripped(String value) {
        int last = value.length() - 1;
        return last >= 0 && (value.charAt(0) > ' ' && value.charAt(0) < 0x80 || !Character.isWhitespace(value.codePointAt(0)))
                && (value.charAt(last) > ' ' && value.charAt(last) < 0x80 || !Character.isWhitespace(value.codePointBefore(last + 1)));
    }

    /**
     * The reference the parser is on, made by {@code of} from a valid {@link #id()}, or {@code null}
     * after reporting. The last few references written plainly (ASCII without escapes) are
     * remembered with {@code type}, and one written again is found in the input without making it
     * again: every annotation of a file names one of a few provenance records.
     */
    Object reference(Object type, Function<String, ?> of) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            String id = id();
            return id == null ? null : of.apply(id);
        }
        long at = Locator.tokenOffset(parser);
        for (int k = 0; k < RECENT; k++) {
            if (recentTypes[k] == type && inPlace.isPlain(at, recentValues[k])) {
                return recentRefs[k];
            }
        }
        String plain = inPlace.plainAscii(at);
        if (plain == null || !isStripped(plain)) {
            String id = id();
            return id == null ? null : of.apply(id);
        }
        Object ref = of.apply(plain);
        int k = nextRecent++ & (RECENT - 1);
        recentTypes[k] = type;
        recentValues[k] = plain;
        recentRefs[k] = ref;
        return ref;
    }

    /** The boolean the parser is on, or {@code null} after reporting anything else. */
    Boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        typeError("true or false");
        return null;
    }

    /** The number the parser is on as a double, or {@code null} after reporting anything else. */
    Double number() throws IOException {
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
    Integer integer(int min) throws IOException {
        int value = natural(min);
        return value < 0 ? null : value;
    }

    /** {@link #integer(int)} with {@code min >= 0} as an {@code int}: -1 after reporting. */
    int natural(int min) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                && parser.getIntValue() >= min) {
            return parser.getIntValue();
        }
        boolean integral = token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == Math.rint(parser.getDoubleValue());
        if (!integral) {
            typeError("an integer");
            return -1;
        }
        double value = parser.getDoubleValue();
        if (token == JsonToken.VALUE_NUMBER_FLOAT && value >= min && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(), "expected an integer from " + min + " to "
                + Integer.MAX_VALUE + ", found " + Texts.abbreviate(parser.getText()));
        return -1;
    }

    /** The integer the parser is on as a long; throws {@link ArithmeticException} when it does not fit. */
    long longValue() throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new ArithmeticException("integer too large: " + parser.getText());
        }
        return parser.getLongValue();
    }

    /** The constant of {@code type} named by the string the parser is on, or {@code null} after reporting. */
    <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        E[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = constant.name();
        }
        return constant(constants, names, Literal.quotedNames(constants));
    }

    /**
     * The one of {@code constants} whose name in {@code names} ({@code quoted} in {@code quoted}) the
     * string the parser is on is, or {@code null} after reporting. A name written as it is in the
     * input is found there, without decoding the string.
     */
    <E> E constant(E[] constants, String[] names, Literal[] quoted) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            int i = inPlace.which(Locator.tokenOffset(parser), quoted);
            if (i >= 0) {
                return constants[i];
            }
        }
        String value = string();
        if (value == null) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(value)) {
                return constants[i];
            }
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(), "expected one of " + Arrays.toString(names) + ", found "
                + Texts.quote(value));
        return null;
    }

    /** The value the parser is on, as compact JSON text; the parser ends on the value's last token. */
    String raw() throws IOException {
        Loc loc = loc();
        String raw = compactText();
        if (OffsetIndex.firstLoneSurrogate(raw) < 0 && !SurrogateEscapes.hasUnpaired(raw)) {
            return raw;
        }
        sink.error(DiagnosticCodes.STRING_UNPAIRED_SURROGATE, subject, loc, "a string in this value has an unpaired surrogate,"
                + " which no UTF-8 file can hold; the value is not kept");
        return null;
    }

    /** The value the parser is on as compact JSON, number literals as written ({@code 1e10} stays so). */
    private String compactText() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String plain = inPlace.plainAscii(Locator.tokenOffset(parser));
            if (plain != null) {
                return '"' + plain + '"';
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        JsonOutput out = new Utf8JsonOutput(text, false);
        int open = 0;
        for (JsonToken token = parser.currentToken(); ; token = next()) {
            open += JsonCopy.token(token, parser, out);
            if (open == 0) {
                out.flush();
                return text.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Reports that the value the parser is on has the wrong type, and skips it. */
    void typeError(String expected) throws IOException {
        sink.error(DiagnosticCodes.FIELD_TYPE, subject, loc(), "expected " + expected + ", found " + describe(parser.currentToken()));
        skip();
    }

    /** Reports an unknown field of a nested object, which is not kept, and skips its value. */
    void unknownNested(String name) throws IOException {
        sink.warning(DiagnosticCodes.FIELD_UNKNOWN, subject, loc(), "unknown field " + Texts.quote(name)
                + " is not kept (unknown fields survive only on documents, annotations, entities and provenance records)");
        skip();
    }

    /** Skips the value the parser is on, checking its keys and nesting. */
    void skip() throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        for (int open = 1; open > 0; ) {
            JsonToken next = next();
            if (next == null) {
                return;
            }
            open += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
        }
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
