package org.standoff.corpus.standoff.internal;

import java.util.List;

/**
 * The field names of one kind of object in canonical order, for reading: a name the parser read is
 * first compared with the one expected in that order ({@link Cursor#nextField(FieldNames, int)}).
 * At most 64 names, since the reader keeps the names an object had as bits ({@link TokenChecks}).
 * Immutable.
 */
final class FieldNames {
    private final String[] names;

    FieldNames(List<String> names) {
        if (names.size() > Long.SIZE) {
            throw new IllegalArgumentException("more than 64 field names: " + names);
        }
        this.names = new String[names.size()];
        for (int i = 0; i < this.names.length; i++) {
            this.names[i] = names.get(i).intern();
            if (indexOf(this.names[i]) != i) {
                throw new IllegalArgumentException("field name twice: " + names);
            }
        }
    }

    /** The index of {@code name}, which is first compared with the name at {@code expected}; or -1. */
    int indexOf(String name, int expected) {
        if (expected < names.length && names[expected] == name) { // the parser interns names, as the table's are
            return expected;
        }
        return indexOf(name);
    }

    /** The index of {@code name}, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) { // the parser interns names, as the table's are
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
