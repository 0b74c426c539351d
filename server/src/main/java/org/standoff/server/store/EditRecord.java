package org.standoff.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One accepted edit of a document, as the history keeps it.
 *
 * @param documentId    the document
 * @param versionBefore its version before the edit (0 for a new document)
 * @param versionAfter  its version after (0 for a deletion)
 * @param at            when the edit was accepted
 * @param change        which operation, and who
 * @param before        the changed annotations before, each as its canonical standoff JSON object
 * @param after         the changed annotations after, likewise
 */
public record EditRecord(String documentId, long versionBefore, long versionAfter, Instant at, Change change,
                         List<String> before, List<String> after) {
    public EditRecord {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(change, "change");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
