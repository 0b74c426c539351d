package org.standoff.corpus.standoff.internal;

import org.standoff.core.validation.Location;

/**
 * Where a JSON value starts: its JSON pointer and 1-based line and column.
 *
 * @param pointer an RFC 6901 pointer ({@code ""} for the root)
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column in characters, 0 when unknown
 */
public record Loc(String pointer, int line, int column) {
    /** The location of the field {@code name} of the object at this location, on the object's line and column. */
    public Loc child(String suffix) {
        return new Loc(pointer + suffix, line, column);
    }

    /** This location in a file named {@code source}. */
    public Location toLocation(String source) {
        return new Location(source, pointer, line, column);
    }
}
