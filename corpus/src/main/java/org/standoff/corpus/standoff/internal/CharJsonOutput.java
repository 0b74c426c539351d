package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.Writer;

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
    private int used;

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
            if (used + 6 * (end - from) > buffer.length) {
                drain();
            }
            escape(s, from, end);
            from = end;
        }
    }

    /** Copies {@code s.substring(from, end)} into the buffer, escaped. */
    private void escape(String s, int from, int end) {
        char[] b = buffer;
        int p = used;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || ESCAPES[c] == 0) {
                b[p++] = c;
                continue;
            }
            b[p++] = '\\';
            int letter = ESCAPES[c];
            if (letter > 0) {
                b[p++] = (char) letter;
                continue;
            }
            b[p++] = 'u';
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = (char) HEX_DIGITS[c >> 4];
            b[p++] = (char) HEX_DIGITS[c & 0xF];
        }
        used = p;
    }

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
        do {
            buffer[--p] = (char) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
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
