package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;

/**
 * The field names of one kind of object in canonical order, for reading: the cursor first checks
 * whether the next name in the input is the one expected in that order, comparing bytes, and
 * looks a name up only when it is not ({@link Cursor#nextField(FieldNames, int)}). At most 64
 * names, since the reader keeps the names an object had as bits ({@link TokenChecks}). Immutable.
 */
final class FieldNames {
    private final String[] names;
    private final SerializableString[] quoted;

    FieldNames(List<String> names) {
        if (names.size() > Long.SIZE) {
            throw new IllegalArgumentException("more than 64 field names: " + names);
        }
        this.names = new String[names.size()];
        this.quoted = new SerializableString[names.size()];
        for (int i = 0; i < this.names.length; i++) {
            this.names[i] = names.get(i).intern();
            this.quoted[i] = new SerializedString(this.names[i]);
            if (indexOf(this.names[i]) != i) {
                throw new IllegalArgumentException("field name twice: " + names);
            }
        }
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    /** The name at {@code index}, encoded once for the parser to compare with its input. */
    SerializableString quoted(int index) {
        return quoted[index];
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
