package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.standoff.core.model.AnnotationId;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * Turns mutation input objects into model values. Offsets are converted from the mutation's unit;
 * references are taken as given (the validator checks that they resolve). Malformed input (offsets
 * outside the text or inside a character, fragments that overlap, blank ids) is a BAD_REQUEST.
 *
 * @param offsets    the offsets of the document's text
 * @param unit       the unit the input's offsets count in
 * @param provenance who makes the annotations (the edit's author), or {@code null}
 */
record AnnotationInputs(TextOffsets offsets, OffsetUnit unit, ProvenanceId provenance) {

    Entity entity(Map<String, Object> input, String id) {
        Map<String, String> kbIds = new LinkedHashMap<>();
        List<Map<String, Object>> given = Arguments.objects(input, "kbIds");
        if (given != null) {
            given.forEach(kb -> kbIds.put((String) kb.get("kb"), (String) kb.get("id")));
        }
        return new Entity(EntityId.of(id), (String) input.get("canonicalName"),
                Arguments.enumValue(input, "entityType", EntityType.class), kbIds,
                Boolean.TRUE.equals(input.get("metonymy")), provenance);
    }

    Mention mention(Map<String, Object> input, String id) {
        return new Mention(MentionId.of(id), extent(input), Arguments.enumValue(input, "mentionType", MentionType.class),
                ref(input, "entity", EntityId::of), provenance);
    }

    Quote quote(Map<String, Object> input, String id) {
        List<Span> verbatim = new ArrayList<>();
        List<Map<String, Object>> parts = Arguments.objects(input, "verbatim");
        if (parts != null) {
            parts.forEach(part -> verbatim.add(span(part)));
        }
        return new Quote(QuoteId.of(id), extent(input), Arguments.enumValue(input, "quoteType", QuoteType.class),
                verbatim, ref(input, "embeddedIn", QuoteId::of), provenance);
    }

    Cue cue(Map<String, Object> input, String id) {
        return new Cue(CueId.of(id), extent(input), Arguments.string(input, "lemma"), provenance);
    }

    Attribution attribution(Map<String, Object> input, String id) {
        List<Attribution.Content> contents = new ArrayList<>();
        for (Map<String, Object> content : Arguments.objects(input, "contents")) {
            contents.add(new Attribution.Content(QuoteId.of((String) content.get("quote")),
                    Arguments.enumValue(content, "link", ContentLink.class)));
        }
        List<Supplement> supplements = new ArrayList<>();
        List<Map<String, Object>> given = Arguments.objects(input, "supplements");
        if (given != null) {
            given.forEach(s -> supplements.add(new Supplement(Arguments.enumValue(s, "role", SupplementRole.class),
                    offsets.span((Integer) s.get("start"), (Integer) s.get("end"), unit))));
        }
        return new Attribution(AttributionId.of(id), ref(input, "source", MentionId::of), ref(input, "cue", CueId::of),
                contents, supplements, ref(input, "nestedIn", AttributionId::of), provenance);
    }

    Claim claim(Map<String, Object> input, String id) {
        return new Claim(ClaimId.of(id), extent(input), Arguments.enumValue(input, "claimType", ClaimType.class),
                Boolean.TRUE.equals(input.get("checkworthy")), Arguments.string(input, "claimText"),
                ref(input, "claimant", EntityId::of), ref(input, "attribution", AttributionId::of),
                ref(input, "quote", QuoteId::of), provenance);
    }

    GenericSpan span(Map<String, Object> input, String id) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        List<Map<String, Object>> given = Arguments.objects(input, "attributes");
        if (given != null) {
            given.forEach(a -> attributes.put((String) a.get("name"),
                    AttributeKinds.parse((String) a.get("kind"), (String) a.get("value"))));
        }
        return new GenericSpan(GenericSpanId.of(id), (String) input.get("layer"), (String) input.get("label"),
                extent(input), attributes, provenance);
    }

    private Extent extent(Map<String, Object> input) {
        List<Map<String, Object>> fragments = Arguments.objects(input, "fragments");
        Integer start = Arguments.integer(input, "start");
        Integer end = Arguments.integer(input, "end");
        if (fragments != null && (start != null || end != null)) {
            throw ApiException.badRequest("give either start and end, or fragments, not both");
        }
        if (fragments != null) {
            List<Span> spans = new ArrayList<>();
            fragments.forEach(fragment -> spans.add(span(fragment)));
            return new Extent(spans);
        }
        if (start == null || end == null) {
            throw ApiException.badRequest("a span needs start and end (or fragments)");
        }
        return Extent.of(offsets.span(start, end, unit));
    }

    private Span span(Map<String, Object> range) {
        OffsetUnit rangeUnit = Arguments.enumValue(range, "unit", OffsetUnit.class);
        return offsets.span((Integer) range.get("start"), (Integer) range.get("end"), rangeUnit == null ? unit : rangeUnit);
    }

    private static <I extends AnnotationId> I ref(Map<String, Object> input, String key,
                                                  Function<String, I> type) {
        String value = Arguments.string(input, key);
        return value == null ? null : type.apply(value);
    }
}
