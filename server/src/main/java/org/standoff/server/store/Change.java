package org.standoff.server.store;

import java.util.Objects;

/**
 * Who asks for a write and through which operation, as the history records it.
 *
 * @param operation the API operation, e.g. {@code createQuote} or {@code db import}
 * @param actor     the account that asked, or null when the server runs without accounts
 */
public record Change(String operation, String actor) {
    public Change {
        Objects.requireNonNull(operation, "operation");
    }

    /** A change by nobody in particular (no accounts). */
    public static Change of(String operation) {
        return new Change(operation, null);
    }
}
