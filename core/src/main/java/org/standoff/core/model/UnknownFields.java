package org.standoff.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a reader found but does not know, kept so that a read–write round trip loses nothing. Each
 * value is the field's raw text in the file's syntax (for standoff JSON, a JSON value); core never
 * interprets it. Fields are grouped by owner: the id value of the annotation, entity or provenance
 * record that carried them, or {@link #DOCUMENT} for the document itself. Order is kept.
 *
 * @param byOwner raw field texts by field name, by owner
 */
public record UnknownFields(Map<String, Map<String, String>> byOwner) {
    /** The owner key of fields found on the document object itself. */
    public static final String DOCUMENT = "";

    /** No unknown fields. */
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    public UnknownFields {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byOwner.forEach((owner, fields) -> {
            if (!fields.isEmpty()) {
                copy.put(owner, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
            }
        });
        byOwner = Collections.unmodifiableMap(copy);
    }

    /** The unknown fields of {@code owner} (an id value, or {@link #DOCUMENT}), possibly empty. */
    public Map<String, String> of(String owner) {
        return byOwner.getOrDefault(owner, Map.of());
    }

    /** Whether no owner has unknown fields. */
    public boolean isEmpty() {
        return byOwner.isEmpty();
    }
}
