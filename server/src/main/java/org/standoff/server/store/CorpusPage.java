package org.standoff.server.store;

import java.util.List;

/**
 * One page of a corpus-wide query, in corpus order ({@link CorpusKey}).
 *
 * @param hits    the page
 * @param hasNext whether more annotations follow it
 */
public record CorpusPage(List<CorpusHit> hits, boolean hasNext) {
    public CorpusPage {
        hits = List.copyOf(hits);
    }
}
