package org.standoff.core.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The exact conversion of offsets in one text between {@linkplain OffsetUnit#UTF16 UTF-16 code
 * units}, {@linkplain OffsetUnit#CODEPOINT code points} and {@linkplain OffsetUnit#UTF8 UTF-8
 * bytes}, in both directions. An offset is a position <em>between</em> characters, from {@code 0}
 * to the text's {@linkplain #length(OffsetUnit) length} in its unit, both inclusive.
 *
 * <p>Example, for the text {@code "a😀é"} (U+1F600 is one code point, two UTF-16 units, four
 * UTF-8 bytes; {@code é} is one unit and two bytes):
 * <pre>
 *   utf16      0 1   3 4        convert(3, UTF16, UTF8)      == 5
 *   codepoint  0 1   2 3        convert(2, CODEPOINT, UTF16) == 3
 *   utf8       0 1   5 7        convert(2, UTF16, CODEPOINT) throws: inside a surrogate pair
 * </pre>
 *
 * <p><b>Lone surrogates.</b> An unpaired surrogate is counted as one code point and, like the
 * U+FFFD replacement character a strict encoder would write for it, as three UTF-8 bytes. (Java's
 * {@code String.getBytes(UTF_8)} writes a one-byte {@code '?'} instead; Standoff does not follow it,
 * so that a malformed text's offsets agree with a replacing encoder and with Python's
 * {@code surrogatepass}.)
 *
 * <p><b>Cost.</b> Building is one pass over the text. Memory is proportional to the number of
 * <em>runs</em> of adjacent non-ASCII code points of equal UTF-8 width (a run of CJK text is one
 * entry), not to the text's length; an ASCII text keeps no table at all. A conversion is O(1) when
 * the text is ASCII (all units agree) or when it converts between UTF-16 and code points in a text
 * without surrogate pairs (see {@link #isBmpOnly()}), and otherwise a binary search over the runs,
 * O(log runs).
 *
 * <p>A null unit throws {@link NullPointerException}. Instances are immutable and safe to share
 * between threads.
 */
public final class OffsetIndex {

    private final String text;
    private final int[] lengths;
    private final boolean bmpOnly;
    private final int[][] runStarts;
    private final Width[] runWidths;
    private final int[] runCounts;

    private OffsetIndex(String text, RunTable runs) {
        this.text = text;
        this.lengths = runs.lengths();
        this.bmpOnly = runs.pairs == 0;
        this.runCounts = Arrays.copyOf(runs.counts, runs.size);
        this.runWidths = Arrays.copyOf(runs.widths, runs.size);
        int[] utf16Starts = Arrays.copyOf(runs.utf16Starts, runs.size);
        int[] codepointStarts = bmpOnly ? utf16Starts : Arrays.copyOf(runs.codepointStarts, runs.size);
        this.runStarts = new int[OffsetUnit.values().length][];
        this.runStarts[OffsetUnit.UTF16.ordinal()] = utf16Starts;
        this.runStarts[OffsetUnit.CODEPOINT.ordinal()] = codepointStarts;
        this.runStarts[OffsetUnit.UTF8.ordinal()] = Arrays.copyOf(runs.utf8Starts, runs.size);
    }

    /**
     * The UTF-16 offset of the first surrogate of {@code text} that is not half of a pair (a
     * <em>lone surrogate</em>, counted as described above), or -1 when there is none.
     */
    public static int firstLoneSurrogate(String text) {
        int first = 0;
        while (first < text.length() && !Character.isSurrogate(text.charAt(first))) {
            first++; // most texts have no surrogate at all: one plain scan
        }
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The offset index of {@code text}, built in one pass over it.
     *
     * @param text the text, never null; the index keeps a reference to it for error messages
     */
    public static OffsetIndex of(String text) {
        Objects.requireNonNull(text, "text");
        RunTable runs = new RunTable();
        int position = 0;
        int length = text.length();
        while (position < length) {
            if (text.charAt(position) < 0x80) {
                // ASCII is in no run: count a stretch of it at once
                int end = position + 1;
                while (end < length && text.charAt(end) < 0x80) {
                    end++;
                }
                runs.addAscii(end - position);
                position = end;
                continue;
            }
            Width width = Width.at(text, position);
            runs.add(position, width);
            position += width.utf16;
        }
        return new OffsetIndex(text, runs);
    }

    /**
     * The length of the text in {@code unit}: its number of UTF-16 code units, code points or
     * UTF-8 bytes, and so the largest valid offset in that unit.
     */
    public int length(OffsetUnit unit) {
        return lengths[unit.ordinal()];
    }

    /** Whether every character of the text is ASCII, so that all three units count alike. */
    public boolean isAscii() {
        return lengths[OffsetUnit.UTF8.ordinal()] == lengths[OffsetUnit.UTF16.ordinal()];
    }

    /**
     * Whether the text has no code point outside the Basic Multilingual Plane, i.e. no surrogate
     * pair, so that {@link OffsetUnit#UTF16} and {@link OffsetUnit#CODEPOINT} offsets are equal. A
     * lone surrogate is one code unit and one code point, so it keeps a text BMP-only.
     */
    public boolean isBmpOnly() {
        return bmpOnly;
    }

    /**
     * The offset {@code offset}, counted in {@code from}, counted in {@code to} instead. Converting
     * to the same unit returns the offset after checking it.
     *
     * @param offset a position between characters, {@code 0 <= offset <= length(from)}
     * @throws OffsetException when the offset is out of range, falls inside a surrogate pair
     *                         ({@code from} is UTF16) or inside a UTF-8 byte sequence ({@code from} is UTF8)
     * @throws NullPointerException when a unit is null
     */
    public int convert(int offset, OffsetUnit from, OffsetUnit to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkRange(offset, from);
        if (isAscii() || (bmpOnly && from != OffsetUnit.UTF8 && to != OffsetUnit.UTF8)) {
            return offset;
        }
        return convertFromRun(offset, from, to, runAtOrBefore(offset, from));
    }

    /**
     * A converter from {@code from} to {@code to} for offsets that mostly ascend, as the offsets of
     * spans in document order do: it remembers the run of the last offset and looks at that run and
     * the next before searching, so a pass over a document converts in amortized O(1). Its answers
     * and exceptions are those of {@link #convert(int, OffsetUnit, OffsetUnit)}. A converter is
     * cheap, holds one int of state and is not safe to share between threads; the index stays so.
     *
     * @throws NullPointerException when a unit is null
     */
    public Converter converter(OffsetUnit from, OffsetUnit to) {
        return new Converter(from, to);
    }

    /** See {@link #converter(OffsetUnit, OffsetUnit)}. */
    public final class Converter {
        private final OffsetUnit from;
        private final OffsetUnit to;
        private final int[] starts;
        private final boolean identity;
        private int run = -1;

        private Converter(OffsetUnit from, OffsetUnit to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            this.starts = runStarts[from.ordinal()];
            this.identity = isAscii() || (bmpOnly && from != OffsetUnit.UTF8 && to != OffsetUnit.UTF8);
        }

        /** {@code convert(offset, from, to)} of the index. */
        public int convert(int offset) {
            checkRange(offset, from);
            if (identity) {
                return offset;
            }
            if (!startsRun(run, offset)) {
                run = startsRun(run + 1, offset) ? run + 1 : runAtOrBefore(offset, from);
            }
            return convertFromRun(offset, from, to, run);
        }

        /** Whether {@code candidate} is the last run starting at or before {@code offset}. */
        private boolean startsRun(int candidate, int offset) {
            if (candidate < 0 || candidate >= starts.length) {
                return candidate == -1 && (starts.length == 0 || offset < starts[0]);
            }
            return starts[candidate] <= offset && (candidate + 1 == starts.length || offset < starts[candidate + 1]);
        }
    }

    /** {@code offset} in {@code to}, given {@code run}, the last run starting at or before it in {@code from} (or -1). */
    private int convertFromRun(int offset, OffsetUnit from, OffsetUnit to, int run) {
        if (run < 0) {
            return offset;
        }
        int intoRun = offset - runStarts[from.ordinal()][run];
        int fromWidth = runWidths[run].in(from);
        int toWidth = runWidths[run].in(to);
        int toStart = runStarts[to.ordinal()][run];
        int runLength = runCounts[run] * fromWidth;
        if (intoRun >= runLength) {
            return toStart + runCounts[run] * toWidth + (intoRun - runLength);
        }
        if (intoRun % fromWidth != 0) {
            throw insideCodePoint(offset, from, run, intoRun / fromWidth);
        }
        return toStart + intoRun / fromWidth * toWidth;
    }

    /**
     * The UTF-16 offset of {@code offset}, counted in {@code from}: the index into the Java string.
     *
     * @throws OffsetException as {@link #convert(int, OffsetUnit, OffsetUnit)} does
     */
    public int toUtf16(int offset, OffsetUnit from) {
        return convert(offset, from, OffsetUnit.UTF16);
    }

    /**
     * The offset in {@code to} of the UTF-16 offset {@code utf16Offset}.
     *
     * @throws OffsetException as {@link #convert(int, OffsetUnit, OffsetUnit)} does
     */
    public int fromUtf16(int utf16Offset, OffsetUnit to) {
        return convert(utf16Offset, OffsetUnit.UTF16, to);
    }

    /**
     * The span {@code [start, end)}, counted in {@code from}, as a UTF-16 {@link Span}.
     *
     * @throws IllegalArgumentException when {@code end < start}
     * @throws OffsetException          when either offset is not a position of the text in {@code from}
     */
    public Span toUtf16(int start, int end, OffsetUnit from) {
        if (end < start) {
            throw new IllegalArgumentException("invalid " + from.wireName() + " span: start=" + start
                    + ", end=" + end + " (expected start <= end)");
        }
        return Span.of(toUtf16(start, from), toUtf16(end, from));
    }

    /**
     * Whether {@code offset} is a position of the text in {@code unit}: within
     * {@code 0..length(unit)}, not inside a surrogate pair and not inside a UTF-8 byte sequence.
     * Every in-range code point offset is a boundary. Never throws for any offset.
     *
     * @throws NullPointerException when {@code unit} is null
     */
    public boolean isBoundary(int offset, OffsetUnit unit) {
        if (offset < 0 || offset > length(unit)) {
            return false;
        }
        int run = runAtOrBefore(offset, unit);
        if (run < 0) {
            return true;
        }
        int intoRun = offset - runStarts[unit.ordinal()][run];
        int width = runWidths[run].in(unit);
        return intoRun >= runCounts[run] * width || intoRun % width == 0;
    }

    /** The lengths in all three units and the size of the table, for debugging. */
    @Override
    public String toString() {
        return "OffsetIndex[utf16=" + length(OffsetUnit.UTF16) + ", codepoint=" + length(OffsetUnit.CODEPOINT)
                + ", utf8=" + length(OffsetUnit.UTF8) + ", runs=" + runCounts.length + "]";
    }

    private void checkRange(int offset, OffsetUnit unit) {
        int length = length(unit);
        if (offset < 0 || offset > length) {
            throw new OffsetException(offset, unit, OffsetException.Reason.OUT_OF_RANGE,
                    "is outside the text (0.." + length + " " + unitNoun(unit) + ")");
        }
    }

    /** The last run starting at or before {@code offset} in {@code unit}, or -1 when there is none. */
    private int runAtOrBefore(int offset, OffsetUnit unit) {
        int found = Arrays.binarySearch(runStarts[unit.ordinal()], offset);
        return found >= 0 ? found : -found - 2;
    }

    private OffsetException insideCodePoint(int offset, OffsetUnit unit, int run, int indexInRun) {
        Width width = runWidths[run];
        int unitStart = runStarts[unit.ordinal()][run] + indexInRun * width.in(unit);
        int utf16Start = runStarts[OffsetUnit.UTF16.ordinal()][run] + indexInRun * width.utf16;
        String where = describe(text.codePointAt(utf16Start), unitStart, unitStart + width.in(unit));
        if (unit == OffsetUnit.UTF16) {
            return new OffsetException(offset, unit, OffsetException.Reason.INSIDE_SURROGATE_PAIR,
                    "falls inside a surrogate pair (" + where + ")");
        }
        return new OffsetException(offset, unit, OffsetException.Reason.INSIDE_UTF8_SEQUENCE,
                "falls inside a " + width.utf8 + "-byte UTF-8 sequence (" + where + ")");
    }

    /** {@code U+1F600 at 4..6}, noting a lone surrogate's stand-in. */
    private static String describe(int codePoint, int start, int end) {
        String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
        String where = "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex + " at " + start + ".." + end;
        boolean lone = codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint);
        return lone ? where + ", a lone surrogate counted as U+FFFD" : where;
    }

    private static String unitNoun(OffsetUnit unit) {
        return switch (unit) {
            case CODEPOINT -> "code points";
            case UTF16 -> "UTF-16 code units";
            case UTF8 -> "UTF-8 bytes";
        };
    }

    /** How many code points, UTF-16 units and UTF-8 bytes one code point takes. */
    private enum Width {
        ASCII(1, 1),
        TWO_BYTES(1, 2),
        THREE_BYTES(1, 3),
        FOUR_BYTES(2, 4);

        final int utf16;
        final int utf8;

        Width(int utf16, int utf8) {
            this.utf16 = utf16;
            this.utf8 = utf8;
        }

        int in(OffsetUnit unit) {
            if (unit == OffsetUnit.UTF16) {
                return utf16;
            }
            return unit == OffsetUnit.UTF8 ? utf8 : 1;
        }

        /** The width of the code point starting at {@code index}; a lone surrogate counts as U+FFFD. */
        static Width at(String text, int index) {
            char c = text.charAt(index);
            if (c < 0x80) {
                return ASCII;
            }
            if (c < 0x800) {
                return TWO_BYTES;
            }
            boolean paired = Character.isHighSurrogate(c) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1));
            return paired ? FOUR_BYTES : THREE_BYTES;
        }
    }

    /**
     * The growing table of runs while the text is scanned: each run is a maximal sequence of
     * adjacent non-ASCII code points of one width, with its start in all three units.
     */
    private static final class RunTable {
        int size;
        int pairs;
        int[] utf16Starts = new int[8];
        int[] codepointStarts = new int[8];
        int[] utf8Starts = new int[8];
        int[] counts = new int[8];
        Width[] widths = new Width[8];
        private int utf16;
        private int codepoints;
        private long utf8;

        void add(int position, Width width) {
            boolean extendsLastRun = size > 0 && widths[size - 1] == width
                    && utf16Starts[size - 1] + counts[size - 1] * width.utf16 == position;
            if (extendsLastRun) {
                counts[size - 1]++;
            } else if (width != Width.ASCII) {
                startRun(width);
            }
            pairs += width == Width.FOUR_BYTES ? 1 : 0;
            utf16 += width.utf16;
            codepoints++;
            utf8 += width.utf8;
        }

        /** Counts {@code n} ASCII characters, which belong to no run. */
        void addAscii(int n) {
            utf16 += n;
            codepoints += n;
            utf8 += n;
        }

        private void startRun(Width width) {
            if (size == counts.length) {
                int capacity = size * 2;
                utf16Starts = Arrays.copyOf(utf16Starts, capacity);
                codepointStarts = Arrays.copyOf(codepointStarts, capacity);
                utf8Starts = Arrays.copyOf(utf8Starts, capacity);
                counts = Arrays.copyOf(counts, capacity);
                widths = Arrays.copyOf(widths, capacity);
            }
            utf16Starts[size] = utf16;
            codepointStarts[size] = codepoints;
            utf8Starts[size] = (int) utf8;
            counts[size] = 1;
            widths[size] = width;
            size++;
        }

        /** The lengths in all units; run starts stored as int are exact when these fit in an int. */
        int[] lengths() {
            if (utf8 > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("text too long for int offsets: " + utf8 + " UTF-8 bytes");
            }
            int[] lengths = new int[OffsetUnit.values().length];
            lengths[OffsetUnit.UTF16.ordinal()] = utf16;
            lengths[OffsetUnit.CODEPOINT.ordinal()] = codepoints;
            lengths[OffsetUnit.UTF8.ordinal()] = (int) utf8;
            return lengths;
        }
    }
}
