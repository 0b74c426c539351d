package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.UnknownFields;
import org.standoff.corpus.standoff.DiagnosticCodes;

/** Decoders of entities, provenance records and generic span annotations. */
final class EntityDecoders {
    private EntityDecoders() {
    }

    static void entity(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        String id = null;
        String name = null;
        EntityType type = null;
        Map<String, String> kbIds = Map.of();
        Boolean metonymy = Boolean.FALSE;
        String provenance = null;
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            switch (field) {
                case "id": id = o.check(Ids.read(c)); break;
                case "canonicalName": name = o.check(c.string()); break;
                case "entityType": type = o.check(c.constant(EntityType.class)); break;
                case "kbIds": kbIds = o.check(Attributes.strings(c)); break;
                case "metonymy": metonymy = o.check(c.bool()); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(field);
            }
        }
        boolean complete = o.require(id, "id") & o.require(name, "canonicalName") & o.require(type, "entityType");
        if (complete && !o.isBroken()) {
            doc.located(id, o.loc());
            doc.unknown(id, o.unknownFields());
            doc.entities.add(new Entity(EntityId.of(id), name, type, kbIds, metonymy, Ids.provenance(provenance)));
        }
    }

    static void provenance(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        String id = null;
        String agent = null;
        AgentType type = null;
        Instant time = null;
        Double confidence = null;
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            switch (field) {
                case "id": id = o.check(Ids.read(c)); break;
                case "agent": agent = o.check(c.string()); break;
                case "agentType": type = o.check(c.constant(AgentType.class)); break;
                case "time": time = o.check(instant(c)); break;
                case "confidence": confidence = o.check(fraction(c, "confidence")); break;
                default: o.unknown(field);
            }
        }
        boolean complete = o.require(id, "id") & o.require(agent, "agent") & o.require(type, "agentType");
        if (complete && !o.isBroken()) {
            doc.located(id, o.loc());
            doc.unknown(id, o.unknownFields());
            doc.provenance.add(new Provenance(ProvenanceId.of(id), agent, type, time, confidence));
        }
    }

    private static Instant instant(Cursor c) throws IOException {
        Loc loc = c.loc();
        String text = c.string();
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc,
                    "expected an ISO-8601 UTC time such as \"2024-05-01T12:00:00Z\", found " + Texts.quote(text));
            return null;
        }
    }

    /** A number from 0 to 1 in field {@code name}, or {@code null} after reporting. */
    static Double fraction(Cursor c, String name) throws IOException {
        Loc loc = c.loc();
        Double value = c.number();
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc, name + " must be from 0 to 1, found " + value);
            return null;
        }
        return value;
    }

    static void genericSpan(Cursor c, DocumentState doc) throws IOException {
        ObjectState o = new ObjectState(c, true);
        SpanFields span = new SpanFields();
        String id = null;
        String layer = null;
        String label = null;
        Map<String, AttributeValue> attributes = Map.of();
        String provenance = null;
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            if (span.accept(field, c, o)) {
                continue;
            }
            switch (field) {
                case "id": id = o.check(Ids.read(c)); break;
                case "layer": layer = o.check(c.string()); break;
                case "label": label = o.check(c.string()); break;
                case "attributes": attributes = o.check(Attributes.read(c)); break;
                case "provenance": provenance = o.check(c.id()); break;
                default: o.unknown(field);
            }
        }
        RawSpan raw = span.raw(o);
        boolean complete = o.require(id, "id") & o.require(layer, "layer") & o.require(label, "label");
        if (complete && raw != null && !o.isBroken()) {
            GenericSpanId spanId = GenericSpanId.of(id);
            String layerName = layer;
            String labelName = label;
            Map<String, AttributeValue> values = attributes;
            String provenanceId = provenance;
            doc.pending(id, o, r -> {
                Extent extent = r.extent(raw, spanId.value());
                return extent == null ? null : new GenericSpan(spanId, layerName, labelName, extent, values,
                        Ids.provenance(provenanceId));
            });
        }
    }

    /** Keeps an unknown field of the document object. */
    static void documentUnknown(String name, Cursor c, DocumentState doc) throws IOException {
        String raw = c.raw();
        if (raw != null) {
            doc.unknown.computeIfAbsent(UnknownFields.DOCUMENT, key -> new java.util.LinkedHashMap<>()).put(name, raw);
        }
    }
}
