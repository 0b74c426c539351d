package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/** Writes annotation objects in the canonical field order of docs/FORMAT.md. */
final class AnnotationWriter {
    private final JsonGenerator g;
    private final String text;
    private final OffsetIndex index;
    private final OffsetUnit unit;
    private final boolean coveredText;

    AnnotationWriter(JsonGenerator g, String text, OffsetUnit unit, boolean coveredText) {
        this.g = g;
        this.text = text;
        this.index = OffsetIndex.of(text);
        this.unit = unit;
        this.coveredText = coveredText;
    }

    void mention(Mention m) throws IOException {
        spanStart(m);
        g.writeStringField("mentionType", m.mentionType().name());
        optional("entity", m.entity() == null ? null : m.entity().value());
        optional("provenance", m.provenance() == null ? null : m.provenance().value());
    }

    void quote(Quote q) throws IOException {
        spanStart(q);
        g.writeStringField("quoteType", q.quoteType().name());
        if (!q.verbatim().isEmpty()) {
            g.writeArrayFieldStart("verbatim");
            for (Span part : q.verbatim()) {
                g.writeStartObject();
                span(part, q.id().value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optional("embeddedIn", q.embeddedIn() == null ? null : q.embeddedIn().value());
        optional("provenance", q.provenance() == null ? null : q.provenance().value());
    }

    void cue(Cue c) throws IOException {
        spanStart(c);
        optional("lemma", c.lemma());
        optional("provenance", c.provenance() == null ? null : c.provenance().value());
    }

    void claim(Claim c) throws IOException {
        spanStart(c);
        g.writeStringField("claimType", c.claimType().name());
        g.writeBooleanField("checkworthy", c.checkworthy());
        optional("claimText", c.claimText());
        optional("claimant", c.claimant() == null ? null : c.claimant().value());
        optional("attribution", c.attribution() == null ? null : c.attribution().value());
        optional("quote", c.quote() == null ? null : c.quote().value());
        optional("provenance", c.provenance() == null ? null : c.provenance().value());
    }

    void segment(Segment s) throws IOException {
        spanStart(s);
        g.writeStringField("segmentType", s.segmentType().name());
        optional("provenance", s.provenance() == null ? null : s.provenance().value());
    }

    void genericSpan(GenericSpan s) throws IOException {
        g.writeStringField("id", s.id().value());
        g.writeStringField("layer", s.layer());
        g.writeStringField("label", s.label());
        extent(s);
        attributes(s.attributes());
        optional("provenance", s.provenance() == null ? null : s.provenance().value());
    }

    void attribution(Attribution a) throws IOException {
        g.writeStringField("id", a.id().value());
        optional("source", a.source() == null ? null : a.source().value());
        optional("cue", a.cue() == null ? null : a.cue().value());
        g.writeArrayFieldStart("contents");
        for (Attribution.Content content : a.contents()) {
            g.writeStartObject();
            g.writeStringField("quote", content.quote().value());
            g.writeStringField("link", content.link().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        supplements(a.supplements(), a.id().value());
        optional("nestedIn", a.nestedIn() == null ? null : a.nestedIn().value());
        optional("provenance", a.provenance() == null ? null : a.provenance().value());
    }

    private void supplements(List<Supplement> supplements, String owner) throws IOException {
        if (supplements.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("supplements");
        for (Supplement supplement : supplements) {
            g.writeStartObject();
            g.writeStringField("role", supplement.role().name());
            span(supplement.span(), owner);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void relation(GenericRelation r) throws IOException {
        g.writeStringField("id", r.id().value());
        g.writeStringField("layer", r.layer());
        g.writeStringField("label", r.label());
        g.writeArrayFieldStart("arguments");
        for (GenericRelation.Argument argument : r.arguments()) {
            g.writeStartObject();
            g.writeStringField("role", argument.role());
            g.writeStringField("target", argument.target().value());
            g.writeEndObject();
        }
        g.writeEndArray();
        attributes(r.attributes());
        optional("provenance", r.provenance() == null ? null : r.provenance().value());
    }

    private void spanStart(SpanAnnotation a) throws IOException {
        g.writeStringField("id", a.id().value());
        extent(a);
    }

    /** {@code start, end, text?, fragments?} of a span annotation. */
    private void extent(SpanAnnotation a) throws IOException {
        String owner = a.id().value();
        g.writeNumberField("start", offset(a.extent().start(), owner));
        g.writeNumberField("end", offset(a.extent().end(), owner));
        if (coveredText) {
            g.writeStringField("text", a.coveredText(text));
        }
        if (a.extent().isContinuous()) {
            return;
        }
        g.writeArrayFieldStart("fragments");
        for (Span fragment : a.extent().fragments()) {
            g.writeStartArray();
            g.writeNumber(offset(fragment.start(), owner));
            g.writeNumber(offset(fragment.end(), owner));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** {@code start, end, text?} of a plain span. */
    private void span(Span span, String owner) throws IOException {
        g.writeNumberField("start", offset(span.start(), owner));
        g.writeNumberField("end", offset(span.end(), owner));
        if (coveredText) {
            g.writeStringField("text", span.coveredText(text));
        }
    }

    private int offset(int utf16, String owner) {
        try {
            return unit == OffsetUnit.UTF16 && utf16 <= text.length() ? utf16 : index.fromUtf16(utf16, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write " + owner + " in " + unit.wireName() + ": " + e.getMessage(), e);
        }
    }

    private void attributes(Map<String, AttributeValue> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
            g.writeFieldName(entry.getKey());
            value(entry.getValue());
        }
        g.writeEndObject();
    }

    private void value(AttributeValue value) throws IOException {
        if (value instanceof AttributeValue.Text) {
            g.writeString(((AttributeValue.Text) value).value());
        } else if (value instanceof AttributeValue.Int) {
            g.writeNumber(((AttributeValue.Int) value).value());
        } else if (value instanceof AttributeValue.Decimal) {
            g.writeNumber(((AttributeValue.Decimal) value).value());
        } else if (value instanceof AttributeValue.Bool) {
            g.writeBoolean(((AttributeValue.Bool) value).value());
        } else {
            throw new IllegalStateException("unhandled attribute value " + value);
        }
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
