package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.standoff.core.text.OffsetIndex;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * A streaming JSON parser over UTF-8 bytes in memory, with the typed reads the decoders need.
 * Every token passes through it, so it is the one place that rejects a key repeated in an object,
 * nesting deeper than the limit and a number longer than the limit ({@link Fatal}). Each typed
 * read expects the parser to be on a value; on a type or value problem it reports a diagnostic at
 * the value's JSON pointer, skips the value and returns {@code null}, so decoding goes on and every
 * problem is reported. Parser and I/O exceptions pass through to the reader's boundary.
 */
final class Cursor {
    /** Keys an object may have before they are kept in a set instead of scanned. */
    private static final int SCANNED = 16;

    private final JsonParser parser;
    private final JsonFactory factory;
    private final int length;
    private Locator locator;
    /** Field names found without an unpaired surrogate, by their hash ({@link #isClean}). */
    private final String[] cleanNames = new String[64];
    private final Sink sink;
    private final int lineOffset;
    private final byte[] input;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private String subject;
    /** The resolver of the document's text and unit once both are read (and the text holds no unpaired surrogate). */
    private Resolver early;
    /** Open arrays and objects. */
    private int depth;
    /** The keys of each open object, innermost at {@link #objects} - 1. */
    private String[][] keys = new String[8][];
    private int[] keyCounts = new int[8];
    private Set<?>[] keySets = new Set<?>[8];
    private int objects;

    /**
     * @param factory    the factory that made {@code parser}, for finding places again ({@link Locator})
     * @param input      the UTF-8 bytes the parser reads (its byte offsets are offsets into them)
     * @param length     how many of them it reads
     * @param lineOffset added to every line number (for a document that is one line of a larger file)
     */
    Cursor(JsonFactory factory, JsonParser parser, byte[] input, int length, Sink sink, int lineOffset, ReaderOptions options) {
        this.factory = factory;
        this.length = length;
        this.parser = parser;
        this.input = input;
        this.sink = sink;
        this.lineOffset = lineOffset;
        this.maxNestingDepth = options.maxNestingDepth();
        this.maxNumberLength = options.maxNumberLength();
        this.maxStringLength = options.maxStringLength();
    }

    /** What stops reading a document (a repeated key, a limit): one fatal diagnostic. */
    static final class Fatal extends IOException {
        private static final long serialVersionUID = 1L;
        final String code;
        final transient Loc loc;

        Fatal(String code, Loc loc, String message) {
            super(message, null);
            this.code = code;
            this.loc = loc;
        }
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

    int maxStringLength() {
        return maxStringLength;
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
            track(token);
        }
        return token;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** The bookkeeping of every token: nesting, keys, number lengths. */
    private void track(JsonToken token) throws IOException {
        switch (token.id()) {
            case JsonTokenId.ID_START_OBJECT:
                open();
                openObject();
                break;
            case JsonTokenId.ID_START_ARRAY:
                open();
                break;
            case JsonTokenId.ID_END_OBJECT:
                depth--;
                objects--;
                break;
            case JsonTokenId.ID_END_ARRAY:
                depth--;
                break;
            case JsonTokenId.ID_FIELD_NAME:
                key(parser.currentName());
                break;
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                if (parser.getTextLength() > maxNumberLength) {
                    throw new Fatal(DiagnosticCodes.LIMIT_NUMBER_LENGTH, here(null), "Number value length ("
                            + parser.getTextLength() + ") exceeds the maximum allowed (" + maxNumberLength
                            + ") (ReaderOptions.maxNumberLength)");
                }
                break;
            default:
                break;
        }
    }

    private void open() throws Fatal {
        if (++depth > maxNestingDepth) {
            throw new Fatal(DiagnosticCodes.LIMIT_NESTING_DEPTH, here(null), "Document nesting depth (" + depth
                    + ") exceeds the maximum allowed (" + maxNestingDepth + ") (ReaderOptions.maxNestingDepth)");
        }
    }

    private void openObject() {
        if (objects == keys.length) {
            keys = Arrays.copyOf(keys, objects * 2);
            keyCounts = Arrays.copyOf(keyCounts, objects * 2);
            keySets = Arrays.copyOf(keySets, objects * 2);
        }
        keyCounts[objects] = 0;
        keySets[objects] = null;
        objects++;
    }

