package org.standoff.server.store;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.standoff.core.model.Document;

/**
 * Every document of a store, read a page at a time in id order while it is iterated, so a command
 * can walk a corpus larger than memory once ({@code standoff stats --db URL}) through the
 * {@link Store} alone. Its size is the store's document count when it was made.
 */
public final class AllDocuments extends AbstractCollection<Document> {
    /** Documents per page. */
    static final int PAGE = 100;

    private final Store store;
    private final int size;

    public AllDocuments(Store store) {
        this.store = store;
        this.size = Math.toIntExact(store.counts().documents());
    }

    @Override
    public Iterator<Document> iterator() {
        return new Iterator<>() {
            private List<StoredDocument> page = List.of();
            private int next;
            private String last;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (!more) {
                    return false;
                }
                DocumentPage read = store.page(DocumentFilter.ALL, PAGE, last);
                page = read.documents();
                next = 0;
                more = read.hasNext();
                if (!page.isEmpty()) {
                    last = page.get(page.size() - 1).id();
                }
                return !page.isEmpty();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++).document();
            }
        };
    }

    @Override
    public int size() {
        return size;
    }
}
