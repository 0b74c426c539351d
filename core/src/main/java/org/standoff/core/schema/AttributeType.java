package org.standoff.core.schema;

/** The type of a generic attribute's values. */
public enum AttributeType {
    /** Any text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A finite decimal number (whole numbers are accepted too). */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** One of the attribute's declared values, as text. */
    ENUM
}
