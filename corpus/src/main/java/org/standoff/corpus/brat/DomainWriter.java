package org.standoff.corpus.brat;

import static org.standoff.corpus.brat.BratVocabulary.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.DomainLabels;

/**
 * Writes Standoff's domain annotations as brat lines (docs/formats/brat.md): spans as {@code T}
 * lines typed {@code Mention-NAME}, {@code Quote-DIRECT}, {@code Cue}, {@code Claim-EVENT},
 * {@code Segment-SENTENCE}; attributions as PolNeAR-shaped {@code E} lines on an
 * {@code Attribution} trigger over the cue; entities as {@code *} groups, {@code N} lines and
 * {@code EntityType}/{@code Metonymy} attributes; quote and claim links as {@code R} lines; claim
 * attributes as an {@code A} line and a {@code #} note; a cue's lemma as a {@code #} note.
 */
final class DomainWriter {
    private final Document document;
    private final AnnBuilder ann;
    private final Map<String, String> ids;

    DomainWriter(Document document, AnnBuilder ann, Map<String, String> ids) {
        this.document = document;
        this.ann = ann;
        this.ids = ids;
    }

    /** Writes the T line of a domain span annotation ({@link DomainLabels}) and records its brat id. */
    void span(SpanAnnotation annotation) {
        String id = annotation.id().value();
        put(id, ann.textBound(DomainLabels.of(annotation), annotation.extent(), id));
    }

    /** Assigns E ids to every attribution first, so {@code NestedIn} and {@code ClaimAttribution} can name later ones. */
    void reserveAttributions() {
        for (Attribution a : document.attributions()) {
            ids.put(a.id().value(), ann.nextId('E'));
        }
    }

    /** Writes everything that links or describes the spans. */
    void links() {
        document.attributions().forEach(this::attribution);
        document.quotes().forEach(this::quoteLinks);
        document.cues().stream().filter(c -> c.lemma() != null && ids.get(c.id().value()) != null)
                .forEach(c -> ann.line('#', ann.nextId('#'), NOTES + " " + ids.get(c.id().value()), c.lemma()));
        document.claims().forEach(this::claimLinks);
        document.entities().forEach(this::entity);
    }

    private void attribution(Attribution a) {
        String subject = a.id().value();
        Extent anchor = anchor(a);
        String trigger = anchor == null ? null : ann.textBound(ATTRIBUTION, anchor, subject);
        if (trigger == null) {
            ann.loss(subject, "attribution has no cue, content or source span to anchor its event on; not written");
            ids.remove(subject);
            return;
        }
        if (a.cue() == null) {
            ann.loss(subject, "attribution has no cue: its Attribution trigger is anchored on "
                    + (a.contents().isEmpty() ? "its source" : "its first content"));
        }
        StringBuilder body = new StringBuilder(ATTRIBUTION + ":" + trigger);
        RoleNumbering roles = new RoleNumbering();
        arg(body, roles, SOURCE_ROLE, a.source() == null ? null : a.source().value(), subject);
        arg(body, roles, CUE_ROLE, a.cue() == null ? null : a.cue().value(), subject);
        for (Attribution.Content content : a.contents()) {
            String role = switch (content.link()) {
                case EXPLICIT -> "Content";
                case CONTINUATION -> "Continuation";
                case SPLIT -> "Split";
            };
            arg(body, roles, role, content.quote().value(), subject);
        }
        for (Supplement supplement : a.supplements()) {
            String type = supplement.role() == org.standoff.core.model.SupplementRole.ADDRESSEE ? ADDRESSEE : SETTING;
            String id = ann.textBound(type, Extent.of(supplement.span().start(), supplement.span().end()), subject);
            if (id != null) {
                body.append(' ').append(roles.next(type)).append(':').append(id);
            }
        }
        arg(body, roles, NESTED_IN_ROLE, a.nestedIn() == null ? null : a.nestedIn().value(), subject);
        ann.line('E', ids.get(subject), body.toString(), null);
    }

