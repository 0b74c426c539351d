package org.standoff.corpus.standoff.internal;

import java.util.Objects;
import org.standoff.core.validation.Location;

/**
 * Where a JSON value starts: its RFC 6901 JSON pointer ({@code ""} for the root) and 1-based line
 * and column in characters (0 when unknown). Immutable in what it says.
 *
 * <p>A place is taken for every annotation object but almost never reported, so the pointer of an
 * element of a top-level array ({@code /segments/17}) is joined only when it is first asked for.
 */
final class Loc {
    private final String arrayField;
    private final int index;
    private final int line;
    private final int column;
    private String pointer;

    /**
     * @param pointer an RFC 6901 pointer ({@code ""} for the root)
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column in characters, 0 when unknown
     */
    public Loc(String pointer, int line, int column) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.arrayField = null;
        this.index = -1;
        this.line = line;
        this.column = column;
    }

    private Loc(String arrayField, int index, int line, int column) {
        this.arrayField = arrayField;
        this.index = index;
        this.line = line;
        this.column = column;
    }

    /** The place of element {@code index} of the top-level array {@code arrayField}: pointer {@code /arrayField/index}. */
    static Loc element(String arrayField, int index, int line, int column) {
        return new Loc(Objects.requireNonNull(arrayField, "arrayField"), index, line, column);
    }

    public String pointer() {
        String result = pointer;
        if (result == null) {
            StringBuilder out = new StringBuilder(arrayField.length() + 8).append('/');
            Cursor.appendEscaped(out, arrayField);
            result = pointer = out.append('/').append(index).toString();
        }
        return result;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The location of the field {@code name} of the object at this location, on the object's line and column. */
    public Loc child(String suffix) {
        return new Loc(pointer() + suffix, line, column);
    }

    /** This location in a file named {@code source}. */
    public Location toLocation(String source) {
        return new Location(source, pointer(), line, column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loc && ((Loc) o).pointer().equals(pointer()) && ((Loc) o).line == line
                && ((Loc) o).column == column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer(), line, column);
    }

    @Override
    public String toString() {
        return "Loc[pointer=" + pointer() + ", line=" + line + ", column=" + column + "]";
    }
}
