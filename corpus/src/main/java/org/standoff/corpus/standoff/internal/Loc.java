package org.standoff.corpus.standoff.internal;

import java.util.Objects;
import org.standoff.core.validation.Location;

/**
 * Where a JSON value starts: its RFC 6901 JSON pointer ({@code ""} for the root) and 1-based line
 * and column in characters (0 when unknown). Immutable in what it says.
 *
 * <p>A place is taken for every annotation object but almost never reported, so the pointer of an
 * element of a top-level array ({@code /segments/17}) is joined, and a byte column of the UTF-8
 * input turned into a column in characters, only when first asked for.
 */
final class Loc {
    private final String arrayField;
    private final int index;
    private final int line;
    private int column;
    /** The UTF-8 input whose byte column {@link #column} still is, or {@code null} once it is in characters. */
    private byte[] input;
    private final long byteOffset;
    private String pointer;

    /**
     * @param pointer an RFC 6901 pointer ({@code ""} for the root)
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column in characters, 0 when unknown
     */
    Loc(String pointer, int line, int column) {
        this(Objects.requireNonNull(pointer, "pointer"), null, -1, line, column, null, -1);
    }

    private Loc(String pointer, String arrayField, int index, int line, int column, byte[] input, long byteOffset) {
        this.pointer = pointer;
        this.arrayField = arrayField;
        this.index = index;
        this.line = line;
        this.column = column;
        this.input = column > 0 && byteOffset >= 0 ? input : null;
        this.byteOffset = byteOffset;
    }

    /** The place {@code pointer} at byte {@code byteOffset} of {@code input}, byte column {@code byteColumn} of {@code line}. */
    static Loc inBytes(String pointer, int line, int byteColumn, byte[] input, long byteOffset) {
        return new Loc(Objects.requireNonNull(pointer, "pointer"), null, -1, line, byteColumn, input, byteOffset);
    }

    /** As {@link #inBytes}, for element {@code index} of the top-level array {@code arrayField}: pointer {@code /arrayField/index}. */
    static Loc element(String arrayField, int index, int line, int byteColumn, byte[] input, long byteOffset) {
        return new Loc(null, Objects.requireNonNull(arrayField, "arrayField"), index, line, byteColumn, input, byteOffset);
    }

    String pointer() {
        String result = pointer;
        if (result == null) {
            StringBuilder out = new StringBuilder(arrayField.length() + 8).append('/');
            Cursor.appendEscaped(out, arrayField);
            result = pointer = out.append('/').append(index).toString();
        }
        return result;
    }

    int line() {
        return line;
    }

    int column() {
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
        return o instanceof Loc && ((Loc) o).pointer().equals(pointer()) && ((Loc) o).line == line
                && ((Loc) o).column() == column();
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer(), line, column());
    }

    @Override
    public String toString() {
        return "Loc[pointer=" + pointer() + ", line=" + line + ", column=" + column() + "]";
    }
}
