package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;

/**
 * Turns a document into its flat form (the mapping in docs/formats/*.md): each span annotation
 * becomes one {@link FlatSpan} with its domain fields as attributes, an entity's fields ride on
 * each of its mentions, an attribution becomes an n-ary {@link FlatRelation} whose supplements are
 * spans of the {@code supplement} layer. What no flat form can hold (discontinuous extents, verbatim
 * parts, typed attribute values, entities nobody mentions) is reported to {@link Losses}.
 */
public final class FlatWriter {
    private final Document document;
    private final Losses losses;
    private final List<FlatSpan> spans = new ArrayList<>();
    private final List<FlatRelation> relations = new ArrayList<>();

    private FlatWriter(Document document, Losses losses) {
        this.document = document;
        this.losses = losses;
    }

    /** The flat form of {@code document}, reporting what it cannot hold to {@code losses}. */
    public static FlatDocument write(Document document, Losses losses) {
        FlatWriter writer = new FlatWriter(document, losses);
        writer.run();
        return new FlatDocument(document.id(), document.text(), document.metadata(), writer.spans, writer.relations,
                document.provenance());
    }

    private void run() {
        document.segments().forEach(s -> span(s, FlatLayers.SEGMENT, s.segmentType().name(), new LinkedHashMap<>()));
        document.mentions().forEach(this::mention);
        document.quotes().forEach(this::quote);
        document.cues().forEach(this::cue);
        document.claims().forEach(this::claim);
        document.genericSpans().forEach(this::genericSpan);
        document.attributions().forEach(this::attribution);
        document.genericRelations().forEach(this::genericRelation);
        for (Entity entity : document.entities()) {
            boolean mentioned = !document.mentionsOf(entity.id()).isEmpty();
            boolean claimant = document.claims().stream().anyMatch(c -> entity.id().equals(c.claimant()));
            if (!mentioned && !claimant) {
                losses.lost(entity.id().value(), "an entity that no mention or claim names");
            }
            if (entity.provenance() != null) {
                losses.lost(entity.id().value(), "the provenance of an entity");
            }
        }
    }

    private void span(SpanAnnotation annotation, String layer, String label, Map<String, String> attributes) {
        if (!annotation.extent().isContinuous()) {
            losses.lost(annotation.id().value(), "a discontinuous extent " + annotation.extent()
                    + ": written as its bounds " + annotation.span());
        }
        spans.add(new FlatSpan(annotation.id().value(), layer, label, annotation.span(), attributes,
                value(annotation.provenance())));
    }

    private void mention(Mention mention) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (mention.entity() != null) {
            document.entity(mention.entity()).ifPresentOrElse(
                    entity -> entityAttributes(entity, "entity", attributes),
                    () -> attributes.put("entity", mention.entity().value()));
        }
        span(mention, FlatLayers.MENTION, mention.mentionType().name(), attributes);
    }

    /** The entity's fields as attributes {@code prefix}, {@code prefixName}, {@code prefixType}, .... */
    static void entityAttributes(Entity entity, String prefix, Map<String, String> attributes) {
        attributes.put(prefix, entity.id().value());
        attributes.put(prefix + "Name", entity.canonicalName());
        attributes.put(prefix + "Type", entity.entityType().name());
        if (entity.metonymy()) {
            attributes.put(prefix + "Metonymy", "true");
        }
        entity.kbIds().forEach((kb, kbId) -> attributes.put(prefix + "Kb_" + kb, kbId));
    }

    private void quote(Quote quote) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (quote.embeddedIn() != null) {
            attributes.put("embeddedIn", quote.embeddedIn().value());
        }
        if (!quote.verbatim().isEmpty()) {
            losses.lost(quote.id().value(), "the verbatim parts " + quote.verbatim() + " of a mixed quote");
        }
        span(quote, FlatLayers.QUOTE, quote.quoteType().name(), attributes);
    }

    private void cue(Cue cue) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (cue.lemma() != null) {
            attributes.put("lemma", cue.lemma());
        }
        span(cue, FlatLayers.CUE, FlatLayers.CUE_LABEL, attributes);
    }

    private void claim(Claim claim) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("checkworthy", Boolean.toString(claim.checkworthy()));
        if (claim.claimText() != null) {
            attributes.put("claimText", claim.claimText());
        }
        if (claim.claimant() != null) {
            document.entity(claim.claimant()).ifPresentOrElse(
                    entity -> entityAttributes(entity, "claimant", attributes),
                    () -> attributes.put("claimant", claim.claimant().value()));
        }
        if (claim.attribution() != null) {
            attributes.put("attribution", claim.attribution().value());
        }
        if (claim.quote() != null) {
            attributes.put("quote", claim.quote().value());
        }
        span(claim, FlatLayers.CLAIM, claim.claimType().name(), attributes);
    }

    private void genericSpan(GenericSpan span) {
        span(span, span.layer(), span.label(), textAttributes(span.id().value(), span.attributes()));
    }

    private Map<String, String> textAttributes(String subject, Map<String, AttributeValue> typed) {
        Map<String, String> attributes = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (!(value instanceof AttributeValue.Text)) {
                losses.lost(subject, "the type of attribute \"" + name + "\" (" + value.getClass().getSimpleName()
                        + "): written as text");
            }
            attributes.put(name, value.asText());
        });
        return attributes;
    }

    private void attribution(Attribution attribution) {
        String id = attribution.id().value();
        List<FlatRelation.Arg> args = new ArrayList<>();
        if (attribution.source() != null) {
            args.add(new FlatRelation.Arg(FlatLayers.SOURCE, attribution.source().value()));
        }
        if (attribution.cue() != null) {
            args.add(new FlatRelation.Arg(FlatLayers.CUE_ROLE, attribution.cue().value()));
        }
        for (Attribution.Content content : attribution.contents()) {
            args.add(new FlatRelation.Arg(FlatLayers.contentRole(content.link()), content.quote().value()));
        }
        int n = 0;
        for (Supplement supplement : attribution.supplements()) {
            String supplementId = id + ".s" + (++n);
            spans.add(new FlatSpan(supplementId, FlatLayers.SUPPLEMENT, supplement.role().name(), supplement.span(),
                    Map.of(), value(attribution.provenance())));
            args.add(new FlatRelation.Arg(supplement.role().name().toLowerCase(java.util.Locale.ROOT), supplementId));
        }
        if (attribution.nestedIn() != null) {
            args.add(new FlatRelation.Arg(FlatLayers.NESTED_IN, attribution.nestedIn().value()));
        }
        relations.add(new FlatRelation(id, FlatLayers.ATTRIBUTION, FlatLayers.ATTRIBUTION_LABEL, args, Map.of(),
                value(attribution.provenance())));
    }

    private void genericRelation(GenericRelation relation) {
        List<FlatRelation.Arg> args = new ArrayList<>();
        relation.arguments().forEach(a -> args.add(new FlatRelation.Arg(a.role(), a.target().value())));
        relations.add(new FlatRelation(relation.id().value(), relation.layer(), relation.label(), args,
                textAttributes(relation.id().value(), relation.attributes()), value(relation.provenance())));
    }

    private static String value(ProvenanceId id) {
        return id == null ? null : id.value();
    }
}
