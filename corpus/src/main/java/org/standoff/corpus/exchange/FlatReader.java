package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.model.AnyId;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/**
 * Turns a flat document back into a document: spans of the domain layers whose label names a
 * domain type become mentions, quotes, cues, claims, segments; entities are rebuilt from their
 * mentions' (and claimants') attributes; {@code attribution} relations become attributions; every
 * other span or relation becomes a generic annotation, and the schema declares its layers.
 */
public final class FlatReader {
    private final FlatDocument flat;
    private final List<Diagnostic> diagnostics;
    private final DocumentBuilder builder;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, FlatSpan> supplements = new LinkedHashMap<>();
    private final Set<String> consumed = new java.util.HashSet<>();
    private final Map<String, LayerSchema> layers = new LinkedHashMap<>();

    private FlatReader(FlatDocument flat, List<Diagnostic> diagnostics) {
        this.flat = flat;
        this.diagnostics = diagnostics;
        this.builder = Document.builder(flat.id(), flat.text()).metadata(flat.metadata());
    }

    /** The document {@code flat} describes; problems (unknown labels) go to {@code diagnostics}. */
    public static Document read(FlatDocument flat, List<Diagnostic> diagnostics) {
        return new FlatReader(flat, diagnostics).run();
    }

    private Document run() {
        flat.provenance().forEach(builder::provenance);
        for (FlatSpan span : flat.spans()) {
            if (span.layer().equals(FlatLayers.SUPPLEMENT)) {
                supplements.put(span.id(), span);
            } else {
                InvalidInput.runOrReport(Location.NONE, null, "span " + CoveredText.quoted(span.id()), diagnostics,
                        () -> span(span));
            }
        }
        for (FlatRelation relation : flat.relations()) {
            InvalidInput.runOrReport(Location.NONE, null, "relation " + CoveredText.quoted(relation.id()), diagnostics,
                    () -> relation(relation));
        }
        supplements.values().stream().filter(s -> !consumed.contains(s.id())).forEach(s -> InvalidInput.runOrReport(
                Location.NONE, null, "span " + CoveredText.quoted(s.id()), diagnostics, () -> genericSpan(s)));
        entities.values().forEach(builder::entity);
        builder.schema(new Schema(new ArrayList<>(layers.values())));
        return builder.build();
    }

    /** One span: a domain annotation when its layer and label name one, else a generic span. */
    private void span(FlatSpan span) {
        if (!domainSpan(span)) {
            genericSpan(span);
        }
    }

    /** One relation: an attribution, or a generic relation. */
    private void relation(FlatRelation relation) {
        if (relation.layer().equals(FlatLayers.ATTRIBUTION)) {
            attribution(relation);
        } else {
            genericRelation(relation);
        }
    }

    private boolean domainSpan(FlatSpan span) {
        Extent extent = Extent.of(span.span().start(), span.span().end());
        ProvenanceId provenance = provenance(span.provenance());
        Map<String, String> a = span.attributes();
        String id = span.id();
        switch (span.layer()) {
            case FlatLayers.SEGMENT:
                SegmentType segmentType = parse(SegmentType.class, span);
                return segmentType != null && add(new Segment(SegmentId.of(id), extent, segmentType, provenance));
            case FlatLayers.MENTION:
                MentionType mentionType = parse(MentionType.class, span);
                return mentionType != null && add(new Mention(MentionId.of(id), extent, mentionType,
                        entity(a, "entity", id), provenance));
            case FlatLayers.QUOTE:
                QuoteType quoteType = parse(QuoteType.class, span);
                return quoteType != null && add(new Quote(QuoteId.of(id), extent, quoteType, List.of(),
                        a.containsKey("embeddedIn") ? QuoteId.of(a.get("embeddedIn")) : null, provenance));
            case FlatLayers.CUE:
                return add(new Cue(CueId.of(id), extent, a.get("lemma"), provenance));
            case FlatLayers.CLAIM:
                ClaimType claimType = parse(ClaimType.class, span);
                return claimType != null && add(new Claim(ClaimId.of(id), extent, claimType,
                        Boolean.parseBoolean(a.get("checkworthy")), a.get("claimText"), entity(a, "claimant", id),
                        a.containsKey("attribution") ? AttributionId.of(a.get("attribution")) : null,
                        a.containsKey("quote") ? QuoteId.of(a.get("quote")) : null, provenance));
            default:
                return false;
        }
    }

    private boolean add(org.standoff.core.model.Annotation annotation) {
        builder.add(annotation);
        return true;
    }

    private <E extends Enum<E>> E parse(Class<E> type, FlatSpan span) {
        try {
            return Enum.valueOf(type, span.label().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.warning("import.label", span.id(), "label \"" + span.label()
                    + "\" of layer \"" + span.layer() + "\" is not a " + type.getSimpleName()
                    + ": kept as a generic span"));
            return null;
        }
    }

