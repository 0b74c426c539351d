package org.standoff.server.store;

import org.standoff.core.model.Entity;

/**
 * An entity of one document as corpus-wide queries see it, with its corpus identity: entities of
 * different documents with the same corpus id are the same speaker, claimant or referent for those
 * queries (docs/API.md, "Corpus-wide queries"). The corpus id is
 * <ul>
 *   <li>{@code wikidata:Q7747} when the entity has a Wikidata id ({@code kbIds.wikidata});</li>
 *   <li>else {@code corpus:NAME} when it has an explicit corpus-level link ({@code kbIds.corpus}: the
 *       annotators' own id for entities that have no Wikidata item);</li>
 *   <li>else {@code document:DOCUMENT#ENTITY}: the entity is its document's own.</li>
 * </ul>
 * Group entities are not expanded into their members: "Putin and Jiang" is a speaker of its own.
 *
 * @param corpusId      the corpus identity
 * @param wikidata      the Wikidata id, or null
 * @param entityId      the entity's id in its document
 * @param canonicalName its canonical name
 * @param entityType    its type's name
 */
public record CorpusIdentity(String corpusId, String wikidata, String entityId, String canonicalName, String entityType) {
    /** The knowledge base whose ids link entities across documents when they have no Wikidata id. */
    public static final String CORPUS_KB = "corpus";

    /** The identity of {@code entity} of document {@code documentId}. */
    public static CorpusIdentity of(String documentId, Entity entity) {
        return new CorpusIdentity(corpusId(documentId, entity), entity.wikidata(), entity.id().value(),
                entity.canonicalName(), entity.entityType().name());
    }

    /** The corpus id of {@code entity} of document {@code documentId}. */
    public static String corpusId(String documentId, Entity entity) {
        if (entity.wikidata() != null) {
            return "wikidata:" + entity.wikidata();
        }
        String link = entity.kbIds().get(CORPUS_KB);
        return link != null ? "corpus:" + link : "document:" + documentId + "#" + entity.id().value();
    }
}
