package org.standoff.corpus.standoff.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.standoff.core.text.OffsetIndex;

/** UTF-8 input: checked before it is parsed, and made from a string once. */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /**
     * {@code json} as UTF-8. An unpaired surrogate, which UTF-8 cannot encode, is written as its
     * {@code \\u} escape: inside a string (the only place JSON allows it) the string is the same.
     */
    static byte[] encode(String json) {
        if (OffsetIndex.firstLoneSurrogate(json) < 0) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder escaped = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(json.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The offset of the first byte of {@code b[from, end)} that does not start a well-formed UTF-8
     * sequence (no overlong forms, no surrogates, nothing above U+10FFFF, none cut off), or -1.
     */
    static int firstMalformed(byte[] b, int from, int end) {
        int i = skipAscii(b, from, end);
        while (i < end) {
            int lead = b[i] & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > end) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i = skipAscii(b, i + length, end);
        }
        return -1;
    }

    /** The index of the first non-ASCII byte of {@code b[from, end)}, or {@code end}; 32, then eight bytes at a time. */
    private static int skipAscii(byte[] b, int from, int end) {
        int i = from;
        while (i + 4 * Long.BYTES <= end && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)
                | (long) LONGS.get(b, i + 16) | (long) LONGS.get(b, i + 24)) & 0x8080808080808080L) == 0) {
            i += 4 * Long.BYTES;
        }
        while (i + Long.BYTES <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += Long.BYTES;
        }
        while (i < end && b[i] >= 0) {
            i++;
        }
        return i;
    }

    /** The line and column (in characters) of byte {@code at} of {@code b}, the first line being {@code 1 + lineOffset}. */
    static Loc locate(byte[] b, int at, int lineOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Loc("", line + lineOffset, Loc.charColumn(b, at, at - lineStart + 1));
    }
}
