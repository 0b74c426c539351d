package org.standoff.core.anchor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.Revision;
import org.standoff.core.model.SpanAnnotation;

/**
 * Re-anchoring: the front door for moving a document's annotations onto a revised text.
 *
 * <p>Every span annotation is placed by a {@link SpanPlacer} through the code-point edit script
 * between the old and the new text (Apache Commons Text's diff), then by exact search, then by a
 * fuzzy match; it gets a status: {@code exact}, {@code shifted}, {@code edited}, {@code fuzzy} with
 * a score, or {@code orphaned}. An orphaned annotation is kept, zero-width where its start maps to,
 * so nothing that refers to it breaks. Fragments, a quote's verbatim parts and an attribution's
 * supplements follow their spans; an attribution or generic relation gets the worst status of its
 * parts, and the ids of its orphaned parts: flagged, never dropped.
 *
 * <pre>{@code
 * Reanchoring result = Reanchor.reanchor(document, revisedText);
 * result.report().counts();            // {EXACT=12, SHIFTED=1204, EDITED=3, FUZZY=0, ORPHANED=2}
 * result.document().revision();        // the previous fingerprint, the method, a status per annotation
 * }</pre>
 *
 * <p>The document's id, metadata, entities, schema, provenance and unknown fields are kept as they are.
 */
public final class Reanchor {
    private Reanchor() {
    }

    /** {@code document}'s annotations re-anchored onto {@code newText} with the {@linkplain ReanchorOptions#DEFAULTS default options}. */
    public static Reanchoring reanchor(Document document, String newText) {
        return reanchor(document, newText, ReanchorOptions.DEFAULTS);
    }

    /** {@code document}'s annotations re-anchored onto {@code newText}. */
    public static Reanchoring reanchor(Document document, String newText, ReanchorOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(options, "options");
        String oldText = document.text();
        TextDiff diff = TextDiff.of(oldText, newText);
        SpanPlacer placer = new SpanPlacer(oldText, newText, diff, options);
        Mover mover = new Mover(placer, oldText, newText, diff);
        Map<String, Revision.Anchor> anchors = new HashMap<>(2 * document.annotations().size());
        List<Annotation> moved = new ArrayList<>();
        List<SpanChange> changes = new ArrayList<>();
        for (SpanAnnotation annotation : document.spanAnnotations()) {
            Mover.Moved result = mover.move(annotation);
            moved.add(result.annotation());
            anchors.put(annotation.id().value(), result.anchor());
            if (result.change() != null) {
                changes.add(result.change());
            }
        }
        for (Attribution attribution : document.attributions()) {
            Mover.MovedAttribution next = mover.supplements(attribution);
            moved.add(next.attribution());
            anchors.put(attribution.id().value(), relationAnchor(attribution, next.supplements(), anchors));
        }
        for (GenericRelation relation : document.genericRelations()) {
            moved.add(relation);
            List<String> parts = relation.arguments().stream().map(a -> a.target().value()).toList();
            anchors.put(relation.id().value(), RelationStatus.of(relation.id().value(), parts, List.of(), anchors));
        }
        return result(document, newText, options, moved, anchors, changes);
    }

    private static Revision.Anchor relationAnchor(Attribution attribution, List<SupplementStatus> supplements,
                                                  Map<String, Revision.Anchor> anchors) {
        List<String> parts = new ArrayList<>();
        if (attribution.source() != null) {
            parts.add(attribution.source().value());
        }
        if (attribution.cue() != null) {
            parts.add(attribution.cue().value());
        }
        attribution.contents().forEach(content -> parts.add(content.quote().value()));
        return RelationStatus.of(attribution.id().value(), parts, supplements, anchors);
    }

    private static Reanchoring result(Document document, String newText, ReanchorOptions options, List<Annotation> moved,
                                      Map<String, Revision.Anchor> anchors, List<SpanChange> changes) {
        List<Revision.Anchor> ordered = new ArrayList<>();
        Map<AnchorStatus, Integer> counts = new EnumMap<>(AnchorStatus.class);
        List<Revision.Anchor> flaggedRelations = new ArrayList<>();
        for (Annotation annotation : document.annotations()) {
            Revision.Anchor anchor = anchors.get(annotation.id().value());
            ordered.add(anchor);
            counts.merge(anchor.status(), 1, Integer::sum);
            if (!anchor.orphanedParts().isEmpty()) {
                flaggedRelations.add(anchor);
            }
        }
        Fingerprint previous = document.fingerprint();
        DocumentBuilder builder = Document.builder(document.id(), newText).metadata(document.metadata())
                .schema(document.schema()).addAll(moved)
                .revision(new Revision(previous, Revision.METHOD, options.threshold(), ordered));
        document.entities().forEach(builder::entity);
        document.provenance().forEach(builder::provenance);
        document.unknownFields().byOwner().forEach((owner, fields) -> fields.forEach((name, raw) -> builder.unknownField(owner, name, raw)));
        Document next = builder.build();
        return new Reanchoring(next, new ReanchorReport(previous, next.fingerprint(), counts, changes, flaggedRelations));
    }

    /** A supplement's part name and status. */
    record SupplementStatus(String part, AnchorStatus status) {
    }

    /** The worst status of a relation's parts, and which of them are orphaned. */
    private static final class RelationStatus {
        private RelationStatus() {
        }

        static Revision.Anchor of(String id, List<String> parts, List<SupplementStatus> supplements,
                                  Map<String, Revision.Anchor> anchors) {
            AnchorStatus worst = AnchorStatus.EXACT;
            List<String> orphaned = new ArrayList<>();
            for (String part : parts) {
                Revision.Anchor anchor = anchors.get(part);
                if (anchor == null) {
                    continue; // a dangling reference: the validator reports it
                }
                worst = worst.compareTo(anchor.status()) >= 0 ? worst : anchor.status();
                if (anchor.status() == AnchorStatus.ORPHANED) {
                    orphaned.add(part);
                }
            }
            for (SupplementStatus supplement : supplements) {
                worst = worst.compareTo(supplement.status()) >= 0 ? worst : supplement.status();
                if (supplement.status() == AnchorStatus.ORPHANED) {
                    orphaned.add(supplement.part());
                }
            }
            return new Revision.Anchor(id, worst, null, null, orphaned);
        }
    }
}
