package org.standoff.corpus.standoff.internal;

/**
 * A field name encoded once together with the separators around it, so that {@link JsonOutput}
 * writes a field's name in one copy: {@code "start": } as the first field of an object and
 * {@code , "start": } after another one (without the spaces when compact). Immutable.
 */
final class FieldName {
    final Literal prettyFirst;
    final Literal prettyNext;
    final Literal compactFirst;
    final Literal compactNext;

    private FieldName(String quoted) {
        this.prettyFirst = Literal.of(quoted + ": ");
        this.prettyNext = Literal.of(", " + quoted + ": ");
        this.compactFirst = Literal.of(quoted + ":");
        this.compactNext = Literal.of("," + quoted + ":");
    }

    /** The field name {@code name}: ASCII that needs no escaping. */
    static FieldName of(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                throw new IllegalArgumentException("a field name written as a literal is ASCII without escapes: \"" + name + "\"");
            }
        }
        return new FieldName('"' + name + '"');
    }
}
