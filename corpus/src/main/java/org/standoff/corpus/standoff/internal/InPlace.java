package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;

/**
 * The input of the fast path's parser, UTF-8 bytes in memory, for comparing
 * the string value the parser is on where the input writes it: Jackson then skips the string without
 * decoding it. Only a value that needs no JSON escape qualifies (no {@code "}, {@code \} or control
 * character): written without escapes, it is the expected value exactly when the units between its
 * quotes are the expected ones. The parser's token offset this relies on (that of the value's first
 * unit) is pinned by {@code TokenOffsetTest}, and the quotes around the range are checked every time.
 */
final class InPlace {
    /** No input in memory: every comparison answers {@code false}, and the caller decodes. */
    static final InPlace NONE = new InPlace(null, null, 0);
    /** What {@link #which} answers when the string cannot be compared in place. */
    static final int CANNOT = -2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final JsonParser parser;
    private final byte[] bytes;
    private final int bytesLength;
    private String text;
    /** The text as UTF-8 (byte input only). */
    private byte[] textUtf8;
    /**
     * A bit for each unit of the text (UTF-8 bytes for byte input, else UTF-16 units) that JSON
     * writes escaped or stops at ({@code "}, {@code \\} and controls); {@code null} when there are none.
     */
    private long[] specials;
    private OffsetIndex.Converter utf16ToUtf8;

    private InPlace(JsonParser parser, byte[] bytes, int bytesLength) {
        this.parser = parser;
        this.bytes = bytes;
        this.bytesLength = bytesLength;
    }

    /** The input {@code bytes[0, length)} of {@code parser}. */
    static InPlace of(JsonParser parser, byte[] bytes, int length) {
        return new InPlace(parser, bytes, length);
    }

    /**
     * Where the string the parser is on starts in the input: the byte after its opening quote, where
     * the token's public location (its first byte, the quote) says. {@link #quotedAt} and the
     * callers check the quotes around it every time.
     */
    private int tokenStart() {
        return (int) parser.currentTokenLocation().getByteOffset() + 1;
    }

    /** Makes {@code text} (with its offset index) the one {@link #isText} compares against. */
    void useText(String text, OffsetIndex index) {
        if (parser == null) {
            return;
        }
        this.text = text;
        this.textUtf8 = text.getBytes(StandardCharsets.UTF_8);
        this.utf16ToUtf8 = index.converter(OffsetUnit.UTF16, OffsetUnit.UTF8);
        this.specials = specials(textUtf8);
    }

    /** The text's UTF-8 encoding when it was made for comparing in place, else {@code null}. */
    byte[] textUtf8() {
        return textUtf8;
    }

    /**
     * Whether the string the parser is on is the text's UTF-16 range {@code [from, to)}, compared in
     * place; {@code false} also when it cannot be compared so.
     *
     * @param utf8From {@code from} in UTF-8 when the caller has it (the file's unit is UTF-8), else -1
     * @param utf8To   {@code to} likewise
     */
    boolean isText(int from, int to, int utf8From, int utf8To) {
        if (parser == null || text == null) {
            return false;
        }
        int at = tokenStart();
        int start = utf8From >= 0 ? utf8From : utf16ToUtf8.convert(from);
        int end = utf8From >= 0 ? utf8To : utf16ToUtf8.convert(to);
        return !anySpecial(specials, start, end) && quotedAt(at, end - start)
                && Arrays.equals(bytes, at, at + end - start, textUtf8, start, end);
    }

