package org.standoff.core.model;

import java.util.Objects;

/**
 * The minimal reporting expression of an attribution: {@code said}, {@code told},
 * {@code according to}, {@code believed}.
 *
 * @param id         unique id
 * @param extent     where it lies
 * @param lemma      its dictionary form ({@code say} for {@code said}), or {@code null}
 * @param provenance who made it, or {@code null}
 */
public record Cue(CueId id, Extent extent, String lemma, ProvenanceId provenance) implements SpanAnnotation {
    public Cue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extent, "extent");
    }

    /** A cue without provenance. */
    public static Cue of(String id, int start, int end, String lemma) {
        return new Cue(CueId.of(id), Extent.of(start, end), lemma, null);
    }
}
