package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link JsonOutput} writing characters to a {@link Writer} through its own buffer. Surrogates go
 * to the writer as they are, paired or not: encoding them is the writer's business.
 * {@link #flush()} flushes the writer; nothing closes it.
 */
final class CharJsonOutput extends JsonOutput {
    /** Characters escaped per round; the buffer always has room for a chunk at six characters each. */
    private static final int CHUNK = 1024;

    private final Writer out;
    private final char[] buffer = new char[1 << 14];
    private final char[] chars = new char[CHUNK];
    private int used;
    /** The text in use, escaped, and where the escaped form of each of its chars starts. */
    private char[] textChars;
    private int[] textStarts;

    CharJsonOutput(Writer out, boolean pretty) {
        super(pretty);
        this.out = out;
    }

    @Override
    void write(Literal literal) throws IOException {
        char[] text = literal.chars;
        if (used + text.length > buffer.length) {
            drain();
        }
        System.arraycopy(text, 0, buffer, used, text.length);
        used += text.length;
    }

    @Override
    void ascii(char c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = c;
    }

    @Override
    void escaped(String s, int from, int to) throws IOException {
        while (from < to) {
            int end = Math.min(to, from + CHUNK);
            s.getChars(from, end, chars, 0);
            escape(chars, 0, end - from);
            from = end;
        }
    }

    private void escaped(char[] text, int from, int to) throws IOException {
        while (from < to) {
            int end = Math.min(to, from + CHUNK);
            escape(text, from, end);
            from = end;
        }
    }

    /** Copies {@code cs[from, to)}, at most {@link #CHUNK} characters, into the buffer, escaped. */
    private void escape(char[] cs, int from, int to) throws IOException {
        if (used + 6 * (to - from) > buffer.length) {
            drain();
        }
        char[] b = buffer;
        int p = used;
        for (int i = from; i < to; i++) {
            p = put(b, p, cs[i]);
        }
        used = p;
    }

    /** Puts {@code c} at {@code p} in {@code b}, escaped if it must be. */
    private static int put(char[] b, int p, char c) {
        if (c >= 0x80 || ESCAPES[c] == 0) {
            b[p++] = c;
            return p;
        }
        b[p++] = '\\';
        int letter = ESCAPES[c];
        if (letter > 0) {
            b[p++] = (char) letter;
            return p;
        }
        b[p++] = 'u';
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = (char) HEX_DIGITS[c >> 4];
        b[p++] = (char) HEX_DIGITS[c & 0xF];
        return p;
    }

    @Override
    void useText(String s) {
        int[] starts = new int[s.length() + 1];
        char[] escaped = new char[s.length() + (s.length() >> 2) + 16];
        int p = 0;
        for (int i = 0; i < s.length(); i++) {
            if (p + 6 > escaped.length) {
                escaped = Arrays.copyOf(escaped, escaped.length * 2);
            }
            starts[i] = p;
            p = put(escaped, p, s.charAt(i));
        }
        starts[s.length()] = p;
        textChars = escaped;
        textStarts = starts;
    }

    @Override
    void textContent(int from, int to) throws IOException {
        int start = textStarts[from];
        int end = textStarts[to];
        while (start < end) {
            if (used == buffer.length) {
                drain();
            }
            int length = Math.min(end - start, buffer.length - used);
            System.arraycopy(textChars, start, buffer, used, length);
            used += length;
            start += length;
        }
    }

    /** Writes the digits two at a time, from the last. */
    @Override
    void digits(int value) throws IOException {
        if (used + 11 > buffer.length) {
            drain();
        }
        int v = value;
        if (v < 0) {
            buffer[used++] = '-';
            v = -v;
        }
        int end = used + digitCount(v);
        int p = end;
        while (v >= 100) {
            int pair = 2 * (v % 100);
            v /= 100;
            buffer[--p] = (char) DIGIT_PAIRS[pair + 1];
            buffer[--p] = (char) DIGIT_PAIRS[pair];
        }
        if (v >= 10) {
            buffer[--p] = (char) DIGIT_PAIRS[2 * v + 1];
            buffer[--p] = (char) DIGIT_PAIRS[2 * v];
        } else {
            buffer[--p] = (char) ('0' + v);
        }
        used = end;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    void flush() throws IOException {
        drain();
        out.flush();
    }
}
