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
    final Map<String, String> metadata = new LinkedHashMap<>();
    Schema schema = Schema.EMPTY;
    final List<Entity> entities = new ArrayList<>();
    final List<Provenance> provenance = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();
    private final Map<String, Loc> locById = new HashMap<>();
    private final Map<String, Loc> secondLocById = new HashMap<>();

    /** Remembers where the object with id {@code idValue} is (and where its first duplicate is). */
    void located(String idValue, Loc loc) {
        if (locById.putIfAbsent(idValue, loc) != null) {
            secondLocById.putIfAbsent(idValue, loc);
        }
    }

    /** Where the (first) object with id {@code idValue} is, or {@code null}. */
    Loc locOf(String idValue) {
        return locById.get(idValue);
    }

    /** Where the second object with id {@code idValue} is, or the first, or {@code null}. */
    Loc duplicateLocOf(String idValue) {
        return secondLocById.getOrDefault(idValue, locById.get(idValue));
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
