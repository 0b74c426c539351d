package org.standoff.corpus.exchange;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;

/**
 * The exact conversion between the offsets of one {@link OffsetReading} of a text and the model's
 * UTF-16 offsets, both ways. Plain code point, UTF-16 and UTF-8 readings go through the text's
 * {@link OffsetIndex}; grapheme clusters and the LF and BOM views through a table built in one pass.
 *
 * <p>Conversions return {@link #NONE} (-1) for an offset that is no position of the text in that
 * reading: out of range, inside a code point, a UTF-8 sequence or a grapheme cluster, between the CR
 * and LF of a pair read as one LF, or (BOM counted) before the stripped BOM. Example, text
 * {@code "a\r\nb"} read as {@code codepoint over the LF view}: {@code toUtf16(2) == 3} ({@code b}),
 * {@code fromUtf16(2) == NONE} (between CR and LF).
 *
 * <p>Immutable and thread-safe.
 */
public final class OffsetConverter {
    /** The result of a conversion of an offset that is no position in the target reading. */
    public static final int NONE = -1;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final OffsetReading reading;
    private final OffsetIndex index;
    private final OffsetUnit unit;
    private final int[] toUtf16;
    private final int[] fromUtf16;

    private OffsetConverter(OffsetReading reading, OffsetIndex index, int[] toUtf16, int[] fromUtf16) {
        this.reading = reading;
        this.index = index;
        this.unit = reading.unit();
        this.toUtf16 = toUtf16;
        this.fromUtf16 = fromUtf16;
    }

    /** The conversion for {@code reading} of {@code text} (the model text, without any stripped BOM). */
    public static OffsetConverter of(String text, OffsetReading reading) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reading, "reading");
        if (reading.unit() != null) {
            return new OffsetConverter(reading, OffsetIndex.of(text), null, null);
        }
        return new TableBuilder(text, reading).build();
    }

    /** The reading converted. */
    public OffsetReading reading() {
        return reading;
    }

    /** The text's length in this reading: its largest offset. */
    public int length() {
        return unit != null ? index.length(unit) : toUtf16.length - 1;
    }

    /** The UTF-16 offset of {@code offset} counted in this reading, or {@link #NONE}. */
    public int toUtf16(int offset) {
        if (unit != null) {
            return index.isBoundary(offset, unit) ? index.toUtf16(offset, unit) : NONE;
        }
        return offset < 0 || offset >= toUtf16.length ? NONE : toUtf16[offset];
    }

    /** The offset in this reading of the UTF-16 offset {@code utf16Offset}, or {@link #NONE}. */
    public int fromUtf16(int utf16Offset) {
        if (unit != null) {
            return index.isBoundary(utf16Offset, OffsetUnit.UTF16) ? index.fromUtf16(utf16Offset, unit) : NONE;
        }
        return utf16Offset < 0 || utf16Offset >= fromUtf16.length ? NONE : fromUtf16[utf16Offset];
    }

    /** Builds the two tables of a grapheme or view reading in one pass over the text. */
    private static final class TableBuilder {
        private final String text;
        private final OffsetReading reading;
        private final int[] fromUtf16;
        private int[] toUtf16;
        private int size;

        TableBuilder(String text, OffsetReading reading) {
            this.text = text;
            this.reading = reading;
            this.fromUtf16 = new int[text.length() + 1];
            Arrays.fill(fromUtf16, NONE);
            this.toUtf16 = new int[text.length() + 8];
        }

        OffsetConverter build() {
            if (reading.bomCounted()) {
                int bomWidth = reading.counting() == OffsetReading.Counting.UTF8 ? 3 : 1;
                for (int i = 0; i < bomWidth; i++) {
                    append(NONE);
                }
            }
            if (reading.counting() == OffsetReading.Counting.GRAPHEME) {
                graphemes();
            } else {
                codePoints();
            }
            fromUtf16[text.length()] = size;
            append(text.length());
            return new OffsetConverter(reading, null, Arrays.copyOf(toUtf16, size), fromUtf16);
        }

        private void graphemes() {
            Matcher matcher = GRAPHEME.matcher(text);
            while (matcher.find()) {
                atom(matcher.start(), 1);
            }
        }

        private void codePoints() {
            int i = 0;
            while (i < text.length()) {
                boolean crlf = reading.lfView() && text.startsWith("\r\n", i);
                int width = crlf ? 1 : width(i);
                int next = crlf ? i + 2 : i + Character.charCount(text.codePointAt(i));
                atom(i, width);
                i = next;
            }
        }

        /** Records an atom starting at UTF-16 offset {@code start} that is {@code width} steps wide. */
        private void atom(int start, int width) {
            fromUtf16[start] = size;
            append(start);
            for (int i = 1; i < width; i++) {
                append(NONE);
            }
        }

        private int width(int i) {
            int codePoint = text.codePointAt(i);
            return switch (reading.counting()) {
                case UTF16 -> Character.charCount(codePoint);
                case UTF8 -> utf8Width(codePoint);
                default -> 1;
            };
        }

        /** UTF-8 width; a lone surrogate counts as U+FFFD (3 bytes), as {@link OffsetIndex} does. */
        private static int utf8Width(int codePoint) {
            if (codePoint < 0x80) {
                return 1;
            }
            if (codePoint < 0x800) {
                return 2;
            }
            return codePoint < 0x10000 ? 3 : 4;
        }

        private void append(int value) {
            if (size == toUtf16.length) {
                toUtf16 = Arrays.copyOf(toUtf16, size * 2);
            }
            toUtf16[size++] = value;
        }
    }
}
