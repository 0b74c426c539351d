package org.standoff.corpus.standoff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.schema.Schema;

/** Everything decoded from one document object, before offsets are resolved. Not thread-safe. */
final class DocumentState {
    String format;
    Loc formatLoc;
    String id;
    Loc idLoc;
    String offsetUnit;
    Loc offsetUnitLoc;
    String text;
    Loc textLoc;
    String textRefPath;
    String textRefSha256;
    Loc textRefLoc;
    String fingerprintSha256;
    Integer fingerprintCodepoints;
    Integer fingerprintUtf16;
    Loc fingerprintLoc;
    /** The resolver of the inline text, made as soon as the text and its unit were read, or {@code null}. */
    Resolver resolver;
    final Map<String, String> metadata = new LinkedHashMap<>();
    Schema schema = Schema.EMPTY;
    org.standoff.core.model.Revision revision;
    final List<Entity> entities = new ArrayList<>();
    final List<Provenance> provenance = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();
    private final List<String> locatedIds = new ArrayList<>();
    private final List<Loc> locatedLocs = new ArrayList<>();
    private Map<String, Loc> locById;
    private Map<String, Loc> secondLocById;

    /**
     * Remembers where the object with id {@code idValue} is. Only a diagnostic of the validator
     * looks an id up, so the maps from ids to places are built on the first look-up, not here.
     */
    void located(String idValue, Loc loc) {
        locatedIds.add(idValue);
        locatedLocs.add(loc);
    }

    /** Where the (first) object with id {@code idValue} is, or {@code null}. */
    Loc locOf(String idValue) {
        indexLocations();
        return locById.get(idValue);
    }

    /** Where the second object with id {@code idValue} is, or the first, or {@code null}. */
    Loc duplicateLocOf(String idValue) {
        indexLocations();
        return secondLocById.getOrDefault(idValue, locById.get(idValue));
    }

    private void indexLocations() {
        if (locById != null) {
            return;
        }
        locById = new HashMap<>();
        secondLocById = new HashMap<>();
        for (int i = 0; i < locatedIds.size(); i++) {
            if (locById.putIfAbsent(locatedIds.get(i), locatedLocs.get(i)) != null) {
                secondLocById.putIfAbsent(locatedIds.get(i), locatedLocs.get(i));
            }
        }
    }

    /** Keeps the unknown fields of {@code owner} (an id value, or {@link UnknownFields#DOCUMENT}). */
    void unknown(String owner, Map<String, String> fields) {
        if (!fields.isEmpty()) {
            unknown.computeIfAbsent(owner, key -> new LinkedHashMap<>()).putAll(fields);
        }
    }

    /** Adds an annotation to resolve later, with its unknown fields. */
    void pending(String idValue, ObjectState object, java.util.function.Function<Resolver, org.standoff.core.model.Annotation> builder) {
        located(idValue, object.loc());
        unknown(idValue, object.unknownFields());
        pending.add(new Pending(idValue, object.loc(), builder));
    }
}
