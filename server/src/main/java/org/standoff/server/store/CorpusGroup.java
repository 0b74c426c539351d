package org.standoff.server.store;

/** What the counts of a corpus-wide query are grouped by ({@link CorpusQueries#groups}). */
public enum CorpusGroup {
    /** The entity's corpus identity ({@link CorpusIdentity}): a quote's speaker, a claim's claimant, a mention's entity. */
    ENTITY,
    /** A quote's cue lemma. */
    CUE_LEMMA,
    /** The quote, claim or mention type. */
    TYPE,
    /** A claim's check-worthiness ({@code true} or {@code false}). */
    CHECKWORTHY,
    /** The document id. */
    DOCUMENT
}
