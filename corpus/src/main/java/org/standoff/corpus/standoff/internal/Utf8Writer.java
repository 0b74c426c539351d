package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A UTF-8 writer to an output stream with its own byte buffer, for the canonical writer: the bytes
 * of {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))} (an unpaired surrogate becomes
 * {@code ?}, as that encoder's replacement) without its locking, char buffer and {@code CharsetEncoder}
 * round trips. Not thread-safe; {@link #close()} flushes and leaves {@code out} open.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 14];
    private int used;
    /** A high surrogate written last, waiting for its low half. */
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && high == 0) {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) ch;
            return;
        }
        encode(ch);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char ch = chars[i];
            if (ch < 0x80 && high == 0) {
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = (byte) ch;
            } else {
                encode(ch);
            }
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80 && high == 0) {
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = (byte) ch;
            } else {
                encode(ch);
            }
        }
    }

    private void encode(char ch) throws IOException {
        if (used + 4 > buffer.length) {
            drain();
        }
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(pending, ch);
                buffer[used++] = (byte) (0xF0 | cp >> 18);
                buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[used++] = '?';
            if (used + 4 > buffer.length) {
                drain();
            }
        }
        if (ch < 0x80) {
            buffer[used++] = (byte) ch;
        } else if (ch < 0x800) {
            buffer[used++] = (byte) (0xC0 | ch >> 6);
            buffer[used++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch)) {
            high = ch;
        } else if (Character.isLowSurrogate(ch)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | ch >> 12);
            buffer[used++] = (byte) (0x80 | ch >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | ch & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes; a high surrogate left at the end is written as {@code ?}, as the JDK's encoder does on close. */
    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = '?';
        }
        flush();
    }
}
