package org.standoff.server.store;

/**
 * An entity across the corpus: every document's entity with one corpus identity ({@link CorpusIdentity}).
 * Name, type and Wikidata id are those of the first document (by id) that has it.
 *
 * @param corpusId      the corpus identity
 * @param canonicalName the canonical name
 * @param entityType    the entity type's name
 * @param wikidata      the Wikidata id, or null
 * @param documentCount how many documents have it
 * @param mentionCount  its mentions in all of them
 * @param quoteCount    the quotes it is the speaker of
 * @param claimCount    the claims it is the claimant of
 */
public record CorpusEntity(String corpusId, String canonicalName, String entityType, String wikidata, long documentCount,
                           long mentionCount, long quoteCount, long claimCount) {
}
