package org.standoff.corpus.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an event type (brat {@code E} lines) becomes on import: an attribution whose fields are
 * filled from the event's arguments by role.
 *
 * <p>Example (PARC): {@code roles = {Source: source, Cue: cue, Content: content, Content2: split}} turns
 * {@code E1⇥Attribution:T4 Content:T3 Cue:T2 Source:T1} into an attribution with source {@code T1},
 * cue {@code T2} and content {@code T3}.
 *
 * @param roles    argument role → attribution field, in the order the mapping file gives them
 * @param noSource why an event of this type has no source (PARC's {@code Attribution-no-source}), or
 *                 {@code null} when a missing source is a loss worth a warning
 */
public record EventRule(Map<String, Field> roles, String noSource) {
    public EventRule {
        Objects.requireNonNull(roles, "roles");
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The attribution fields an argument can fill. */
    public enum Field {
        /** The source mention. */
        SOURCE,
        /** The cue. */
        CUE,
        /** A content quote linked EXPLICIT. */
        CONTENT,
        /** A content quote linked CONTINUATION. */
        CONTINUATION,
        /** A content quote linked SPLIT (the second part of "X," he said, "Y."). */
        SPLIT,
        /** An addressee supplement (any span). */
        ADDRESSEE,
        /** A setting supplement (any span). */
        SETTING
    }
}
