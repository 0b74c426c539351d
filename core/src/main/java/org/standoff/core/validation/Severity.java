package org.standoff.core.validation;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** The data is wrong: a file with an error must not be trusted or written back unchanged. */
    ERROR,
    /** The data is suspicious or loses something, but is usable. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    INFO
}
