package org.standoff.server.store;

import java.util.Locale;

/**
 * Which entities a corpus-wide filter selects; the fields given combine with AND, a null field selects
 * every entity. The same speaker in several documents is found by its Wikidata id or corpus id
 * ({@link CorpusIdentity}).
 *
 * @param corpusId     the corpus identity, exactly ({@code wikidata:Q7747}, {@code corpus:…}, {@code document:…#…})
 * @param wikidata     the Wikidata id, exactly ({@code Q7747})
 * @param id           the entity id as a document names it (in any document), exactly
 * @param nameContains a part of the canonical name, ignoring case
 */
public record EntityMatch(String corpusId, String wikidata, String id, String nameContains) {
    /** Selects every entity. */
    public static final EntityMatch ANY = new EntityMatch(null, null, null, null);

    /** Whether every field is null. */
    public boolean isAny() {
        return corpusId == null && wikidata == null && id == null && nameContains == null;
    }

    /** Whether {@code entity} (null: none) is selected; no entity is selected by a match that is not {@link #isAny}. */
    public boolean matches(CorpusIdentity entity) {
        if (isAny()) {
            return true;
        }
        return entity != null
                && (corpusId == null || corpusId.equals(entity.corpusId()))
                && (wikidata == null || wikidata.equals(entity.wikidata()))
                && (id == null || id.equals(entity.entityId()))
                && (nameContains == null || lower(entity.canonicalName()).contains(lower(nameContains)));
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
