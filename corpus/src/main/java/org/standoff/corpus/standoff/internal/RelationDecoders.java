package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.CueId;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;

/** Decoders of the annotations that link others: attributions and generic relations. */
final class RelationDecoders {
    private RelationDecoders() {
    }

    static void attribution(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        String id = null;
        String source = null;
        String cue = null;
        List<Attribution.Content> contents = null;
        List<RawSpan> supplements = List.of();
        List<SupplementRole> roles = new ArrayList<>();
        String nestedIn = null;
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "source": source = o.check(c.id()); break;
                case "cue": cue = o.check(c.id()); break;
                case "contents": contents = o.check(contents(c)); break;
                case "supplements": supplements = o.check(supplements(c, roles)); break;
                case "nestedIn": nestedIn = o.check(c.id()); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        if (!(o.require(id, "id") & o.require(contents, "contents")) || o.isBroken()) {
            return;
        }
        Attribution partial = new Attribution(AttributionId.of(id), source == null ? null : MentionId.of(source),
                cue == null ? null : CueId.of(cue), contents, List.of(),
                nestedIn == null ? null : AttributionId.of(nestedIn), Ids.provenance(provenance));
        List<RawSpan> rawSupplements = supplements;
        doc.pending(id, o, r -> {
            List<Span> spans = r.spans(rawSupplements, partial.id().value());
            if (spans == null) {
                return null;
            }
            List<Supplement> resolved = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                resolved.add(new Supplement(roles.get(i), spans.get(i)));
            }
            return new Attribution(partial.id(), partial.source(), partial.cue(), partial.contents(), resolved,
                    partial.nestedIn(), partial.provenance());
        });
    }

    private static List<Attribution.Content> contents(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<Attribution.Content> contents = new ArrayList<>();
        boolean ok = true;
        String subject = c.subject();
        while (c.nextElement()) {
            Attribution.Content content = content(c, subject);
            ok &= content != null;
            contents.add(content);
        }
        c.subject(subject);
        return ok ? contents : null;
    }

    private static Attribution.Content content(Cursor c, String subject) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = new ObjectState(c, false);
        c.subject(subject);
        String quote = null;
        ContentLink link = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "quote": quote = o.check(c.id()); break;
                case "link": link = o.check(c.constant(ContentLink.class)); break;
                default: o.unknown(name);
            }
        }
        boolean complete = o.require(quote, "quote") & o.require(link, "link");
        return complete && !o.isBroken() ? new Attribution.Content(QuoteId.of(quote), link) : null;
    }

    private static List<RawSpan> supplements(Cursor c, List<SupplementRole> roles) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<RawSpan> spans = new ArrayList<>();
        boolean ok = true;
        String subject = c.subject();
        while (c.nextElement()) {
            ok &= supplement(c, subject, spans, roles);
        }
        c.subject(subject);
        return ok ? spans : null;
    }

    private static boolean supplement(Cursor c, String subject, List<RawSpan> spans, List<SupplementRole> roles)
            throws IOException {
        if (!c.enterObject()) {
            return false;
        }
        ObjectState o = new ObjectState(c, false);
        c.subject(subject);
        SpanFields span = new SpanFields();
        SupplementRole role = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (name.equals("role")) {
                role = o.check(c.constant(SupplementRole.class));
            } else if (!span.accept(name, c, o)) {
                o.unknown(name);
            }
        }
        RawSpan raw = span.raw(o);
        if (!o.require(role, "role") || raw == null || o.isBroken()) {
            return false;
        }
        spans.add(raw);
        roles.add(role);
        return true;
    }

    static void relation(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        String id = null;
        String layer = null;
        String label = null;
        List<GenericRelation.Argument> arguments = null;
        Map<String, org.standoff.core.model.AttributeValue> attributes = Map.of();
        String provenance = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "id": id = o.check(Ids.read(c)); break;
                case "layer": layer = o.check(c.string()); break;
                case "label": label = o.check(c.string()); break;
                case "arguments": arguments = o.check(arguments(c)); break;
                case "attributes": attributes = o.check(Attributes.read(c)); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        boolean complete = o.require(id, "id") & o.require(layer, "layer") & o.require(label, "label")
                & o.require(arguments, "arguments");
        if (complete && !o.isBroken()) {
            GenericRelation relation = new GenericRelation(GenericRelationId.of(id), layer, label, arguments, attributes,
                    Ids.provenance(provenance));
            doc.pending(id, o, r -> relation);
        }
    }

    private static List<GenericRelation.Argument> arguments(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<GenericRelation.Argument> arguments = new ArrayList<>();
        boolean ok = true;
        String subject = c.subject();
        while (c.nextElement()) {
            GenericRelation.Argument argument = argument(c, subject);
            ok &= argument != null;
            arguments.add(argument);
        }
        c.subject(subject);
        return ok ? arguments : null;
    }

    private static GenericRelation.Argument argument(Cursor c, String subject) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = new ObjectState(c, false);
        c.subject(subject);
        String role = null;
        String target = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "role": role = o.check(c.string()); break;
                case "target": target = o.check(c.id()); break;
                default: o.unknown(name);
            }
        }
        boolean complete = o.require(role, "role") & o.require(target, "target");
        return complete && !o.isBroken() ? new GenericRelation.Argument(role, AnyId.of(target)) : null;
    }
}
