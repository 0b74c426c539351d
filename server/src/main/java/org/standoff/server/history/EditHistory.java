package org.standoff.server.history;

import java.util.List;

/**
 * The edit history of a corpus: every accepted edit, appended once, never changed. The directory store
 * keeps it in a file of the corpus directory ({@link HistoryLog}); a database store in a table.
 * Implementations are thread-safe.
 */
public interface EditHistory {

    /** Appends {@code edit}; returns once it is durable. */
    void record(Edit edit);

    /** Every edit of the document with that id, oldest first; also after the document was deleted. */
    List<Edit> of(String documentId);
}
