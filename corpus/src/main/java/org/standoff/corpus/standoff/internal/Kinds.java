package org.standoff.corpus.standoff.internal;

import static org.standoff.corpus.standoff.internal.Kind.extent;
import static org.standoff.corpus.standoff.internal.Kind.get;
import static org.standoff.corpus.standoff.internal.Kind.optional;
import static org.standoff.corpus.standoff.internal.Kind.required;
import static org.standoff.corpus.standoff.internal.Kind.span;
import static org.standoff.corpus.standoff.internal.Value.attributes;
import static org.standoff.corpus.standoff.internal.Value.bool;
import static org.standoff.corpus.standoff.internal.Value.constant;
import static org.standoff.corpus.standoff.internal.Value.fraction;
import static org.standoff.corpus.standoff.internal.Value.instant;
import static org.standoff.corpus.standoff.internal.Value.list;
import static org.standoff.corpus.standoff.internal.Value.object;
import static org.standoff.corpus.standoff.internal.Value.ownId;
import static org.standoff.corpus.standoff.internal.Value.ref;
import static org.standoff.corpus.standoff.internal.Value.string;
import static org.standoff.corpus.standoff.internal.Value.strings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.AnnotationId;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;

/**
 * The kinds of objects of a standoff JSON document, each once: its fields in the canonical order of
 * {@code docs/FORMAT.md}, read by {@link DocumentDecoder} and written by {@link StandoffWriter}
 * through the same table. A field added to a kind here is read, checked and written.
 */
final class Kinds {
    private Kinds() {
    }

    private static final Value<ProvenanceId> PROVENANCE_REF = ref(ProvenanceId::of, ProvenanceId::value);
    private static final Value<EntityId> ENTITY_REF = ref(EntityId::of, EntityId::value);
    private static final Value<QuoteId> QUOTE_REF = ref(QuoteId::of, QuoteId::value);

