package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.Arrays;

/**
 * A streaming JSON emitter in the canonical layout of standoff JSON, compact (one line, for JSON
 * Lines) or pretty (the file layout): the document object has one field per line, indented by two
 * spaces; a <em>block</em> array has one element per line, indented by four spaces, its closing
 * bracket on its own line indented by two; everything else is on one line with {@code ", "} between
 * entries and {@code ": "} after names. Empty containers are {@code {}} and {@code []}.
 *
 * <p>Strings are escaped as Jackson's generator does by default, which the canonical bytes were
 * first defined by: {@code "} and {@code \} with a backslash, the control characters below U+0020
 * as {@code \b \t \n \f \r} or <code>&#92;u00XX</code> (upper-case hex digits); every other character,
 * supplementary ones included, is written as itself. How a character becomes bytes or chars is the
 * subclass's business ({@link Utf8JsonOutput}).
 *
 * <p>Callers nest their calls correctly (a name before each value in an object); nothing is
 * checked. Not thread-safe.
 */
abstract class JsonOutput {
    /** For a character below 0x80: 0 when written as itself, -1 for <code>&#92;u00XX</code>, else the letter after the backslash. */
    static final int[] ESCAPES = new int[0x80];
    static final byte[] HEX_DIGITS = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
    /** The two digits of 0 to 99 at twice the number: "00", "01", …, "99". */
    static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        Arrays.fill(ESCAPES, 0, 0x20, -1);
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private static final Literal PRETTY_SEPARATOR = Literal.of(", ");
    private static final Literal COMPACT_SEPARATOR = Literal.of(",");
    private static final Literal PRETTY_COLON = Literal.of(": ");
    private static final Literal COMPACT_COLON = Literal.of(":");
    private static final Literal FIRST_FIELD = Literal.of("\n  ");
    private static final Literal NEXT_FIELD = Literal.of(",\n  ");
    private static final Literal LAST_FIELD = Literal.of("\n}");
    private static final Literal FIRST_ELEMENT = Literal.of("\n    ");
    private static final Literal NEXT_ELEMENT = Literal.of(",\n    ");
    private static final Literal LAST_ELEMENT = Literal.of("\n  ]");
    private static final Literal TRUE = Literal.of("true");
    private static final Literal FALSE = Literal.of("false");
    private static final Literal NULL = Literal.of("null");

    /** Flags of an open container. */
    private static final int ARRAY = 1;
    private static final int BLOCK = 2;
    private static final int FILLED = 4;

    private final boolean pretty;
    private final Literal separator;
    private final Literal colon;
    private int[] open = new int[16];
    private int depth;

    JsonOutput(boolean pretty) {
        this.pretty = pretty;
        this.separator = pretty ? PRETTY_SEPARATOR : COMPACT_SEPARATOR;
        this.colon = pretty ? PRETTY_COLON : COMPACT_COLON;
    }

    /** Writes {@code literal}. */
    abstract void write(Literal literal) throws IOException;

    /** Writes the ASCII character {@code c}. */
    abstract void ascii(char c) throws IOException;

    /** Writes {@code s.substring(from, to)} escaped, without quotes; a surrogate pair is whole only inside that range. */
    abstract void escaped(String s, int from, int to) throws IOException;

    /**
     * Makes {@code text} the text of {@link #textString} and {@link #textContent}: it is escaped and
     * encoded once here, and its ranges are copied from that.
     */
    abstract void useText(String text);

    /**
     * Writes the range {@code [from, to)} of the text in use, escaped, without quotes, as
     * {@link #escaped(String, int, int)} would; a surrogate pair is whole only inside that range.
     */
    abstract void textContent(int from, int to) throws IOException;

    /** Writes {@code value} in decimal; {@code value > Integer.MIN_VALUE}. */
    abstract void digits(int value) throws IOException;

    /** Hands everything written so far to the target and flushes it. */
    abstract void flush() throws IOException;

    /** Starts an object: the document object when nothing is open (one field per line when pretty). */
    final void startObject() throws IOException {
        beforeValue();
        push(pretty && depth == 0 ? BLOCK : 0);
        ascii('{');
    }

    final void endObject() throws IOException {
        if (open[--depth] == (BLOCK | FILLED)) {
            write(LAST_FIELD);
        } else {
            ascii('}');
        }
    }

    /** Starts an array on one line. */
    final void startArray() throws IOException {
        beforeValue();
        push(ARRAY);
        ascii('[');
    }

    /** Starts an array with one element per line when pretty. */
    final void startBlockArray() throws IOException {
        beforeValue();
        push(pretty ? ARRAY | BLOCK : ARRAY);
        ascii('[');
    }

