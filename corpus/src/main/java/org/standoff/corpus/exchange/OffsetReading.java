package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.standoff.core.text.OffsetUnit;

/**
 * One way a tool may have counted the offsets in a file: a counting (code points, UTF-16 units,
 * UTF-8 bytes or grapheme clusters), over a view of the document text. FORMATS.md §0 lists the
 * readings tools really use; {@link UnitDetection} tries them.
 *
 * <p>Example: for the text {@code "Café 👨🏻‍🚒\r\nPutin said."}, {@code Putin} is {@code [11, 16)} as
 * {@code codepoint}, {@code [14, 19)} as {@code utf16}, {@code [23, 28)} as {@code utf8},
 * {@code [7, 12)} as {@code grapheme} and {@code [10, 15)} as {@code codepoint over the LF view}
 * (brat's server, which reads files with universal newlines).
 *
 * @param counting   what one offset step counts
 * @param lfView     whether each CRLF pair counts as one LF (the text is read with universal newlines)
 * @param bomCounted whether a byte-order mark, stripped from the text on import, was counted as
 *                   the text's first character (so every offset is shifted by its width)
 */
public record OffsetReading(Counting counting, boolean lfView, boolean bomCounted) {

    /** What one offset step counts. */
    public enum Counting {
        /** Unicode code points (Python {@code str}). */
        CODEPOINT,
        /** UTF-16 code units (Java, JavaScript). */
        UTF16,
        /** UTF-8 bytes. */
        UTF8,
        /** Extended grapheme clusters, as {@code \X} in {@link java.util.regex.Pattern} finds them. */
        GRAPHEME
    }

    public OffsetReading {
        Objects.requireNonNull(counting, "counting");
    }

    /** The plain reading of {@code unit}: that counting over the text as it is. */
    public static OffsetReading of(OffsetUnit unit) {
        return new OffsetReading(counting(unit), false, false);
    }

    /** Grapheme clusters over the text as it is (doccano's grapheme mode). */
    public static OffsetReading grapheme() {
        return new OffsetReading(Counting.GRAPHEME, false, false);
    }

    /** brat's server: code points over the text with every CRLF read as one LF. */
    public static OffsetReading bratServer() {
        return new OffsetReading(Counting.CODEPOINT, true, false);
    }

    /** This counting over the LF view of the text. */
    public OffsetReading withLfView() {
        return new OffsetReading(counting, true, bomCounted);
    }

    /** This reading with a stripped byte-order mark counted as the first character. */
    public OffsetReading withBomCounted() {
        return new OffsetReading(counting, lfView, true);
    }

    /** The offset unit of a plain reading, or {@code null} for graphemes and the shifted views. */
    public OffsetUnit unit() {
        if (lfView || bomCounted) {
            return null;
        }
        return switch (counting) {
            case CODEPOINT -> OffsetUnit.CODEPOINT;
            case UTF16 -> OffsetUnit.UTF16;
            case UTF8 -> OffsetUnit.UTF8;
            case GRAPHEME -> null;
        };
    }

    /**
     * Every reading worth trying on a file's text: the four countings, each also over the LF view when
     * the text has a CRLF ({@code crlf}), and each of those with the BOM counted when one was stripped.
     * Plain readings come first, in the order code point, UTF-16, UTF-8, grapheme.
     */
    public static List<OffsetReading> candidates(boolean crlf, boolean bomStripped) {
        List<OffsetReading> plain = new ArrayList<>();
        for (Counting counting : Counting.values()) {
            plain.add(new OffsetReading(counting, false, false));
        }
        List<OffsetReading> all = new ArrayList<>(plain);
        if (crlf) {
            plain.forEach(reading -> all.add(reading.withLfView()));
        }
        if (bomStripped) {
            List<OffsetReading> withBom = new ArrayList<>();
            all.forEach(reading -> withBom.add(reading.withBomCounted()));
            all.addAll(withBom);
        }
        return List.copyOf(all);
    }

    /**
     * The reading as messages name it: {@code codepoint}, {@code utf16}, {@code utf8},
     * {@code grapheme}, and for views e.g. {@code codepoint over the LF view} or
     * {@code utf8 with the BOM counted}.
     */
    public String displayName() {
        StringBuilder out = new StringBuilder(counting.name().toLowerCase(java.util.Locale.ROOT));
        if (lfView) {
            out.append(" over the LF view");
        }
        if (bomCounted) {
            out.append(lfView ? " and" : "").append(" with the BOM counted");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return displayName();
    }

    private static Counting counting(OffsetUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return switch (unit) {
            case CODEPOINT -> Counting.CODEPOINT;
            case UTF16 -> Counting.UTF16;
            case UTF8 -> Counting.UTF8;
        };
    }
}
