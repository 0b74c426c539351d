package org.standoff.server.store;

import java.io.IOException;

/**
 * Where a {@link DirectoryStore} puts what it writes. Both methods return only once the change is
 * durable; the store calls them while it holds the document's write lock, before the new version
 * becomes visible to readers.
 */
public interface Persistence {

    /** Persistence that keeps nothing: a store over it lives in memory only. */
    Persistence NONE = new Persistence() {
        @Override
        public void save(StoredDocument document) {
        }

        @Override
        public void remove(String documentId) {
        }
    };

    /** Writes {@code document} (replacing its earlier version), durably. */
    void save(StoredDocument document) throws IOException;

    /** Removes the document with the given id, durably; nothing happens when it is not stored. */
    void remove(String documentId) throws IOException;
}