    private Extent anchor(Attribution a) {
        if (a.cue() != null && document.cue(a.cue()).isPresent()) {
            return document.cue(a.cue()).get().extent();
        }
        if (!a.contents().isEmpty() && document.quote(a.contents().get(0).quote()).isPresent()) {
            return document.quote(a.contents().get(0).quote()).get().extent();
        }
        return a.source() != null && document.mention(a.source()).isPresent()
                ? document.mention(a.source()).get().extent() : null;
    }

    private void arg(StringBuilder body, RoleNumbering roles, String role, String target, String subject) {
        if (target == null) {
            return;
        }
        String id = ids.get(target);
        if (id == null) {
            ann.loss(subject, "its " + role + " " + target + " was not written; the argument is dropped");
            return;
        }
        body.append(' ').append(roles.next(role)).append(':').append(id);
    }

    private void quoteLinks(Quote q) {
        String id = ids.get(q.id().value());
        if (id == null) {
            return;
        }
        for (Span part : q.verbatim()) {
            String verbatim = ann.textBound(VERBATIM, Extent.of(part.start(), part.end()), q.id().value());
            relation(VERBATIM, id, verbatim);
        }
        if (q.embeddedIn() != null) {
            relation(EMBEDDED_IN, id, ids.get(q.embeddedIn().value()));
        }
    }

    private void claimLinks(Claim c) {
        String id = ids.get(c.id().value());
        if (id == null) {
            return;
        }
        if (c.checkworthy()) {
            ann.line('A', ann.nextId('A'), CHECKWORTHY + " " + id, null);
        }
        if (c.claimText() != null) {
            ann.line('#', ann.nextId('#'), NOTES + " " + id, c.claimText());
        }
        if (c.claimant() != null) {
            List<Mention> mentions = document.mentionsOf(c.claimant());
            String mention = mentions.isEmpty() ? null : ids.get(mentions.get(0).id().value());
            if (mention == null) {
                ann.loss(c.id().value(), "claimant " + c.claimant().value() + " has no written mention (e.g. the AUTHOR); the claimant is lost");
            }
            relation(CLAIMANT, id, mention);
        }
        if (c.quote() != null) {
            relation(CLAIM_QUOTE, id, ids.get(c.quote().value()));
        }
        if (c.attribution() != null) {
            relation(CLAIM_ATTRIBUTION, id, ids.get(c.attribution().value()));
        }
    }

    private void entity(Entity e) {
        List<String> mentions = document.mentionsOf(e.id()).stream().map(m -> ids.get(m.id().value()))
                .filter(java.util.Objects::nonNull).toList();
        if (mentions.isEmpty()) {
            ann.loss(e.id().value(), "entity " + e.canonicalName() + " has no mention, and brat has no document-level objects; lost");
            return;
        }
        if (mentions.size() > 1) {
            ann.line('*', null, "Equiv " + String.join(" ", mentions), null);
        }
        String first = mentions.get(0);
        ann.line('N', ann.nextId('N'), REFERENCE + " " + first + " " + STANDOFF_RESOURCE + ":" + e.id().value(), e.canonicalName());
        e.kbIds().forEach((kb, entry) -> ann.line('N', ann.nextId('N'), REFERENCE + " " + first + " " + kb + ":" + entry,
                e.canonicalName()));
        mentions.forEach(m -> ann.line('A', ann.nextId('A'), ENTITY_TYPE + " " + m + " " + e.entityType(), null));
        if (e.metonymy()) {
            ann.line('A', ann.nextId('A'), METONYMY + " " + first, null);
        }
        if (e.provenance() != null) {
            ann.loss(e.id().value(), "provenance " + e.provenance().value() + " has no place in brat; lost");
        }
    }

    private void relation(String type, String from, String to) {
        if (from != null && to != null) {
            ann.line('R', ann.nextId('R'), type + " Arg1:" + from + " Arg2:" + to, null);
        }
    }

    private void put(String id, String bratId) {
        if (bratId != null) {
            ids.put(id, bratId);
        }
    }

    /** brat's numbering of repeated roles: {@code Content}, {@code Content2}, {@code Content3}. */
    static final class RoleNumbering {
        private final Map<String, Integer> seen = new LinkedHashMap<>();

        String next(String role) {
            int n = seen.merge(role, 1, Integer::sum);
            return n == 1 ? role : role + n;
        }
    }
}
