package org.standoff.core.model;

import java.util.Objects;

/**
 * A structural segment of the text: headline, boilerplate, paragraph, sentence or token.
 *
 * @param id          unique id
 * @param extent      where it lies
 * @param segmentType what kind of segment
 * @param provenance  who made it, or {@code null}
 */
public record Segment(SegmentId id, Extent extent, SegmentType segmentType, ProvenanceId provenance)
        implements SpanAnnotation {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(segmentType, "segmentType");
    }

    /** A segment without provenance. */
    public static Segment of(String id, int start, int end, SegmentType type) {
        return new Segment(SegmentId.of(id), Extent.of(start, end), type, null);
    }
}