    /**
     * Which of {@code candidates[0, count)} the string the parser is on is, compared in place: its
     * index, -1 when it is none of them, or {@link #CANNOT} when it cannot be compared so (no input
     * in memory, or an escape in the string). The candidates are values that {@linkplain
     * #needsNoEscape need no escape}, as UTF-8; a
     * {@code null} one never matches. The string's length is found once, and only candidates of that
     * length are compared.
     */
    int which(byte[][] utf8, int count) {
        if (parser == null) {
            return CANNOT;
        }
        int at = tokenStart();
        if (at < 1) {
            return CANNOT;
        }
        int end = at;
        while (end < bytesLength && bytes[end] != '"' && bytes[end] != '\\') {
            end++;
        }
        if (end == bytesLength || bytes[end] != '"' || bytes[at - 1] != '"') {
            return CANNOT;
        }
        for (int i = 0; i < count; i++) {
            byte[] candidate = utf8[i];
            if (candidate != null && candidate.length == end - at && Arrays.equals(bytes, at, end, candidate, 0, candidate.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The string the parser is on when it is written as one or more printable ASCII characters
     * other than {@code \\} and the space, which is then its value exactly; else {@code null}, and the
     * caller decodes it. Ids and references are nearly always such strings.
     */
    String plainAscii() {
        if (parser == null) {
            return null;
        }
        int at = tokenStart();
        if (at < 1) {
            return null;
        }
        int end = at;
        while (end < bytesLength && bytes[end] > ' ' && bytes[end] != '"' && bytes[end] != '\\' && bytes[end] != 0x7F) {
            end++; // a byte from 0x80 up is negative
        }
        return end > at && end < bytesLength && bytes[end] == '"' && bytes[at - 1] == '"'
                ? new String(bytes, at, end - at, StandardCharsets.ISO_8859_1) : null;
    }

    /**
     * Whether the input has a quote before {@code at} and after {@code length} units from it: where
     * the parser's current string starts, and where it must end for its raw units to be compared.
     * Guards against an offset that means anything else.
     */
    private boolean quotedAt(int at, int length) {
        return at >= 1 && at + length < bytesLength && bytes[at - 1] == '"' && bytes[at + length] == '"';
    }

    /** Whether {@code chars} need no escape in JSON, so that they can be {@linkplain #is compared in place}. */
    static boolean needsNoEscape(char[] chars) {
        for (char c : chars) {
            if (isSpecial(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a unit in {@code [from, to)} is marked in {@code specials} (made by {@code specials}; may be null). */
    static boolean anySpecial(long[] specials, int from, int to) {
        if (specials == null || from >= to) {
            return false;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long fromMask = -1L << from; // the bits from `from` up, in its word (shifts count modulo 64)
        long toMask = -1L >>> -to; // the bits below `to`, in its word
        if (first == last) {
            return (specials[first] & fromMask & toMask) != 0;
        }
        if ((specials[first] & fromMask) != 0 || (specials[last] & toMask) != 0) {
            return true;
        }
        for (int word = first + 1; word < last; word++) {
            if (specials[word] != 0) {
                return true;
            }
        }
        return false;
    }

    /** The {@link #specials} of UTF-8 bytes, eight at a time: most words of a text have none. */
    static long[] specials(byte[] utf8) {
        long[] bits = null;
        int i = 0;
        for (; i + Long.BYTES <= utf8.length; i += Long.BYTES) {
            long x = (long) LONGS.get(utf8, i);
            long quote = x ^ (ONES * '"');
            long backslash = x ^ (ONES * '\\');
            // a byte below 0x20, a zero byte of `quote` or of `backslash` (exact for "some byte is")
            long found = ((x - ONES * 0x20) & ~x | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & HIGHS;
            if (found != 0) {
                bits = markSpecials(utf8, i, i + Long.BYTES, bits);
            }
        }
        return markSpecials(utf8, i, utf8.length, bits);
    }

    private static long[] markSpecials(byte[] utf8, int from, int to, long[] bits) {
        for (int i = from; i < to; i++) {
            if (isSpecial((char) (utf8[i] & 0xFF))) {
                bits = mark(bits, i, utf8.length);
            }
        }
        return bits;
    }

    private static long[] mark(long[] bits, int unit, int units) {
        long[] marked = bits != null ? bits : new long[(units + 63) >>> 6];
        marked[unit >>> 6] |= 1L << unit;
        return marked;
    }

    private static boolean isSpecial(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }
}
