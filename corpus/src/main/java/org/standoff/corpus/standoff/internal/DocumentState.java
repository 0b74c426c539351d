package org.standoff.corpus.standoff.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The annotations in file order, each an {@code Annotation} or a {@link Pending} one. */
    final List<Object> annotations = new ArrayList<>();
    final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();
    /** The ids of the objects read, and their ordinals among the input's objects, for {@link #locOf}. */
    private final List<String> locatedIds = new ArrayList<>();
    private int[] locatedObjects = new int[64];
    private final Cursor cursor;
    private Map<String, Loc> locById;

    /** The state of the document {@code cursor} reads (which finds the places of its objects). */
    DocumentState(Cursor cursor) {
        this.cursor = cursor;
    }

    private Map<String, Loc> secondLocById;

    /**
     * Remembers where the object with id {@code idValue} is. Only a diagnostic of the validator
     * looks an id up, so the maps from ids to places are built on the first look-up, not here.
     */
    void located(String idValue, ObjectState object) {
        if (locatedIds.size() == locatedObjects.length) {
            locatedObjects = Arrays.copyOf(locatedObjects, locatedObjects.length * 2);
        }
        locatedObjects[locatedIds.size()] = object.object();
        locatedIds.add(idValue);
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
            Loc loc = cursor.objectLoc(locatedObjects[i]);
            if (locById.putIfAbsent(locatedIds.get(i), loc) != null) {
                secondLocById.putIfAbsent(locatedIds.get(i), loc);
            }
        }
    }

    /** Keeps the unknown fields of {@code owner} (an id value, or {@link UnknownFields#DOCUMENT}). */
    void unknown(String owner, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Map<String, String> kept = unknown.putIfAbsent(owner, fields);
        if (kept != null) {
            if (!(kept instanceof LinkedHashMap)) {
                unknown.put(owner, kept = new LinkedHashMap<>(kept));
            }
            kept.putAll(fields);
        }
    }

    /** Adds an annotation (or one to make once its offsets are resolved: a {@link Pending}), with its unknown fields. */
    void annotation(String idValue, ObjectState object, Object annotation) {
        located(idValue, object);
        unknown(idValue, object.unknownFields());
        annotations.add(annotation);
    }
}
