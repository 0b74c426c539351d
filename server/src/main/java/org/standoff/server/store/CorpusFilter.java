package org.standoff.server.store;

/**
 * Which annotations a corpus-wide query selects; the fields given combine with AND, a null field
 * selects every annotation. Each field applies to the kinds its description names.
 *
 * @param entity       the speaker (quotes), claimant (claims), referent (mentions), or the entity itself
 *                     (entities); {@link EntityMatch#ANY} or null for any
 * @param type         the quote, claim, mention or entity type's name
 * @param cueLemma     quotes: the cue lemma of the quote's attribution, exactly
 * @param checkworthy  claims: whether check-worthy
 * @param textContains a part of the covered text (a claim's decontextualized text too), ignoring case
 * @param documentId   only annotations of this document
 */
public record CorpusFilter(EntityMatch entity, String type, String cueLemma, Boolean checkworthy, String textContains,
                           String documentId) {
    /** Selects everything. */
    public static final CorpusFilter ALL = new CorpusFilter(EntityMatch.ANY, null, null, null, null, null);

    public CorpusFilter {
        entity = entity == null ? EntityMatch.ANY : entity;
    }

    /** This filter with {@code entity} instead. */
    public CorpusFilter withEntity(EntityMatch match) {
        return new CorpusFilter(match, type, cueLemma, checkworthy, textContains, documentId);
    }
}