    static final Kind<Entity> ENTITY = Kind.topLevel(
            v -> new Entity(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5)),
            required("id", ownId(EntityId::of, EntityId::value), Entity::id),
            required("canonicalName", string(), Entity::canonicalName),
            required("entityType", constant(EntityType.values()), Entity::entityType),
            optional("kbIds", strings(), Entity::kbIds, Map.of()),
            optional("metonymy", bool(), Entity::metonymy, false),
            optional("provenance", PROVENANCE_REF, Entity::provenance));

    static final Kind<Provenance> PROVENANCE = Kind.topLevel(
            v -> new Provenance(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4)),
            required("id", ownId(ProvenanceId::of, ProvenanceId::value), Provenance::id),
            required("agent", string(), Provenance::agent),
            required("agentType", constant(AgentType.values()), Provenance::agentType),
            optional("time", instant(), Provenance::time),
            optional("confidence", fraction("confidence"), Provenance::confidence));

    static final Kind<Mention> MENTION = Kind.topLevel(
            v -> new Mention(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4)),
            required("id", ownId(MentionId::of, MentionId::value), Mention::id),
            extent(Mention::extent),
            required("mentionType", constant(MentionType.values()), Mention::mentionType),
            optional("entity", ENTITY_REF, Mention::entity),
            optional("provenance", PROVENANCE_REF, Mention::provenance));

    /** A verbatim part of a quote: a plain span. */
    private static final Kind<Span> PLAIN_SPAN = Kind.nested(v -> get(v, 0), span(Function.identity()));

    static final Kind<Quote> QUOTE = Kind.topLevel(
            v -> new Quote(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5)),
            required("id", ownId(QuoteId::of, QuoteId::value), Quote::id),
            extent(Quote::extent),
            required("quoteType", constant(QuoteType.values()), Quote::quoteType),
            optional("verbatim", list(object(PLAIN_SPAN)), Quote::verbatim, List.of()),
            optional("embeddedIn", QUOTE_REF, Quote::embeddedIn),
            optional("provenance", PROVENANCE_REF, Quote::provenance));

    static final Kind<Cue> CUE = Kind.topLevel(
            v -> new Cue(get(v, 0), get(v, 1), get(v, 2), get(v, 3)),
            required("id", ownId(CueId::of, CueId::value), Cue::id),
            extent(Cue::extent),
            optional("lemma", string(), Cue::lemma),
            optional("provenance", PROVENANCE_REF, Cue::provenance));

    private static final Kind<Attribution.Content> CONTENT = Kind.nested(
            v -> new Attribution.Content(get(v, 0), get(v, 1)),
            required("quote", QUOTE_REF, Attribution.Content::quote),
            required("link", constant(ContentLink.values()), Attribution.Content::link));

    private static final Kind<Supplement> SUPPLEMENT = Kind.nested(
            v -> new Supplement(get(v, 0), get(v, 1)),
            required("role", constant(SupplementRole.values()), Supplement::role),
            span(Supplement::span));

    static final Kind<Attribution> ATTRIBUTION = Kind.topLevel(
            v -> new Attribution(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6)),
            required("id", ownId(AttributionId::of, AttributionId::value), Attribution::id),
            optional("source", ref(MentionId::of, MentionId::value), Attribution::source),
            optional("cue", ref(CueId::of, CueId::value), Attribution::cue),
            required("contents", list(object(CONTENT)), Attribution::contents),
            optional("supplements", list(object(SUPPLEMENT)), Attribution::supplements, List.of()),
            optional("nestedIn", ref(AttributionId::of, AttributionId::value), Attribution::nestedIn),
            optional("provenance", PROVENANCE_REF, Attribution::provenance));

    static final Kind<Claim> CLAIM = Kind.topLevel(
            v -> new Claim(get(v, 0), get(v, 1), get(v, 2), Kind.<Boolean>get(v, 3), get(v, 4), get(v, 5), get(v, 6), get(v, 7), get(v, 8)),
            required("id", ownId(ClaimId::of, ClaimId::value), Claim::id),
            extent(Claim::extent),
            required("claimType", constant(ClaimType.values()), Claim::claimType),
            required("checkworthy", bool(), Claim::checkworthy),
            optional("claimText", string(), Claim::claimText),
            optional("claimant", ENTITY_REF, Claim::claimant),
            optional("attribution", ref(AttributionId::of, AttributionId::value), Claim::attribution),
            optional("quote", QUOTE_REF, Claim::quote),
            optional("provenance", PROVENANCE_REF, Claim::provenance));

    static final Kind<Segment> SEGMENT = Kind.topLevel(
            v -> new Segment(get(v, 0), get(v, 1), get(v, 2), get(v, 3)),
            required("id", ownId(SegmentId::of, SegmentId::value), Segment::id),
            extent(Segment::extent),
            required("segmentType", constant(SegmentType.values()), Segment::segmentType),
            optional("provenance", PROVENANCE_REF, Segment::provenance));

    static final Kind<GenericSpan> GENERIC_SPAN = Kind.topLevel(
            v -> new GenericSpan(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5)),
            required("id", ownId(GenericSpanId::of, GenericSpanId::value), GenericSpan::id),
            required("layer", string(), GenericSpan::layer),
            required("label", string(), GenericSpan::label),
            extent(GenericSpan::extent),
            optional("attributes", attributes(), GenericSpan::attributes, Map.of()),
            optional("provenance", PROVENANCE_REF, GenericSpan::provenance));

    private static final Kind<GenericRelation.Argument> ARGUMENT = Kind.nested(
            v -> new GenericRelation.Argument(get(v, 0), get(v, 1)),
            required("role", string(), GenericRelation.Argument::role),
            required("target", ref(AnyId::of, AnnotationId::value), GenericRelation.Argument::target));

    static final Kind<GenericRelation> RELATION = Kind.topLevel(
            v -> new GenericRelation(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5)),
            required("id", ownId(GenericRelationId::of, GenericRelationId::value), GenericRelation::id),
            required("layer", string(), GenericRelation::layer),
            required("label", string(), GenericRelation::label),
            required("arguments", list(object(ARGUMENT)), GenericRelation::arguments),
            optional("attributes", attributes(), GenericRelation::attributes, Map.of()),
            optional("provenance", PROVENANCE_REF, GenericRelation::provenance));

    /**
     * One array of the document object: its name, the kind of its elements and where they are in
     * the model. Annotations wait for their offsets; entities and provenance records are made at once.
     */
    record Section<T>(String name, FieldName wire, Kind<T> kind, Function<Document, List<T>> get, boolean annotation) {
        static <T> Section<T> of(String name, Kind<T> kind, Function<Document, List<T>> get, boolean annotation) {
            return new Section<>(name, FieldName.of(name), kind, get, annotation);
        }
    }

    /** The arrays of the document object in canonical order. */
    static final List<Section<?>> SECTIONS = List.of(
            Section.of("entities", ENTITY, Document::entities, false),
            Section.of("mentions", MENTION, Document::mentions, true),
            Section.of("quotes", QUOTE, Document::quotes, true),
            Section.of("cues", CUE, Document::cues, true),
            Section.of("attributions", ATTRIBUTION, Document::attributions, true),
            Section.of("claims", CLAIM, Document::claims, true),
            Section.of("segments", SEGMENT, Document::segments, true),
            Section.of("annotations", GENERIC_SPAN, Document::genericSpans, true),
            Section.of("relations", RELATION, Document::genericRelations, true),
            Section.of("provenance", PROVENANCE, Document::provenance, false));

    /** The section named {@code name}, or {@code null}. */
    static Section<?> section(String name) {
        for (Section<?> section : SECTIONS) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        return null;
    }
}
