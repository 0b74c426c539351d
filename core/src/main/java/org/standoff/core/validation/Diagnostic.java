package org.standoff.core.validation;

import java.util.Objects;

/**
 * One problem found in a document or a file: how bad it is, a stable code, what it is about, where
 * it is, and a message a user can act on. Readers and the validator report every problem they find
 * as a diagnostic; they never stop at the first.
 *
 * <p>Example: {@code ERROR text.mismatch /mentions/0 (m1) line 12, column 5: expected "Jiang",
 * found "iang " at [466, 471) (codepoint)}.
 *
 * @param severity how bad
 * @param code     a stable, dotted, lower-case code ({@code span.out-of-range}); the list is in docs/
 * @param subject  the id value of the annotation or entity concerned, or {@code null}
 * @param location where in a file, or {@link Location#NONE} for an in-memory document
 * @param message  what is wrong, with the offending values
 */
public record Diagnostic(Severity severity, String code, String subject, Location location, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.NONE : location;
    }

    /** An error about {@code subject} (may be null) with no file location. */
    public static Diagnostic error(String code, String subject, String message) {
        return new Diagnostic(Severity.ERROR, code, subject, Location.NONE, message);
    }

    /** A warning about {@code subject} (may be null) with no file location. */
    public static Diagnostic warning(String code, String subject, String message) {
        return new Diagnostic(Severity.WARNING, code, subject, Location.NONE, message);
    }

    /** A copy at {@code newLocation}. */
    public Diagnostic at(Location newLocation) {
        return new Diagnostic(severity, code, subject, newLocation, message);
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: severity, code, location, subject, message. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(severity.name()).append(' ').append(code);
        if (!location.equals(Location.NONE)) {
            out.append(' ').append(location);
        }
        if (subject != null) {
            out.append(" (").append(subject).append(')');
        }
        return out.append(": ").append(message).toString();
    }
}