    /** The entity named by attribute {@code prefix}, registering it from its attributes the first time. */
    private EntityId entity(Map<String, String> a, String prefix, String subject) {
        String id = a.get(prefix);
        if (id == null) {
            return null;
        }
        if (!entities.containsKey(id) && a.containsKey(prefix + "Name")) {
            EntityType type = EntityType.OTHER;
            try {
                type = EntityType.valueOf(a.getOrDefault(prefix + "Type", "OTHER"));
            } catch (IllegalArgumentException e) {
                diagnostics.add(Diagnostic.warning("import.label", subject, "entity type \"" + a.get(prefix + "Type")
                        + "\" is not an EntityType: OTHER used"));
            }
            Map<String, String> kb = new LinkedHashMap<>();
            a.forEach((name, value) -> {
                if (name.startsWith(prefix + "Kb_")) {
                    kb.put(name.substring(prefix.length() + 3), value);
                }
            });
            entities.put(id, new Entity(EntityId.of(id), a.get(prefix + "Name"), type, kb,
                    Boolean.parseBoolean(a.get(prefix + "Metonymy")), null));
        }
        return EntityId.of(id);
    }

    private void genericSpan(FlatSpan span) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        span.attributes().forEach((name, value) -> attributes.put(name, AttributeValue.of(value)));
        builder.add(new GenericSpan(GenericSpanId.of(span.id()), span.layer(), span.label(),
                Extent.of(span.span().start(), span.span().end()), attributes, provenance(span.provenance())));
        declare(span.layer(), LayerKind.SPAN, span.attributes().keySet());
    }

    private void genericRelation(FlatRelation relation) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        relation.attributes().forEach((name, value) -> attributes.put(name, AttributeValue.of(value)));
        List<GenericRelation.Argument> args = new ArrayList<>();
        relation.arguments().forEach(a -> args.add(new GenericRelation.Argument(a.role(), AnyId.of(a.target()))));
        builder.add(new GenericRelation(GenericRelationId.of(relation.id()), relation.layer(), relation.label(), args,
                attributes, provenance(relation.provenance())));
        declare(relation.layer(), LayerKind.RELATION, relation.attributes().keySet());
    }

    private void declare(String name, LayerKind kind, Set<String> attributeNames) {
        LayerSchema old = layers.get(name);
        Set<String> names = new LinkedHashSet<>();
        if (old != null) {
            old.attributes().forEach(a -> names.add(a.name()));
        }
        names.addAll(attributeNames);
        List<AttributeSchema> attributes = new ArrayList<>();
        names.forEach(n -> attributes.add(AttributeSchema.optional(n, AttributeType.STRING)));
        layers.put(name, new LayerSchema(name, old == null ? kind : old.kind(), List.of(), attributes, List.of()));
    }

    private void attribution(FlatRelation relation) {
        MentionId source = null;
        CueId cue = null;
        AttributionId nestedIn = null;
        List<Attribution.Content> contents = new ArrayList<>();
        List<Supplement> found = new ArrayList<>();
        for (FlatRelation.Arg arg : relation.arguments()) {
            String role = arg.role();
            if (role.equals(FlatLayers.SOURCE)) {
                source = MentionId.of(arg.target());
            } else if (role.equals(FlatLayers.CUE_ROLE)) {
                cue = CueId.of(arg.target());
            } else if (role.equals(FlatLayers.NESTED_IN)) {
                nestedIn = AttributionId.of(arg.target());
            } else if (FlatLayers.contentLink(role).isPresent()) {
                contents.add(new Attribution.Content(QuoteId.of(arg.target()), FlatLayers.contentLink(role).get()));
            } else {
                supplement(relation.id(), arg).ifPresent(found::add);
            }
        }
        builder.add(new Attribution(AttributionId.of(relation.id()), source, cue, contents, found, nestedIn,
                provenance(relation.provenance())));
    }

    private java.util.Optional<Supplement> supplement(String subject, FlatRelation.Arg arg) {
        FlatSpan span = supplements.get(arg.target());
        SupplementRole role = null;
        for (SupplementRole candidate : SupplementRole.values()) {
            role = candidate.name().equalsIgnoreCase(arg.role()) ? candidate : role;
        }
        if (span == null || role == null) {
            diagnostics.add(Diagnostic.warning("import.role", subject, "attribution role \"" + arg.role() + "\" → \""
                    + arg.target() + "\" is not a source, cue, content or supplement: ignored"));
            return java.util.Optional.empty();
        }
        consumed.add(span.id());
        return java.util.Optional.of(new Supplement(role, span.span()));
    }

    private ProvenanceId provenance(String id) {
        return id == null ? null : ProvenanceId.of(id);
    }
}
