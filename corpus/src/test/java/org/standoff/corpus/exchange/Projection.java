package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;

/**
 * A document described without ids, for comparing a document with its export re-imported: each
 * annotation as a line naming its kind, type, extent and what it links to (by the linked
 * annotation's extent, an entity by its name), sorted.
 */
public final class Projection {
    private Projection() {
    }

    /** The sorted lines describing {@code doc}'s annotations and entities. */
    public static List<String> of(Document doc) {
        List<String> lines = new ArrayList<>();
        for (SpanAnnotation a : doc.spanAnnotations()) {
            lines.add(span(doc, a));
        }
        for (Attribution a : doc.attributions()) {
            lines.add(attribution(doc, a));
        }
        for (Entity e : doc.entities()) {
            if (!doc.mentionsOf(e.id()).isEmpty()) {
                lines.add(entity(e));
            }
        }
        lines.sort(null);
        return lines;
    }

    /**
     * The same lines keyed by what they describe: an annotation's id, or {@code entity:<id>} for an
     * entity that a mention names, in document order.
     */
    public static java.util.Map<String, String> byId(Document doc) {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (SpanAnnotation a : doc.spanAnnotations()) {
            lines.put(a.id().value(), span(doc, a));
        }
        for (Attribution a : doc.attributions()) {
            lines.put(a.id().value(), attribution(doc, a));
        }
        for (Entity e : doc.entities()) {
            if (!doc.mentionsOf(e.id()).isEmpty()) {
                lines.put("entity:" + e.id().value(), entity(e));
            }
        }
        return lines;
    }

    private static String attribution(Document doc, Attribution a) {
        return "Attribution source=" + extent(doc, a.source() == null ? null : a.source().value())
                + " cue=" + extent(doc, a.cue() == null ? null : a.cue().value())
                + " contents=" + a.contents().stream().map(c -> c.link() + ":" + extent(doc, c.quote().value())).toList()
                + " supplements=" + a.supplements() + " nested=" + (a.nestedIn() != null);
    }

    private static String entity(Entity e) {
        return "Entity " + e.canonicalName() + " " + e.entityType() + " " + e.kbIds() + " metonymy=" + e.metonymy();
    }

    private static String span(Document doc, SpanAnnotation a) {
        String head = a.kind() + " " + a.extent();
        if (a instanceof Mention) {
            Mention m = (Mention) a;
            return head + " " + m.mentionType() + " entity=" + entityName(doc, m.entity());
        }
        if (a instanceof Quote) {
            Quote q = (Quote) a;
            return head + " " + q.quoteType() + " verbatim=" + q.verbatim() + " in=" + extent(doc,
                    q.embeddedIn() == null ? null : q.embeddedIn().value());
        }
        if (a instanceof Cue) {
            return head + " lemma=" + ((Cue) a).lemma();
        }
        if (a instanceof Claim) {
            Claim c = (Claim) a;
            return head + " " + c.claimType() + " checkworthy=" + c.checkworthy() + " text=" + c.claimText()
                    + " claimant=" + entityName(doc, c.claimant()) + " quote=" + extent(doc, c.quote() == null ? null : c.quote().value());
        }
        if (a instanceof Segment) {
            return head + " " + ((Segment) a).segmentType();
        }
        GenericSpan g = (GenericSpan) a;
        return head + " " + g.layer() + "/" + g.label() + " " + new java.util.TreeMap<>(g.attributes());
    }

    private static String extent(Document doc, String id) {
        if (id == null) {
            return "-";
        }
        return doc.annotation(id).filter(a -> a instanceof SpanAnnotation).map(a -> ((SpanAnnotation) a).extent().toString())
                .orElse("?" + id);
    }

    private static String entityName(Document doc, EntityId id) {
        if (id == null) {
            return "-";
        }
        Optional<Entity> e = doc.entity(id);
        return e.map(Entity::canonicalName).orElse("?" + id.value());
    }
}
