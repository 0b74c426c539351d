package org.standoff.corpus.standoff.internal;

import java.util.Objects;
import org.standoff.core.validation.Location;

/**
 * Where a JSON value starts: its RFC 6901 JSON pointer ({@code ""} for the root) and 1-based line
 * and column in characters (0 when unknown). Immutable in what it says.
 *
 * <p>A place is taken for every object read but almost never reported, so the reader's places
 * hold only the ordinal of their object ({@link #object}) or the byte offset of their token
 * ({@link #lazy}): pointer, line and column are found when first asked for, by the
 * {@link Locator} reading the input again up to that token.
 */
final class Loc {
    private String pointer;
    private int line;
    private int column;
    /** The UTF-8 input whose byte column {@link #column} still is, or {@code null} once it is in characters. */
    private byte[] input;
    private long byteOffset;
    /** The locator of a place not yet found, or {@code null}; the ordinal of the object whose place it is, or -1. */
    private Locator locator;
    private int object = -1;

    /**
     * @param pointer an RFC 6901 pointer ({@code ""} for the root)
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column in characters, 0 when unknown
     */
    Loc(String pointer, int line, int column) {
        this(Objects.requireNonNull(pointer, "pointer"), line, column, null, -1);
    }

    private Loc(String pointer, int line, int column, byte[] input, long byteOffset) {
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.input = column > 0 && byteOffset >= 0 ? input : null;
        this.byteOffset = byteOffset;
    }

    /** The place {@code pointer} at byte {@code byteOffset} of {@code input}, byte column {@code byteColumn} of {@code line}. */
    static Loc inBytes(String pointer, int line, int byteColumn, byte[] input, long byteOffset) {
        return new Loc(Objects.requireNonNull(pointer, "pointer"), line, byteColumn, input, byteOffset);
    }

    /** The place of the token at byte {@code byteOffset}, which {@code locator} finds when it is first asked for. */
    static Loc lazy(Locator locator, long byteOffset) {
        Loc loc = new Loc(null, 0, 0, null, byteOffset);
        loc.locator = Objects.requireNonNull(locator, "locator");
        return loc;
    }

    /** The place of the object the input starts as its {@code ordinal}-th, which {@code locator} finds when it is first asked for. */
    static Loc object(Locator locator, int ordinal) {
        Loc loc = new Loc(null, 0, 0, null, -1);
        loc.locator = Objects.requireNonNull(locator, "locator");
        loc.object = ordinal;
        return loc;
    }

    private void find() {
        Locator from = locator;
        if (from != null) {
            Loc found = object >= 0 ? from.locateObject(object) : from.locate(byteOffset);
            pointer = found.pointer;
            line = found.line;
            column = found.column;
            input = found.input;
            byteOffset = found.byteOffset;
            locator = null;
        }
    }

    String pointer() {
        find();
        return pointer;
    }

    int line() {
        find();
        return line;
    }

    int column() {
        find();
        if (input != null) {
            column = charColumn(input, byteOffset, column);
            input = null;
        }
        return column;
    }
    /**
     * The 1-based column in UTF-16 characters of byte {@code byteOffset} of UTF-8 {@code input},
     * whose 1-based byte column is {@code byteColumn}: the characters between the line's start and it.
     */
    static int charColumn(byte[] input, long byteOffset, int byteColumn) {
        int end = (int) Math.min(byteOffset, input.length);
        int chars = 0;
        for (int i = Math.max(0, end - (byteColumn - 1)); i < end; i++) {
            int b = input[i] & 0xFF;
            chars += (b & 0xC0) != 0x80 ? (b >= 0xF0 ? 2 : 1) : 0;
        }
        return chars + 1 + (int) Math.max(0, byteOffset - end);
    }

    /** The location of the field {@code suffix} of the object at this location, on the object's line and column. */
    Loc child(String suffix) {
        return new Loc(pointer() + suffix, line(), column());
    }

    /** This location in a file named {@code source}. */
    Location toLocation(String source) {
        return new Location(source, pointer(), line(), column());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loc && ((Loc) o).pointer().equals(pointer()) && ((Loc) o).line() == line()
                && ((Loc) o).column() == column();
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer(), line(), column());
    }

    @Override
    public String toString() {
        return "Loc[pointer=" + pointer() + ", line=" + line() + ", column=" + column() + "]";
    }
}
