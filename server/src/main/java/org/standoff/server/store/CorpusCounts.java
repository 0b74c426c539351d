package org.standoff.server.store;

/** How many documents, and annotations of each kind, a corpus holds. */
public record CorpusCounts(long documents, long entities, long mentions, long quotes, long cues, long attributions,
                           long claims) {
}
