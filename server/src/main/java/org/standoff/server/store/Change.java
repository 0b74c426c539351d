package org.standoff.server.store;

import java.util.Objects;

/**
 * Who asks for a write, through which operation and on what, as the history records it.
 *
 * @param operation the API operation, e.g. {@code createQuote} or {@code db import}
 * @param actor     the account that asked ({@code "anonymous"} on a server without accounts), or null
 *                  when no person asked (a command-line import)
 * @param subject   the id of the annotation or entity the write is about, or null for a whole-document write
 */
public record Change(String operation, String actor, String subject) {
    public Change {
        Objects.requireNonNull(operation, "operation");
    }

    /** A whole-document change by {@code actor}. */
    public Change(String operation, String actor) {
        this(operation, actor, null);
    }

    /** A whole-document change by nobody in particular. */
    public static Change of(String operation) {
        return new Change(operation, null, null);
    }
}
