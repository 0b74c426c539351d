package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * The checks every token of the input passes, in this one place: nesting no deeper than the limit,
 * no number longer than the limit, and no key twice in one object; each is {@link Fatal}. The keys
 * of an object stay in its frame while it is open and until another object opens at its depth, so
 * that a decoder can tell a missing field from a broken one ({@link #hadKey}). A key that is one of
 * the fields of the object's kind ({@link FieldNames}) is a bit of the frame; any other key is kept
 * in a list, and in a set beyond {@value #SCANNED}. Not thread-safe.
 */
final class TokenChecks {
    /** Keys other than the kind's an object may have before they are kept in a set instead of scanned. */
    private static final int SCANNED = 16;

    private final JsonParser parser;
    private final Locator locator;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    /** Open arrays and objects. */
    private int depth;
    /** Open objects; the frame of the innermost is {@code objects - 1}. */
    private int objects;
    /** Objects started so far. */
    private int started;
    /** Per frame: the kind's fields seen, as bits of their index in {@link #kinds}. */
    private long[] seen = new long[8];
    private FieldNames[] kinds = new FieldNames[8];
    /** Per frame: the other keys. */
    private String[][] keys = new String[8][];
    private int[] keyCounts = new int[8];
    private Set<?>[] keySets = new Set<?>[8];

    TokenChecks(JsonParser parser, Locator locator, ReaderOptions options) {
        this.parser = parser;
        this.locator = locator;
        this.maxNestingDepth = options.maxNestingDepth();
        this.maxNumberLength = options.maxNumberLength();
    }

    /** What stops reading a document (a repeated key, a limit): one fatal diagnostic. */
    static final class Fatal extends IOException {
        private static final long serialVersionUID = 1L;
        final String code;
        final transient Loc loc;

        Fatal(String code, Loc loc, String message) {
            super(message, null);
            this.code = code;
            this.loc = loc;
        }
    }

    /** Checks the token the parser has just moved to (a field name of an object no decoder reads: see {@link #key}). */
    void token(JsonToken token) throws IOException {
        switch (token.id()) {
            case JsonTokenId.ID_START_OBJECT:
                open();
                openObject();
                break;
            case JsonTokenId.ID_START_ARRAY:
                open();
                break;
            case JsonTokenId.ID_END_OBJECT:
                depth--;
                objects--;
                break;
            case JsonTokenId.ID_END_ARRAY:
                depth--;
                break;
            case JsonTokenId.ID_FIELD_NAME:
                key(parser.currentName(), null, -1);
                break;
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                number();
                break;
            default:
                break;
        }
    }

    private void number() throws IOException {
        int length = parser.getTextLength();
        if (length > maxNumberLength) {
            throw new Fatal(DiagnosticCodes.LIMIT_NUMBER_LENGTH, locator.here(parser, null), "Number value length ("
                    + length + ") exceeds the maximum allowed (" + maxNumberLength + ") (ReaderOptions.maxNumberLength)");
        }
    }

    private void open() throws Fatal {
        if (++depth > maxNestingDepth) {
            throw new Fatal(DiagnosticCodes.LIMIT_NESTING_DEPTH, locator.here(parser, null), "Document nesting depth ("
                    + depth + ") exceeds the maximum allowed (" + maxNestingDepth + ") (ReaderOptions.maxNestingDepth)");
        }
    }

    private void openObject() {
        if (objects == keys.length) {
            int size = objects * 2;
            seen = Arrays.copyOf(seen, size);
            kinds = Arrays.copyOf(kinds, size);
            keys = Arrays.copyOf(keys, size);
            keyCounts = Arrays.copyOf(keyCounts, size);
            keySets = Arrays.copyOf(keySets, size);
        }
        started++;
        seen[objects] = 0;
        kinds[objects] = null;
        keyCounts[objects] = 0;
        keySets[objects] = null;
        objects++;
    }

    /**
     * Records the key {@code name} the parser is on in its object, which is field {@code index} of
     * {@code kind} or, when {@code index < 0}, not one of them; a key the object already has is fatal.
     */
    @SuppressWarnings("unchecked")
    void key(String name, FieldNames kind, int index) throws Fatal {
        int at = objects - 1;
        if (index >= 0) {
            long bit = 1L << index;
            if ((seen[at] & bit) != 0) {
                throw duplicate(name);
            }
            seen[at] |= bit;
            kinds[at] = kind;
            return;
        }
        Set<String> set = (Set<String>) keySets[at];
        if (set != null) {
            if (!set.add(name)) {
                throw duplicate(name);
            }
            return;
        }
        String[] names = keys[at];
        int count = keyCounts[at];
        for (int i = 0; i < count; i++) {
            if (names[i] == name) { // the parser interns names, so equal names are one instance
                throw duplicate(name);
            }
        }
        if (count == SCANNED) {
            set = new HashSet<>(Arrays.asList(names));
            set.add(name);
            keySets[at] = set;
            return;
        }
        if (names == null) {
            names = keys[at] = new String[SCANNED];
        }
        names[count] = name;
        keyCounts[at] = count + 1;
    }

    /** The ordinal of the object started last, from 0. */
    int lastObject() {
        return started - 1;
    }

    /** The frame of the innermost open object, for {@link #hadKey}. */
    int objectFrame() {
        return objects - 1;
    }

    /** Whether the object of {@code frame}, open or just closed (no object opened at its depth since), had the key {@code name}. */
    @SuppressWarnings("unchecked")
    boolean hadKey(int frame, String name) {
        int index = kinds[frame] == null ? -1 : kinds[frame].indexOf(name);
        if (index >= 0) {
            return (seen[frame] & 1L << index) != 0;
        }
        if (keySets[frame] != null) {
            return ((Set<String>) keySets[frame]).contains(name);
        }
        for (int i = 0; i < keyCounts[frame]; i++) {
            if (keys[frame][i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A repeated key, reported just after its closing quote. */
    private Fatal duplicate(String name) {
        return new Fatal(DiagnosticCodes.JSON_DUPLICATE_KEY, locator.afterName(parser),
                "duplicate key " + Texts.quote(name).replace('"', '\''));
    }
}
