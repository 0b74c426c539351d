package org.standoff.core.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the document talks about: a person, an organization, a document, the author. An
 * entity has no span; it lies on the text through the {@link Mention}s that point at it.
 *
 * @param id            unique id
 * @param canonicalName a readable name ("Jiang Zemin")
 * @param entityType    what kind of thing it is
 * @param kbIds         knowledge-base ids by knowledge base, in insertion order ({@code wikidata → Q16597})
 * @param metonymy      whether its mentions name it by something associated ("the Kremlin" for the government)
 * @param provenance    who made it, or {@code null}
 */
public record Entity(EntityId id, String canonicalName, EntityType entityType, Map<String, String> kbIds,
                     boolean metonymy, ProvenanceId provenance) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(entityType, "entityType");
        kbIds = kbIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kbIds));
    }

    /** An entity with no knowledge-base ids, not metonymic, without provenance. */
    public static Entity of(String id, String canonicalName, EntityType type) {
        return new Entity(EntityId.of(id), canonicalName, type, Map.of(), false, null);
    }

    /** The Wikidata id ({@code Q…}), or {@code null}. */
    public String wikidata() {
        return kbIds.get("wikidata");
    }
}
