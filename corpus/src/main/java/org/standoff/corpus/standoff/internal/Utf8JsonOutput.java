package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A {@link JsonOutput} writing UTF-8 to an output stream through its own byte buffer: a surrogate
 * pair becomes four bytes, and an unpaired surrogate, which UTF-8 cannot encode, a {@code \\u}
 * escape, so that nothing is replaced (the reader then reports it).
 * {@link #flush()} flushes {@code out}; nothing closes it.
 */
final class Utf8JsonOutput extends JsonOutput {
    /** Characters encoded per round; the buffer always has room for a chunk at six bytes each. */
    private static final int CHUNK = 1024;
    /** The longest string encoded without copying it to a char array first: ids, labels, words. */
    private static final int SHORT = 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 13];
    private final char[] chars = new char[CHUNK];
    private int used;
    /** The text in use, escaped and encoded, and where the encoding of each of its chars starts. */
    private char[] text;
    private byte[] textBytes;
    private int[] textStarts;

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

    /**
     * Escapes and encodes a short string straight from it, a longer one chunk by chunk through a
     * char array; a chunk never ends between the halves of a surrogate pair.
     */
    @Override
    void escaped(String s, int from, int to) throws IOException {
        if (to - from <= SHORT) {
            encodeShort(s, from, to);
            return;
        }
        while (from < to) {
            int end = Math.min(to, from + CHUNK);
            if (end < to && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s.getChars(from, end, chars, 0);
            encode(chars, 0, end - from);
            from = end;
        }
    }

    private void escaped(char[] cs, int from, int to) throws IOException {
        while (from < to) {
            int end = Math.min(to, from + CHUNK);
            if (end < to && Character.isHighSurrogate(cs[end - 1])) {
                end--;
            }
            encode(cs, from, end);
            from = end;
        }
    }

    /** Encodes {@code s.substring(from, to)}, at most {@link #SHORT} characters, into the buffer. */
    private void encodeShort(String s, int from, int to) throws IOException {
        if (used + 6 * SHORT > buffer.length) {
            drain();
        }
        byte[] b = buffer;
        int p = used;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && ESCAPES[c] == 0) {
                b[p++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                p = putPair(b, p, c, s.charAt(++i));
            } else {
                p = put(b, p, c);
            }
        }
        used = p;
    }

    /** Encodes {@code cs[from, to)}, at most {@link #CHUNK} characters, into the buffer. */
    private void encode(char[] cs, int from, int to) throws IOException {
        if (used + 6 * (to - from) > buffer.length) {
            drain();
        }
        byte[] b = buffer;
        int p = used;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c < 0x80 && ESCAPES[c] == 0) {
                b[p++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(cs[i + 1])) {
                p = putPair(b, p, c, cs[++i]);
            } else {
                p = put(b, p, c);
            }
        }
        used = p;
    }

    /** Puts {@code c}, not half of a pair, at {@code p} in {@code b}: escaped, in UTF-8, or as a {@code \\u} escape for a lone surrogate (never replaced). */
    private static int put(byte[] b, int p, char c) {
        if (c < 0x80) {
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
        } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            b[p++] = (byte) (0xE0 | c >> 12);
            b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | c & 0x3F);
        } else {
            b[p++] = '\\';
            b[p++] = 'u';
            b[p++] = HEX_DIGITS[c >> 12];
            b[p++] = HEX_DIGITS[c >> 8 & 0xF];
            b[p++] = HEX_DIGITS[c >> 4 & 0xF];
            b[p++] = HEX_DIGITS[c & 0xF];
        }
        return p;
    }

    private static int putPair(byte[] b, int p, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[p++] = (byte) (0xF0 | cp >> 18);
        b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[p++] = (byte) (0x80 | cp & 0x3F);
        return p;
    }

    @Override
    void useText(String s) {
        char[] cs = s.toCharArray();
        int[] starts = new int[cs.length + 1];
        byte[] b = new byte[cs.length + (cs.length >> 2) + 16];
        int p = 0;
        for (int i = 0; i < cs.length; i++) {
            if (p + 6 > b.length) {
                b = Arrays.copyOf(b, b.length * 2);
            }
            starts[i] = p;
            char c = cs[i];
            if (c < 0x80 && ESCAPES[c] == 0) {
                b[p++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < cs.length && Character.isLowSurrogate(cs[i + 1])) {
                p = putPair(b, p, c, cs[++i]);
                starts[i] = p;
            } else {
                p = put(b, p, c);
            }
        }
        starts[cs.length] = p;
        text = cs;
        textBytes = b;
        textStarts = starts;
    }

    @Override
    void textContent(int from, int to) throws IOException {
        if (cutsPair(text, from) || cutsPair(text, to)) {
            escaped(text, from, to);
            return;
        }
        int start = textStarts[from];
        int end = textStarts[to];
        while (start < end) {
            if (used == buffer.length) {
                drain();
            }
            int length = Math.min(end - start, buffer.length - used);
            System.arraycopy(textBytes, start, buffer, used, length);
            used += length;
            start += length;
        }
    }

    /** Whether {@code at} falls between the halves of a surrogate pair of {@code cs}. */
    private static boolean cutsPair(char[] cs, int at) {
        return at > 0 && at < cs.length && Character.isHighSurrogate(cs[at - 1]) && Character.isLowSurrogate(cs[at]);
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
            buffer[--p] = DIGIT_PAIRS[pair + 1];
            buffer[--p] = DIGIT_PAIRS[pair];
        }
        if (v >= 10) {
            buffer[--p] = DIGIT_PAIRS[2 * v + 1];
            buffer[--p] = DIGIT_PAIRS[2 * v];
        } else {
            buffer[--p] = (byte) ('0' + v);
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