    final void endArray() throws IOException {
        if (open[--depth] == (ARRAY | BLOCK | FILLED)) {
            write(LAST_ELEMENT);
        } else {
            ascii(']');
        }
    }

    /** The name of the next field, with the separators before and after it. */
    final void name(FieldName name) throws IOException {
        int flags = open[depth - 1];
        open[depth - 1] = flags | FILLED;
        if ((flags & BLOCK) != 0) {
            write((flags & FILLED) != 0 ? NEXT_FIELD : FIRST_FIELD);
            write(pretty ? name.prettyFirst : name.compactFirst);
        } else if ((flags & FILLED) != 0) {
            write(pretty ? name.prettyNext : name.compactNext);
        } else {
            write(pretty ? name.prettyFirst : name.compactFirst);
        }
    }

    /** The name of the next field. */
    final void name(String name) throws IOException {
        beforeName();
        ascii('"');
        escaped(name, 0, name.length());
        ascii('"');
        write(colon);
    }

    final void string(String value) throws IOException {
        string(value, 0, value.length());
    }

    /** The string {@code s.substring(from, to)}, without making it. */
    final void string(String s, int from, int to) throws IOException {
        beforeValue();
        ascii('"');
        escaped(s, from, to);
        ascii('"');
    }

    /** The string of the range {@code [from, to)} of the text in use. */
    final void textString(int from, int to) throws IOException {
        beforeValue();
        ascii('"');
        textContent(from, to);
        ascii('"');
    }

    /** Starts a string value whose content is written by {@link #stringContent} and {@link #textContent} calls, then {@link #endString()}. */
    final void startString() throws IOException {
        beforeValue();
        ascii('"');
    }

    final void stringContent(String s) throws IOException {
        escaped(s, 0, s.length());
    }

    final void endString() throws IOException {
        ascii('"');
    }

    final void number(long value) throws IOException {
        beforeValue();
        if (value >= -Integer.MAX_VALUE && value <= Integer.MAX_VALUE) {
            digits((int) value);
            return;
        }
        String decimal = Long.toString(value);
        escaped(decimal, 0, decimal.length());
    }

    /** A finite double, as {@link Double#toString(double)} writes it. */
    final void number(double value) throws IOException {
        numberText(Double.toString(value));
    }

    /** A JSON number literal, written as it is. */
    final void numberText(String literal) throws IOException {
        beforeValue();
        escaped(literal, 0, literal.length());
    }

    /** A value written as it is: a quoted string that needs no escaping, or a keyword. */
    final void value(Literal literal) throws IOException {
        beforeValue();
        write(literal);
    }

    final void bool(boolean value) throws IOException {
        value(value ? TRUE : FALSE);
    }

    final void nullValue() throws IOException {
        value(NULL);
    }

    /** A field whose value is a string (a value after a name needs no separator). */
    final void stringField(FieldName name, String value) throws IOException {
        name(name);
        ascii('"');
        escaped(value, 0, value.length());
        ascii('"');
    }

    /** A field whose value is a number. */
    final void numberField(FieldName name, long value) throws IOException {
        name(name);
        if (value >= -Integer.MAX_VALUE && value <= Integer.MAX_VALUE) {
            digits((int) value);
        } else {
            number(value);
        }
    }

    /** A field whose value is written as it is (see {@link #value(Literal)}). */
    final void valueField(FieldName name, Literal literal) throws IOException {
        name(name);
        write(literal);
    }

    /** Ends the output: a final newline when pretty, then {@link #flush()}. */
    final void finish() throws IOException {
        if (pretty) {
            ascii('\n');
        }
        flush();
    }

    private void push(int flags) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = flags;
    }

    private void beforeName() throws IOException {
        int flags = open[depth - 1];
        open[depth - 1] = flags | FILLED;
        if ((flags & FILLED) != 0) {
            write((flags & BLOCK) != 0 ? NEXT_FIELD : separator);
        } else if ((flags & BLOCK) != 0) {
            write(FIRST_FIELD);
        }
    }

    /** The separator before a value; none at the top or after a name. */
    private void beforeValue() throws IOException {
        int flags = depth == 0 ? 0 : open[depth - 1];
        if ((flags & ARRAY) == 0) {
            return;
        }
        open[depth - 1] = flags | FILLED;
        if ((flags & FILLED) != 0) {
            write((flags & BLOCK) != 0 ? NEXT_ELEMENT : separator);
        } else if ((flags & BLOCK) != 0) {
            write(FIRST_ELEMENT);
        }
    }

    /** The number of decimal digits of {@code value >= 0}. */
    static int digitCount(int value) {
        int count = 1;
        for (int limit = 10; value >= limit && count < 10; limit *= 10) {
            count++;
        }
        return count;
    }
}
