package org.standoff.server.store;

import java.util.List;
import org.standoff.core.validation.Diagnostic;

/** Why the store refused a read or a write. Unchecked; the server maps each kind to an error code. */
public abstract sealed class StoreException extends RuntimeException {

    private StoreException(String message) {
        super(message);
    }

    /** No document (or no annotation in it) has the given id. */
    public static final class NotFound extends StoreException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The document's version is not the one the writer expected: someone else wrote in between. */
    public static final class VersionConflict extends StoreException {
        private final long expected;
        private final long actual;

        public VersionConflict(String documentId, long expected, long actual) {
            super("document \"" + documentId + "\" is at version " + actual + ", not the expected " + expected);
            this.expected = expected;
            this.actual = actual;
        }

        public long expected() {
            return expected;
        }

        /** The document's current version, or 0 when it does not exist. */
        public long actual() {
            return actual;
        }
    }

    /** The edit would add ERROR diagnostics; nothing was written. */
    public static final class Invalid extends StoreException {
        private final List<Diagnostic> diagnostics;

        public Invalid(String message, List<Diagnostic> diagnostics) {
            super(message);
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** The new errors, in the validator's order. */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /** The store was opened read-only. */
    public static final class ReadOnly extends StoreException {
        public ReadOnly() {
            super("this server is read-only (started with --read-only)");
        }
    }

    /**
     * The store's backing service (the database) cannot be reached; nothing was written. The store
     * serves again as soon as it returns.
     */
    public static final class Unavailable extends StoreException {
        public Unavailable(String message, Throwable cause) {
            super(message);
            initCause(cause);
        }
    }

    /** A query ran longer than the store lets one run and was cancelled; nothing was changed. */
    public static final class TooLong extends StoreException {
        public TooLong(String message, Throwable cause) {
            super(message);
            initCause(cause);
        }
    }
}
