package org.standoff.server.store;

import java.util.List;

/**
 * One page of a document listing.
 *
 * @param documents   the page, ordered by id
 * @param hasNext     whether documents follow the page
 * @param hasPrevious whether documents precede it
 * @param totalCount  how many documents the filter selects in all
 */
public record DocumentPage(List<StoredDocument> documents, boolean hasNext, boolean hasPrevious, int totalCount) {
    public DocumentPage {
        documents = List.copyOf(documents);
    }
}
