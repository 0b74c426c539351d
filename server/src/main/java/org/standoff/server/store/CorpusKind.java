package org.standoff.server.store;

/** The annotation kinds a corpus-wide query lists ({@link CorpusQueries}). */
public enum CorpusKind {
    /** Quotes; their entity is the speaker (the source mention's entity of the quote's first attribution). */
    QUOTES,
    /** Claims; their entity is the claimant. */
    CLAIMS,
    /** Mentions; their entity is the one they refer to. */
    MENTIONS
}
