package org.standoff.corpus.standoff.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings taken or compared where the input writes them, by the byte offset of their opening
 * quote, so that the parser skips them without decoding them: ids and references written as plain
 * ASCII, covered texts compared with the document's text. Immutable.
 */
final class InPlace {
    private final byte[] input;
    private final int length;
    private final int maxStringLength;

    /** Over the UTF-8 bytes {@code input[0, length)}, whose strings are at most {@code maxStringLength} long. */
    InPlace(byte[] input, int length, int maxStringLength) {
        this.input = input;
        this.length = length;
        this.maxStringLength = maxStringLength;
    }

    /**
     * The string whose opening quote is at {@code quote} when the input writes it as printable ASCII
     * without escapes, which is then its value exactly; else {@code null}.
     */
    String plainAscii(long quote) {
        if (quote < 0 || quote >= length || input[(int) quote] != '"') {
            return null;
        }
        int at = (int) quote + 1;
        int end = at;
        int limit = (int) Math.min(length, (long) at + maxStringLength);
        while (end < limit && input[end] >= ' ' && input[end] != '"' && input[end] != '\\' && input[end] != 0x7F) {
            end++; // a byte from 0x80 up is negative
        }
        return end < length && input[end] == '"' ? new String(input, at, end - at, StandardCharsets.ISO_8859_1) : null;
    }

    /**
     * Which of {@code quoted} (quoted strings without escapes) the string whose opening quote is at
     * {@code quote} is written as: its index, or -1. The string's end is found once and only
     * candidates of its length are compared.
     */
    int which(long quote, Literal[] quoted) {
        if (quote < 0 || quote >= length || input[(int) quote] != '"') {
            return -1;
        }
        int from = (int) quote;
        int end = from + 1;
        while (end < length && input[end] != '"' && input[end] != '\\') {
            end++;
        }
        if (end == length || input[end] != '"') {
            return -1;
        }
        int n = end + 1 - from;
        for (int i = 0; i < quoted.length; i++) {
            byte[] candidate = quoted[i].bytes;
            if (candidate.length == n && Arrays.equals(input, from, from + n, candidate, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the string whose opening quote is at {@code quote} is written as {@code ascii} (printable, no escapes). */
    boolean isPlain(long quote, String ascii) {
        int n = ascii.length();
        if (quote < 0 || quote + n + 1 >= length || input[(int) quote + n + 1] != '"' || input[(int) quote] != '"') {
            return false;
        }
        int from = (int) quote + 1;
        for (int i = 0; i < n; i++) {
            if (input[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the string whose opening quote is at {@code quote} is written as the bytes
     * {@code utf8[from, to)}, with escapes of ASCII characters read as the characters they stand
     * for, which makes it their text; {@code false} when it is not, or is written otherwise (an
     * escape of a non-ASCII character).
     */
    boolean equals(long quote, byte[] utf8, int from, int to) {
        if (quote < 0 || quote >= length || input[(int) quote] != '"') {
            return false;
        }
        int j = from;
        for (int i = (int) quote + 1; i < length; ) {
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
}
