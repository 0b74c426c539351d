package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

/**
 * Decoders of the domain span annotations: mentions, quotes, cues, claims and segments. Each is
 * called with the cursor on the annotation's {@code START_OBJECT} and leaves it on its {@code END_OBJECT}.
 */
final class SpanDecoders {
    private SpanDecoders() {
    }

    static void mention(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        String id = null;
        MentionType type = null;
        String entity = null;
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (span.accept(name, c, o)) {
                continue;
            }
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "mentionType": type = o.check(c.constant(MentionType.class)); break;
                case "entity": entity = o.check(c.id()); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        if (o.require(id, "id") & o.require(type, "mentionType") && raw != null && !o.isBroken()) {
            MentionId mentionId = MentionId.of(id);
            MentionType mentionType = type;
            String entityId = entity;
            String provenanceId = provenance;
            doc.pending(id, o, r -> {
                Extent extent = r.extent(raw, mentionId.value());
                return extent == null ? null : new Mention(mentionId, extent, mentionType, Ids.entity(entityId),
                        Ids.provenance(provenanceId));
            });
        }
    }

    static void quote(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        String id = null;
        QuoteType type = null;
        List<RawSpan> verbatim = List.of();
        String embeddedIn = null;
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (span.accept(name, c, o)) {
                continue;
            }
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "quoteType": type = o.check(c.constant(QuoteType.class)); break;
                case "verbatim": verbatim = o.check(verbatim(c)); break;
                case "embeddedIn": embeddedIn = o.check(c.id()); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        if (o.require(id, "id") & o.require(type, "quoteType") && raw != null && !o.isBroken()) {
            QuoteId quoteId = QuoteId.of(id);
            QuoteType quoteType = type;
            List<RawSpan> verbatimRaw = verbatim;
            String embedded = embeddedIn;
            String provenanceId = provenance;
            doc.pending(id, o, r -> {
                Extent extent = r.extent(raw, quoteId.value());
                List<Span> parts = r.spans(verbatimRaw, quoteId.value());
                return extent == null || parts == null ? null : new Quote(quoteId, extent, quoteType, parts,
                        embedded == null ? null : QuoteId.of(embedded), Ids.provenance(provenanceId));
            });
        }
    }

    private static List<RawSpan> verbatim(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<RawSpan> parts = new ArrayList<>();
        boolean ok = true;
        String subject = c.subject();
        while (c.nextElement()) {
            RawSpan part = plainSpan(c, subject);
            ok &= part != null;
            parts.add(part);
        }
        c.subject(subject);
        return ok ? parts : null;
    }

    /** A {@code {start, end, text}} object, no unknown fields kept; {@code null} after reporting. */
    static RawSpan plainSpan(Cursor c, String subject) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = new ObjectState(c, false);
        c.subject(subject);
        SpanFields span = new SpanFields();
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (!span.accept(name, c, o)) {
                o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        return o.isBroken() ? null : raw;
    }

    static void cue(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        String id = null;
        String lemma = null;
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (span.accept(name, c, o)) {
                continue;
            }
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "lemma": lemma = o.check(c.string()); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        if (o.require(id, "id") && raw != null && !o.isBroken()) {
            CueId cueId = CueId.of(id);
            String lemmaText = lemma;
            String provenanceId = provenance;
            doc.pending(id, o, r -> {
                Extent extent = r.extent(raw, cueId.value());
                return extent == null ? null : new Cue(cueId, extent, lemmaText, Ids.provenance(provenanceId));
            });
        }
    }

    static void segment(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        String id = null;
        SegmentType type = null;
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (span.accept(name, c, o)) {
                continue;
            }
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "segmentType": type = o.check(c.constant(SegmentType.class)); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        if (o.require(id, "id") & o.require(type, "segmentType") && raw != null && !o.isBroken()) {
            SegmentId segmentId = SegmentId.of(id);
            SegmentType segmentType = type;
            String provenanceId = provenance;
            doc.pending(id, o, r -> {
                Extent extent = r.extent(raw, segmentId.value());
                return extent == null ? null : new Segment(segmentId, extent, segmentType, Ids.provenance(provenanceId));
            });
        }
    }

    static void claim(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        ClaimFields f = new ClaimFields();
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (!span.accept(name, c, o) && !f.accept(name, c, o)) {
                o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        boolean complete = o.require(f.id, "id") & o.require(f.type, "claimType") & o.require(f.checkworthy, "checkworthy");
        if (complete && raw != null && !o.isBroken()) {
            ClaimId claimId = ClaimId.of(f.id);
            doc.pending(f.id, o, r -> {
                Extent extent = r.extent(raw, claimId.value());
                return extent == null ? null : f.build(claimId, extent);
            });
        }
    }

    /** The claim-specific fields. */
    private static final class ClaimFields {
        String id;
        ClaimType type;
        Boolean checkworthy;
        String claimText;
        String claimant;
        String attribution;
        String quote;
        String provenance;

        boolean accept(String name, Cursor c, ObjectState o) throws IOException {
            switch (name) {
                case "id": id = o.check(Ids.read(c)); return true;
                case "claimType": type = o.check(c.constant(ClaimType.class)); return true;
                case "checkworthy": checkworthy = o.check(c.bool()); return true;
                case "claimText": claimText = o.check(c.string()); return true;
                case "claimant": claimant = o.check(c.id()); return true;
                case "attribution": attribution = o.check(c.id()); return true;
                case "quote": quote = o.check(c.id()); return true;
                case "provenance": provenance = o.check(c.id()); return true;
                default: return false;
            }
        }

        Claim build(ClaimId claimId, Extent extent) {
            return new Claim(claimId, extent, type, checkworthy, claimText, Ids.entity(claimant),
                    attribution == null ? null : org.standoff.core.model.AttributionId.of(attribution),
                    quote == null ? null : QuoteId.of(quote), Ids.provenance(provenance));
        }
    }
}
