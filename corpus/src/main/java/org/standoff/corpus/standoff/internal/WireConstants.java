package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/** The constants of an enum by their wire names, for the fast path: matched in place or in the parser's buffer. */
final class WireConstants<E extends Enum<E>> {
    private final E[] values;
    private final char[][] names;
    private final byte[][] utf8;

    /** The constants of {@code values}, by their names. */
    WireConstants(E[] values) {
        this(values, Enum::name);
    }

    WireConstants(E[] values, Function<E, String> name) {
        this.values = values;
        this.names = new char[values.length][];
        this.utf8 = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = name.apply(values[i]).toCharArray();
            utf8[i] = name.apply(values[i]).getBytes(StandardCharsets.UTF_8);
            if (!InPlace.needsNoEscape(names[i])) {
                throw new IllegalArgumentException("a constant's wire name must need no escape: " + values[i]);
            }
        }
    }

    /** The constant named by the string the parser is on, or {@code null} when it is no string or names none. */
    E match(JsonParser p, InPlace in) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        int matched = in.which(utf8, names.length);
        if (matched != InPlace.CANNOT) {
            return matched < 0 ? null : values[matched];
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, chars, offset, offset + length)) {
                return values[i];
            }
        }
        return null;
    }
}
