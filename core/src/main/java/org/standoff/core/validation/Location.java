package org.standoff.core.validation;

/**
 * Where in a file a {@link Diagnostic} points: a JSON pointer (RFC 6901) and/or a line and column.
 *
 * @param source  the file or resource name, or {@code null}
 * @param pointer a JSON pointer such as {@code /mentions/3/start}, or {@code null} for non-JSON files
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column in characters, or 0 when unknown
 */
public record Location(String source, String pointer, int line, int column) {
    /** No location: the problem is in an in-memory document. */
    public static final Location NONE = new Location(null, null, 0, 0);

    public Location {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /** A location given by a JSON pointer and a line and column. */
    public static Location of(String pointer, int line, int column) {
        return new Location(null, pointer, line, column);
    }

    /** A location given by a line and column only. */
    public static Location ofLine(int line, int column) {
        return new Location(null, null, line, column);
    }

    /** A copy naming the file it is in. */
    public Location inSource(String newSource) {
        return new Location(newSource, pointer, line, column);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (source != null) {
            out.append(source);
        }
        if (line > 0) {
            out.append(out.length() > 0 ? ":" : "line ").append(line).append(':').append(column);
        }
        if (pointer != null) {
            out.append(out.length() > 0 ? " " : "").append(pointer.isEmpty() ? "/" : pointer);
        }
        return out.toString();
    }
}
