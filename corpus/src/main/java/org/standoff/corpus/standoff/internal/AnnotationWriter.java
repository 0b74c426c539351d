package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * Writes annotation objects in the canonical field order of docs/FORMAT.md. Offsets go through the
 * document's offset index, except where every unit agrees; covered texts are ranges of the text
 * in use of the output (the document's, set by the caller when covered texts are written).
 */
final class AnnotationWriter {
    private static final FieldName ID = FieldName.of("id");
    private static final FieldName START = FieldName.of("start");
    private static final FieldName END = FieldName.of("end");
    private static final FieldName TEXT = FieldName.of("text");
    private static final FieldName FRAGMENTS = FieldName.of("fragments");
    private static final FieldName PROVENANCE = FieldName.of("provenance");
    private static final FieldName MENTION_TYPE = FieldName.of("mentionType");
    private static final FieldName ENTITY = FieldName.of("entity");
    private static final FieldName QUOTE_TYPE = FieldName.of("quoteType");
    private static final FieldName VERBATIM = FieldName.of("verbatim");
    private static final FieldName EMBEDDED_IN = FieldName.of("embeddedIn");
    private static final FieldName LEMMA = FieldName.of("lemma");
    private static final FieldName CLAIM_TYPE = FieldName.of("claimType");
    private static final FieldName CHECKWORTHY = FieldName.of("checkworthy");
    private static final FieldName CLAIM_TEXT = FieldName.of("claimText");
    private static final FieldName CLAIMANT = FieldName.of("claimant");
    private static final FieldName ATTRIBUTION = FieldName.of("attribution");
    private static final FieldName QUOTE = FieldName.of("quote");
    private static final FieldName SEGMENT_TYPE = FieldName.of("segmentType");
    private static final FieldName LAYER = FieldName.of("layer");
    private static final FieldName LABEL = FieldName.of("label");
    private static final FieldName SOURCE = FieldName.of("source");
    private static final FieldName CUE = FieldName.of("cue");
    private static final FieldName CONTENTS = FieldName.of("contents");
    private static final FieldName LINK = FieldName.of("link");
    private static final FieldName SUPPLEMENTS = FieldName.of("supplements");
    private static final FieldName ROLE = FieldName.of("role");
    private static final FieldName NESTED_IN = FieldName.of("nestedIn");
    private static final FieldName ARGUMENTS = FieldName.of("arguments");
    private static final FieldName TARGET = FieldName.of("target");
    private static final FieldName ATTRIBUTES = FieldName.of("attributes");

    private static final Literal[] MENTION_TYPES = Literal.quotedNames(MentionType.values());
    private static final Literal[] QUOTE_TYPES = Literal.quotedNames(QuoteType.values());
    private static final Literal[] CLAIM_TYPES = Literal.quotedNames(ClaimType.values());
    private static final Literal[] SEGMENT_TYPES = Literal.quotedNames(SegmentType.values());
    private static final Literal[] LINKS = Literal.quotedNames(ContentLink.values());
    private static final Literal[] ROLES = Literal.quotedNames(SupplementRole.values());

    private final JsonOutput out;
    private final int textLength;
    /** UTF-16 offsets to {@link #unit}; spans come in document order, so their starts ascend. */
    private final OffsetIndex.Converter offsets;
    private final OffsetUnit unit;
    private final boolean coveredText;
    /** Whether a UTF-16 offset in the text is already an offset in {@link #unit}. */
    private final boolean identity;

    AnnotationWriter(JsonOutput out, String text, OffsetIndex index, OffsetUnit unit, boolean coveredText) {
        this.out = out;
        this.textLength = text.length();
        this.offsets = index.converter(OffsetUnit.UTF16, unit);
        this.unit = unit;
        this.coveredText = coveredText;
        this.identity = unit == OffsetUnit.UTF16 || index.isAscii() || unit == OffsetUnit.CODEPOINT && index.isBmpOnly();
    }

    void mention(Mention m) throws IOException {
        spanStart(m);
        constant(MENTION_TYPE, MENTION_TYPES, m.mentionType());
        optional(ENTITY, m.entity() == null ? null : m.entity().value());
        optional(PROVENANCE, m.provenance() == null ? null : m.provenance().value());
    }

    void quote(Quote q) throws IOException {
        spanStart(q);
        constant(QUOTE_TYPE, QUOTE_TYPES, q.quoteType());
        if (!q.verbatim().isEmpty()) {
            out.name(VERBATIM);
            out.startArray();
            for (Span part : q.verbatim()) {
                out.startObject();
                span(part, q.id().value());
                out.endObject();
            }
            out.endArray();
        }
        optional(EMBEDDED_IN, q.embeddedIn() == null ? null : q.embeddedIn().value());
        optional(PROVENANCE, q.provenance() == null ? null : q.provenance().value());
    }

    void cue(Cue c) throws IOException {
        spanStart(c);
        optional(LEMMA, c.lemma());
        optional(PROVENANCE, c.provenance() == null ? null : c.provenance().value());
    }

    void claim(Claim c) throws IOException {
        spanStart(c);
        constant(CLAIM_TYPE, CLAIM_TYPES, c.claimType());
        out.name(CHECKWORTHY);
        out.bool(c.checkworthy());
        optional(CLAIM_TEXT, c.claimText());
        optional(CLAIMANT, c.claimant() == null ? null : c.claimant().value());
        optional(ATTRIBUTION, c.attribution() == null ? null : c.attribution().value());
        optional(QUOTE, c.quote() == null ? null : c.quote().value());
        optional(PROVENANCE, c.provenance() == null ? null : c.provenance().value());
    }

    void segment(Segment s) throws IOException {
        spanStart(s);
        constant(SEGMENT_TYPE, SEGMENT_TYPES, s.segmentType());
        optional(PROVENANCE, s.provenance() == null ? null : s.provenance().value());
    }

    void genericSpan(GenericSpan s) throws IOException {
        out.stringField(ID, s.id().value());
        out.stringField(LAYER, s.layer());
        out.stringField(LABEL, s.label());
        extent(s);
        attributes(s.attributes());
        optional(PROVENANCE, s.provenance() == null ? null : s.provenance().value());
    }

    void attribution(Attribution a) throws IOException {
        out.stringField(ID, a.id().value());
        optional(SOURCE, a.source() == null ? null : a.source().value());
        optional(CUE, a.cue() == null ? null : a.cue().value());
        out.name(CONTENTS);
        out.startArray();
        for (Attribution.Content content : a.contents()) {
            out.startObject();
            out.stringField(QUOTE, content.quote().value());
            constant(LINK, LINKS, content.link());
            out.endObject();
        }
        out.endArray();
        supplements(a.supplements(), a.id().value());
        optional(NESTED_IN, a.nestedIn() == null ? null : a.nestedIn().value());
        optional(PROVENANCE, a.provenance() == null ? null : a.provenance().value());
    }

    private void supplements(List<Supplement> supplements, String owner) throws IOException {
        if (supplements.isEmpty()) {
            return;
        }
        out.name(SUPPLEMENTS);
        out.startArray();
        for (Supplement supplement : supplements) {
            out.startObject();
            constant(ROLE, ROLES, supplement.role());
            span(supplement.span(), owner);
            out.endObject();
        }
        out.endArray();
    }

    void relation(GenericRelation r) throws IOException {
        out.stringField(ID, r.id().value());
        out.stringField(LAYER, r.layer());
        out.stringField(LABEL, r.label());
        out.name(ARGUMENTS);
        out.startArray();
        for (GenericRelation.Argument argument : r.arguments()) {
            out.startObject();
            out.stringField(ROLE, argument.role());
            out.stringField(TARGET, argument.target().value());
            out.endObject();
        }
        out.endArray();
        attributes(r.attributes());
        optional(PROVENANCE, r.provenance() == null ? null : r.provenance().value());
    }

    private void spanStart(SpanAnnotation a) throws IOException {
        out.stringField(ID, a.id().value());
        extent(a);
    }

    /** {@code start, end, text?, fragments?} of a span annotation. */
    private void extent(SpanAnnotation a) throws IOException {
        String owner = a.id().value();
        Extent extent = a.extent();
        out.numberField(START, offset(extent.start(), owner));
        out.numberField(END, offset(extent.end(), owner));
        if (coveredText) {
            out.name(TEXT);
            coveredText(extent.fragments());
        }
        if (extent.isContinuous()) {
            return;
        }
        out.name(FRAGMENTS);
        out.startArray();
        for (Span fragment : extent.fragments()) {
            out.startArray();
            out.number(offset(fragment.start(), owner));
            out.number(offset(fragment.end(), owner));
            out.endArray();
        }
        out.endArray();
    }

    /** The fragments' texts joined by one space, as {@link Extent#coveredText(CharSequence)} makes it. */
    private void coveredText(List<Span> fragments) throws IOException {
        out.startString();
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                out.stringContent(" ");
            }
            Span fragment = fragments.get(i);
            out.textContent(fragment.start(), fragment.end());
        }
        out.endString();
    }

    /** {@code start, end, text?} of a plain span. */
    private void span(Span span, String owner) throws IOException {
        out.numberField(START, offset(span.start(), owner));
        out.numberField(END, offset(span.end(), owner));
        if (coveredText) {
            out.name(TEXT);
            out.textString(span.start(), span.end());
        }
    }

    private int offset(int utf16, String owner) {
        if (identity && utf16 <= textLength) {
            return utf16;
        }
        try {
            return offsets.convert(utf16);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write " + owner + " in " + unit.wireName() + ": " + e.getMessage(), e);
        }
    }

    private void attributes(Map<String, AttributeValue> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        out.name(ATTRIBUTES);
        out.startObject();
        for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
            out.name(entry.getKey());
            value(entry.getValue());
        }
        out.endObject();
    }

    private void value(AttributeValue value) throws IOException {
        if (value instanceof AttributeValue.Text) {
            out.string(((AttributeValue.Text) value).value());
        } else if (value instanceof AttributeValue.Int) {
            out.number(((AttributeValue.Int) value).value());
        } else if (value instanceof AttributeValue.Decimal) {
            out.number(((AttributeValue.Decimal) value).value());
        } else if (value instanceof AttributeValue.Bool) {
            out.bool(((AttributeValue.Bool) value).value());
        } else {
            throw new IllegalStateException("unhandled attribute value " + value);
        }
    }

    /** The field {@code name} with the name of {@code value}, one of {@code names}. */
    private void constant(FieldName name, Literal[] names, Enum<?> value) throws IOException {
        out.name(name);
        out.value(names[value.ordinal()]);
    }

    private void optional(FieldName name, String value) throws IOException {
        if (value != null) {
            out.stringField(name, value);
        }
    }
}