    /** Records the key the parser is on in its object; a key the object already has is fatal. */
    @SuppressWarnings("unchecked")
    private void key(String name) throws Fatal {
        int at = objects - 1;
        Set<String> set = (Set<String>) keySets[at];
        if (set != null) {
            if (!set.add(name)) {
                throw duplicate(name);
            }
            return;
        }
        String[] names = keys[at];
        int count = keyCounts[at];
        for (int i = 0; i < count; i++) {
            if (names[i] == name) { // the parser interns names, so equal names are one instance
                throw duplicate(name);
            }
        }
        if (count == SCANNED) {
            set = new HashSet<>(Arrays.asList(names));
            set.add(name);
            keySets[at] = set;
            return;
        }
        if (names == null) {
            names = keys[at] = new String[SCANNED];
        }
        names[count] = name;
        keyCounts[at] = count + 1;
    }

    /** The frame of the innermost open object, for {@link #hadKey}. */
    int objectFrame() {
        return objects - 1;
    }

    /** Whether the object of {@code frame}, open or just closed (no object opened at its depth since), had the key {@code name}. */
    @SuppressWarnings("unchecked")
    boolean hadKey(int frame, String name) {
        if (keySets[frame] != null) {
            return ((Set<String>) keySets[frame]).contains(name);
        }
        for (int i = 0; i < keyCounts[frame]; i++) {
            if (keys[frame][i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A repeated key, reported just after its closing quote. */
    private Fatal duplicate(String name) {
        JsonLocation start = parser.currentTokenLocation();
        long quote = start.getByteOffset();
        long end = quote + 1;
        while (end < input.length && input[(int) end] != '"') {
            end += input[(int) end] == '\\' ? 2 : 1;
        }
        end++;
        Loc loc = Loc.inBytes(pointer(parser.getParsingContext()), line(start), start.getColumnNr() + (int) (end - quote),
                input, end);
        return new Fatal(DiagnosticCodes.JSON_DUPLICATE_KEY, loc, "duplicate key " + Texts.quote(name).replace('"', '\''));
    }

    /**
     * Moves past the next field name of the current object onto its value and returns the name, or
     * returns {@code null} at the object's end.
     */
    String nextField() throws IOException {
        String name = parser.nextFieldName();
        while (name != null) {
            key(name);
            track(parser.nextToken());
            if (isClean(name)) {
                return name;
            }
            loneSurrogate("the field name", name);
            skip();
            name = parser.nextFieldName();
        }
        if (parser.currentToken() != null) {
            track(parser.currentToken());
        }
        return null;
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

    /** Moves onto the next element of the current array; {@code false} at its end. */
    boolean nextElement() throws IOException {
        return next() != JsonToken.END_ARRAY;
    }

    private int line(JsonLocation location) {
        return location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
    }

    /** Where the current token starts (found only when asked for: see {@link Loc#lazy}). */
    Loc loc() {
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
            return Loc.lazy(locator(), tokenOffset(parser));
        }
        return at(parser, input, lineOffset);
    }

    private long tokenOffset() {
        return tokenOffset(parser);
    }

    /**
     * The byte offset in the input of the current token of {@code parser} (not a field name), as
     * {@code currentTokenLocation()} has it, without making a location: the byte parser's token
     * offset is one past the token's start.
     */
    private static long tokenOffset(JsonParser parser) {
        return parser instanceof UTF8StreamJsonParser ? ((ParserBase) parser).getTokenCharacterOffset() - 1
                : parser.currentTokenLocation().getByteOffset();
    }

    private Locator locator() {
        if (locator == null) {
            locator = new Locator(factory, input, length, lineOffset);
        }
        return locator;
    }

    /** Where the current token of {@code parser} starts. */
    private static Loc at(JsonParser parser, byte[] input, int lineOffset) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
        return Loc.inBytes(pointer(context), line, location.getColumnNr(), input, location.getByteOffset());
    }

    /**
     * Finds the place of a token by its byte offset, reading the input again with a parser of the
     * same factory up to it: places are taken for every object but found only for a diagnostic.
     * Places are mostly asked for in input order, so the parser goes on from the last one found.
     */
    static final class Locator {
        private final JsonFactory factory;
        private final byte[] input;
        private final int length;
        private final int lineOffset;
        private JsonParser parser;

        private Locator(JsonFactory factory, byte[] input, int length, int lineOffset) {
            this.factory = factory;
            this.input = input;
            this.length = length;
            this.lineOffset = lineOffset;
        }

        Loc locate(long byteOffset) {
            try {
                if (parser == null || byteOffset < tokenOffset(parser)) {
                    if (parser != null) {
                        parser.close();
                    }
                    parser = factory.createParser(input, 0, length);
                    parser.nextToken();
                }
                for (JsonToken token = parser.currentToken(); token != null; token = parser.nextToken()) {
                    long at = tokenOffset(parser);
                    if (at == byteOffset && token != JsonToken.FIELD_NAME) {
                        return at(parser, input, lineOffset);
                    }
                    if (at > byteOffset) {
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the input was read up to the place already; should it not be found, line and column still are
            }
            parser = null;
            return Utf8.locate(input, (int) Math.min(byteOffset, input.length), lineOffset);
        }
    }

    /** Where the parser is now, or {@code errorLocation} (for errors raised by the parser itself). */
    Loc here(JsonLocation errorLocation) {
        JsonLocation location = errorLocation != null ? errorLocation : parser.currentLocation();
        return Loc.inBytes(pointer(parser.getParsingContext()), line(location), Math.max(location.getColumnNr(), 0),
                input, location.getByteOffset());
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
        String plain = plainAscii();
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
     * The string the parser is on when the input writes it as printable ASCII without escapes, which
     * is then its value exactly, taken from the input (the parser skips it without decoding it);
     * else {@code null}. Ids, references and constants are nearly always such strings.
     */
    private String plainAscii() {
        int at = (int) tokenOffset() + 1;
        if (at < 1 || at > input.length || input[at - 1] != '"') {
            return null;
        }
        int end = at;
        int limit = (int) Math.min(input.length, (long) at + maxStringLength);
        while (end < limit && input[end] >= ' ' && input[end] != '"' && input[end] != '\\' && input[end] != 0x7F) {
            end++; // a byte from 0x80 up is negative
        }
        return end < input.length && input[end] == '"' ? new String(input, at, end - at, StandardCharsets.ISO_8859_1) : null;
    }

    /**
     * Whether the string the parser is on is written in the input as the bytes {@code utf8[from, to)},
     * with escapes of ASCII characters read as the characters they stand for, which makes it their
     * text; {@code false} when it is not, or is written otherwise (an escape of a non-ASCII
     * character). The parser then skips the string without decoding it.
     */
    boolean inputEquals(byte[] utf8, int from, int to) {
        int at = (int) tokenOffset();
        if (at < 0 || at >= length || input[at] != '"') {
            return false;
        }
        int j = from;
        for (int i = at + 1; i < length; ) {
            byte b = input[i];
            if (b == '"') {
                return j == to;
            }
            if (j == to || b >= 0 && b < ' ') {
                return false;
            }
            if (b != '\\') {
                if (b != utf8[j++]) {
                    return false;
                }
                i++;
                continue;
            }
            int c = i + 1 < length ? escaped(i + 1) : -1;
            if (c < 0 || c != utf8[j++]) {
                return false;
            }
            i += input[i + 1] == 'u' ? 6 : 2;
        }
        return false;
    }

    /** The ASCII character of the escape whose letter is at {@code at} (after the backslash), or -1. */
    private int escaped(int at) {
        switch (input[at]) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (at + 4 >= length) {
                    return -1;
                }
                int value = 0;
                for (int k = 1; k <= 4; k++) {
                    int digit = Character.digit(input[at + k], 16);
                    if (digit < 0) {
                        return -1;
                    }
                    value = value * 16 + digit;
                }
                return value < 0x80 ? value : -1;
            default: return -1;
        }
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
        if (value != null && (value.isEmpty() || !value.strip().equals(value))) {
            sink.error(DiagnosticCodes.FIELD_VALUE, subject, loc(),
                    "an id must be non-empty without leading or trailing white space, found " + Texts.quote(value));
            return null;
        }
        return value;
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
        return constant(constants, names);
    }

    /** The one of {@code constants} whose name in {@code names} the string the parser is on is, or {@code null} after reporting. */
    <E> E constant(E[] constants, String[] names) throws IOException {
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
            String plain = plainAscii();
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
