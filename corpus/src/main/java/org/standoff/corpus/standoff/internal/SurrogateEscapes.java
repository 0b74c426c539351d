package org.standoff.corpus.standoff.internal;

import java.nio.charset.StandardCharsets;

/**
 * Finds a {@code \\u} escape of an unpaired surrogate in JSON text held as UTF-8: in well-formed
 * UTF-8 such an escape is the only way a string can come to hold one, so a document without one
 * needs no per-string check. A backslash only appears inside strings in valid JSON, so the scan
 * steps from escape to escape without tracking where strings start and end.
 */
final class SurrogateEscapes {
    private SurrogateEscapes() {
    }

    /** Whether {@code b[from, end)} has a {@code \\u} escape of a surrogate that is not a high one followed by a low one. */
    static boolean hasUnpaired(byte[] b, int from, int end) {
        int i = from;
        while (i < end) {
            if (b[i] != '\\') {
                i++;
            } else if (i + 1 < end && b[i + 1] == 'u') {
                int c = hex4(b, i + 2, end);
                if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    i += 6;
                } else if (Character.isHighSurrogate((char) c) && i + 7 < end && b[i + 6] == '\\' && b[i + 7] == 'u'
                        && Character.isLowSurrogate((char) hex4(b, i + 8, end))) {
                    i += 12;
                } else {
                    return true;
                }
            } else {
                i += 2;
            }
        }
        return false;
    }

    /** {@link #hasUnpaired(byte[], int, int)} of JSON text held as a string (a value copied as compact JSON). */
    static boolean hasUnpaired(String json) {
        if (json.indexOf('\\') < 0) {
            return false;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return hasUnpaired(bytes, 0, bytes.length);
    }

    /** The four hex digits at {@code b[at, at + 4)} as a char value, or -1 when they are not four hex digits. */
    private static int hex4(byte[] b, int at, int end) {
        if (at + 4 > end) {
            return -1;
        }
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(b[k], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
