package org.standoff.core.anchor;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Revision;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.text.Span;

/**
 * Moves one annotation: places its bounds with the {@link SpanPlacer}, then makes its fragments
 * (and a quote's verbatim parts, an attribution's supplements) follow: shifted with the bounds when
 * they were found by search, mapped through the edit script and kept inside the new bounds
 * otherwise, zero-width at the new start when orphaned.
 */
final class Mover {
    private final SpanPlacer placer;
    private final String oldText;
    private final String newText;
    private final TextDiff diff;

    Mover(SpanPlacer placer, String oldText, String newText, TextDiff diff) {
        this.placer = placer;
        this.oldText = oldText;
        this.newText = newText;
        this.diff = diff;
    }

    /** A moved span annotation, its revision entry, and its report line unless it is exact. */
    record Moved(SpanAnnotation annotation, Revision.Anchor anchor, SpanChange change) {
    }

    Moved move(SpanAnnotation annotation) {
        Span old = annotation.span();
        Placement placement = placer.place(old.start(), old.end());
        Extent extent = new Extent(fragments(annotation.extent().fragments(), placement, old.start()));
        SpanAnnotation next = withExtent(annotation, extent, placement, old.start());
        String id = annotation.id().value();
        boolean review = placement.status().needsReview();
        Revision.Anchor anchor = new Revision.Anchor(id, placement.status(), placement.score(),
                review ? annotation.coveredText(oldText) : null, List.of());
        SpanChange change = placement.status() == AnchorStatus.EXACT ? null
                : new SpanChange(id, annotation.kind(), placement.status(), placement.score(), old,
                        SpanContext.of(oldText, old.start(), old.end()), next.span(),
                        SpanContext.of(newText, placement.start(), placement.end()));
        return new Moved(next, anchor, change);
    }

    /** An attribution with its supplements placed, and each supplement's part name and status. */
    record MovedAttribution(Attribution attribution, List<Reanchor.SupplementStatus> supplements) {
    }

    /** {@code attribution} with its supplements placed on their own. */
    MovedAttribution supplements(Attribution attribution) {
        List<Supplement> moved = new ArrayList<>();
        List<Reanchor.SupplementStatus> statuses = new ArrayList<>();
        for (Supplement supplement : attribution.supplements()) {
            Placement placement = placer.place(supplement.span().start(), supplement.span().end());
            moved.add(new Supplement(supplement.role(), Span.of(placement.start(), placement.end())));
            statuses.add(new Reanchor.SupplementStatus("supplement:" + supplement.role().name(), placement.status()));
        }
        return new MovedAttribution(new Attribution(attribution.id(), attribution.source(), attribution.cue(),
                attribution.contents(), moved, attribution.nestedIn(), attribution.provenance()), statuses);
    }

    private SpanAnnotation withExtent(SpanAnnotation a, Extent extent, Placement placement, int oldStart) {
        if (a instanceof Segment) {
            Segment s = (Segment) a;
            return new Segment(s.id(), extent, s.segmentType(), s.provenance());
        } else if (a instanceof Mention) {
            Mention m = (Mention) a;
            return new Mention(m.id(), extent, m.mentionType(), m.entity(), m.provenance());
        } else if (a instanceof Quote) {
            Quote q = (Quote) a;
            return new Quote(q.id(), extent, q.quoteType(), follow(q.verbatim(), placement, oldStart), q.embeddedIn(),
                    q.provenance());
        } else if (a instanceof Cue) {
            Cue c = (Cue) a;
            return new Cue(c.id(), extent, c.lemma(), c.provenance());
        } else if (a instanceof Claim) {
            Claim c = (Claim) a;
            return new Claim(c.id(), extent, c.claimType(), c.checkworthy(), c.claimText(), c.claimant(), c.attribution(),
                    c.quote(), c.provenance());
        } else if (a instanceof GenericSpan) {
            GenericSpan g = (GenericSpan) a;
            return new GenericSpan(g.id(), g.layer(), g.label(), extent, g.attributes(), g.provenance());
        }
        throw new IllegalStateException("unhandled span annotation " + a);
    }

    /** An extent's fragments moved: the first starts and the last ends where the placement says. */
    private List<Span> fragments(List<Span> fragments, Placement placement, int oldStart) {
        if (fragments.size() == 1) {
            return List.of(Span.of(placement.start(), placement.end()));
        }
        List<Span> moved = new ArrayList<>(follow(fragments, placement, oldStart));
        int last = moved.size() - 1;
        moved.set(0, Span.of(placement.start(), Math.max(placement.start(), moved.get(0).end())));
        moved.set(last, Span.of(Math.min(moved.get(last).start(), placement.end()), placement.end()));
        return moved;
    }

    /**
     * Sub-spans of a placed span, moved with it: shifted by the placement's offset when it was found
     * by search, zero-width at its start when orphaned, else mapped through the edit script and
     * clamped in order inside the placement.
     */
    private List<Span> follow(List<Span> spans, Placement placement, int oldStart) {
        List<Span> moved = new ArrayList<>(spans.size());
        int floor = placement.start();
        for (Span span : spans) {
            int start;
            int end;
            if (placement.status() == AnchorStatus.ORPHANED) {
                start = placement.start();
                end = placement.start();
            } else if (placement.moved()) {
                start = span.start() + placement.start() - oldStart;
                end = span.end() + placement.start() - oldStart;
            } else {
                start = clamp(diff.mapStart(span.start()), floor, placement.end());
                end = clamp(diff.mapEnd(span.end()), start, placement.end());
            }
            moved.add(Span.of(start, end));
            floor = end;
        }
        return moved;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
    }
}
