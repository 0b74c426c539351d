package org.standoff.server.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted edit of a document.
 *
 * @param time       when it was accepted
 * @param author     the account that made it, or {@code "anonymous"} on a server without accounts
 * @param documentId the document edited
 * @param version    the document's version after the edit; 0 when the edit deleted the document
 * @param operation  what was done: the mutation's name, e.g. {@code "createQuote"}, {@code "importDocument"}
 * @param subject    the id of the annotation or entity edited, or {@code null} for a whole-document edit
 */
public record Edit(Instant time, String author, String documentId, long version, String operation, String subject) {
    public Edit {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(operation, "operation");
        if (version < 0) {
            throw new IllegalArgumentException("a version is not negative: " + version);
        }
    }
}
