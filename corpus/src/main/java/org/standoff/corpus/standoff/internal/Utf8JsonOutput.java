package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link JsonOutput} writing UTF-8 to an output stream through its own byte buffer. Its bytes are
 * those of {@code new OutputStreamWriter(out, UTF_8)} given the same characters: an unpaired
 * surrogate becomes {@code ?}, that encoder's replacement; a surrogate pair becomes four bytes.
 * {@link #flush()} flushes {@code out}; nothing closes it.
 */
final class Utf8JsonOutput extends JsonOutput {
    /** Characters encoded per round; the buffer always has room for a chunk at six bytes each. */
    private static final int CHUNK = 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 13];
    private int used;

    Utf8JsonOutput(OutputStream out, boolean pretty) {
        super(pretty);
        this.out = out;
    }

    @Override
    void write(Literal literal) throws IOException {
        byte[] bytes = literal.bytes;
        if (used + bytes.length > buffer.length) {
            drain();
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    @Override
    void ascii(char c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) c;
    }

    @Override
    void escaped(String s, int from, int to) throws IOException {
        while (from < to) {
            int end = Math.min(to, from + CHUNK);
            if (used + 6 * (end - from) > buffer.length) {
                drain();
            }
            from = encode(s, from, end, to);
        }
    }

    /**
     * Encodes {@code s} from {@code from} to about {@code end} into the buffer: past {@code end} by
     * one when a surrogate pair starts just before it. Returns where it stopped.
     */
    private int encode(String s, int from, int end, int to) {
        byte[] b = buffer;
        int p = used;
        int i = from;
        while (i < end) {
            char c = s.charAt(i++);
            if (c < 0x80) {
                if (ESCAPES[c] == 0) {
                    b[p++] = (byte) c;
                } else {
                    p = escape(c, p);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(s.charAt(i))) {
                int cp = Character.toCodePoint(c, s.charAt(i++));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = '?';
            }
        }
        used = p;
        return i;
    }

    private int escape(char c, int at) {
        byte[] b = buffer;
        int p = at;
        b[p++] = '\\';
        int letter = ESCAPES[c];
        if (letter > 0) {
            b[p++] = (byte) letter;
            return p;
        }
        b[p++] = 'u';
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = HEX_DIGITS[c >> 4];
        b[p++] = HEX_DIGITS[c & 0xF];
        return p;
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
            buffer[--p] = (byte) ('0' + v % 10);
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
