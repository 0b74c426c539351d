package org.standoff.core.text;

import java.util.Locale;

/**
 * The unit in which an offset counts positions of a text. The Java model always counts
 * {@link #UTF16} code units; files and APIs declare their unit and convert at the edge through an
 * {@link OffsetIndex}.
 */
public enum OffsetUnit {
    /** Unicode code points: Python's {@code str} indexes, W3C Web Annotation, brat, STAM. */
    CODEPOINT("codepoint"),
    /** UTF-16 code units: Java's {@code String} and JavaScript indexes. */
    UTF16("utf16"),
    /** Bytes of the UTF-8 encoding: Rust and Go string indexes, some CAS JSON producers. */
    UTF8("utf8");

    private final String wireName;

    OffsetUnit(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in files ({@code codepoint}, {@code utf16}, {@code utf8}). */
    public String wireName() {
        return wireName;
    }

    /**
     * The unit with the given wire name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static OffsetUnit fromWireName(String name) {
        for (OffsetUnit unit : values()) {
            if (unit.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown offset unit \"" + name + "\" (expected codepoint, utf16 or utf8)");
    }
}
