package org.standoff.core.model;

import java.util.Objects;

/**
 * A stretch of text that refers to an {@link Entity}: a name, a nominal, a pronoun or a list. A
 * speaker is a mention that is an attribution's source; an entity's mentions are its coreference
 * chain.
 *
 * @param id          unique id
 * @param extent      where it lies
 * @param mentionType how it refers
 * @param entity      the entity referred to, or {@code null} while unresolved
 * @param provenance  who made it, or {@code null}
 */
public record Mention(MentionId id, Extent extent, MentionType mentionType, EntityId entity, ProvenanceId provenance)
        implements SpanAnnotation {
    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(mentionType, "mentionType");
    }

    /** A mention without provenance. */
    public static Mention of(String id, int start, int end, MentionType type, String entity) {
        return new Mention(MentionId.of(id), Extent.of(start, end), type, entity == null ? null : EntityId.of(entity), null);
    }
}
