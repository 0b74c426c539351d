package org.standoff.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The record a document keeps of the last time its annotations were re-anchored onto a revised
 * text: which text they came from, how, and how every annotation came through.
 *
 * <p>Example: after a typo fix inside quote {@code q7},
 * {@code new Revision(oldFingerprint, "diff+search+fuzzy", 0.75, List.of(new Anchor("q7", EDITED, 0.98, "\"…Krmelin…\"", List.of()), …))}.
 *
 * @param previousFingerprint the fingerprint of the text the annotations were on before
 * @param method              how they were moved ({@link #METHOD} for Standoff's re-anchoring)
 * @param threshold           the lowest score a fuzzy or edited placement was accepted with, in [0, 1]
 * @param anchors             one entry per annotation, in the document's annotation order
 */
public record Revision(Fingerprint previousFingerprint, String method, double threshold, List<Anchor> anchors) {
    /** The method name of {@code org.standoff.core.anchor.Reanchor}. */
    public static final String METHOD = "diff+search+fuzzy";

    public Revision {
        Objects.requireNonNull(previousFingerprint, "previousFingerprint");
        Objects.requireNonNull(method, "method");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        anchors = List.copyOf(anchors);
    }

    /**
     * How one annotation came through the revision.
     *
     * @param annotation    the annotation's id value
     * @param status        its status
     * @param score         for {@link AnchorStatus#EDITED} and {@link AnchorStatus#FUZZY}, the score in [0, 1]; else {@code null}
     * @param previousText  for a span annotation that needs review, the text it covered before; else {@code null}
     * @param orphanedParts for a relation, the ids of its parts that were orphaned (a source, cue, content, argument,
     *                      or {@code "supplement:ROLE"}); else empty
     */
    public record Anchor(String annotation, AnchorStatus status, Double score, String previousText,
                         List<String> orphanedParts) {
        public Anchor {
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(status, "status");
            if (score != null && !(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0, 1]: " + score);
            }
            orphanedParts = orphanedParts == null ? List.of() : List.copyOf(orphanedParts);
        }
    }
}
