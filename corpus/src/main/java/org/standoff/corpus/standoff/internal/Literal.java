package org.standoff.corpus.standoff.internal;

/**
 * A fixed piece of ASCII JSON text, encoded once for both kinds of {@link JsonOutput}: a separator
 * of the layout such as {@code ",\n  "}, a keyword, or a quoted value such as {@code "TOKEN"}.
 * Immutable.
 */
final class Literal {
    final byte[] bytes;
    final char[] chars;

    private Literal(String ascii) {
        this.chars = ascii.toCharArray();
        this.bytes = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 0x80) {
                throw new IllegalArgumentException("not ASCII: \"" + ascii + "\"");
            }
            bytes[i] = (byte) chars[i];
        }
    }

    /** The text {@code ascii} as it is. */
    static Literal of(String ascii) {
        return new Literal(ascii);
    }

    /** The names of {@code constants} as quoted JSON strings, by ordinal. */
    static Literal[] quotedNames(Enum<?>[] constants) {
        Literal[] names = new Literal[constants.length];
        for (Enum<?> constant : constants) {
            names[constant.ordinal()] = new Literal('"' + constant.name() + '"');
        }
        return names;
    }
}
