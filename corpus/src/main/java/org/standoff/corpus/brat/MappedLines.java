package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.mapping.EventRule;
import org.standoff.corpus.mapping.LabelMapping;
import org.standoff.corpus.mapping.LabelRule;
import org.standoff.corpus.mapping.MentionTypes;
import org.standoff.corpus.mapping.Quotations;

/**
 * The brat lines a {@link LabelMapping} names: {@code T} lines whose label it maps become mentions,
 * cues, quotes or generic spans of the mapping's layer (trigger labels anchor their event and are not
 * kept), and {@code E} lines whose type it maps become attributions filled by role. A label, event type
 * or role the mapping does not name is a {@code mapping.*} warning naming it, and the line stays in
 * brat's generic layers ({@link LineMapper}); relations, attributes, normalizations and notes always
 * do (the vocabulary's defaults). docs/FORMATS.md ("Label mappings") has the warnings' list.
 */
final class MappedLines implements LineVocabulary {
    private final String fileName;
    private final Map<String, Extent> extents;
    private final String text;
    private final LabelMapping mapping;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Mention> mentions = new LinkedHashMap<>();
    private final Set<String> mentionsByText = new LinkedHashSet<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final Map<String, Cue> cues = new LinkedHashMap<>();
    private final Map<String, GenericSpan> spans = new LinkedHashMap<>();
    private final Map<String, AnnLine.TextBound> triggers = new LinkedHashMap<>();
    private final Set<String> usedTriggers = new LinkedHashSet<>();
    private final Map<String, EventRule> events = new LinkedHashMap<>();
    private final Map<String, Attribution> attributions = new LinkedHashMap<>();

    MappedLines(String fileName, Map<String, Extent> extents, String text, LabelMapping mapping, List<Diagnostic> diagnostics) {
        this.fileName = fileName;
        this.extents = extents;
        this.text = text;
        this.mapping = mapping;
        this.diagnostics = diagnostics;
    }

    @Override
    public boolean acceptSpan(AnnLine.TextBound t) {
        LabelRule rule = mapping.label(t.type()).orElse(null);
        if (rule == null) {
            warn("mapping.label", t.line(), t.id(), "label " + t.type() + " is not in mapping " + mapping.name()
                    + "; kept as a generic span");
            return false;
        }
        Extent extent = extents.get(t.id());
        if (extent == null) {
            return true;
        }
        String id = t.id();
        switch (rule.kind()) {
            case MENTION -> mention(id, extent, rule);
            case CUE -> cues.put(id, new Cue(CueId.of(id), extent,
                    rule.lemmas().get(extent.coveredText(text).toLowerCase(java.util.Locale.ROOT)), null));
            case QUOTE -> quotes.put(id, quote(id, extent, rule));
            case TRIGGER -> triggers.put(id, t);
            case SPAN -> spans.put(id, new GenericSpan(GenericSpanId.of(id), rule.layer() == null
                    ? BratVocabulary.ENTITY_LAYER : rule.layer(), t.type(), extent, Map.of(), null));
            default -> throw new IllegalStateException("unhandled " + rule.kind());
        }
        return true;
    }

    private void mention(String id, Extent extent, LabelRule rule) {
        String type = rule.mentionType();
        MentionType mentionType = type == null || type.equals(LabelRule.INFER)
                ? MentionTypes.infer(extent.coveredText(text)) : MentionType.valueOf(type);
        mentions.put(id, new Mention(MentionId.of(id), extent, mentionType, null, null));
        if (LabelRule.BY_TEXT.equals(rule.entity()) && mentionType != MentionType.PRONOUN) {
            mentionsByText.add(id);
        }
    }

    private Quote quote(String id, Extent extent, LabelRule rule) {
        String type = rule.quoteType();
        if (type != null && !type.equals(LabelRule.INFER)) {
            return new Quote(QuoteId.of(id), extent, QuoteType.valueOf(type), List.of(), null, null);
        }
        Quotations.Inferred inferred = Quotations.infer(text, extent);
        return new Quote(QuoteId.of(id), extent, inferred.type(), inferred.verbatim(), null, null);
    }

    @Override
    public boolean acceptEvent(AnnLine.Event e) {
        EventRule rule = mapping.event(e.type()).orElse(null);
        if (rule == null) {
            warn("mapping.event", e.line(), e.id(), "event type " + e.type() + " is not in mapping " + mapping.name()
                    + "; kept as a generic relation");
            return false;
        }
        events.put(e.id(), rule);
        attributions.put(e.id(), new Attribution(AttributionId.of(e.id()), null, null, List.of(), List.of(), null, null));
        return true;
    }

    @Override
    public void fillAttributions(List<AnnLine.Event> all) {
        for (AnnLine.Event e : all) {
            if (events.containsKey(e.id())) {
                attributions.put(e.id(), attribution(e, events.get(e.id())));
            }
        }
    }

    private Attribution attribution(AnnLine.Event e, EventRule rule) {
        trigger(e);
        EventArguments args = new EventArguments();
        for (AnnLine.Arg arg : e.args()) {
            EventRule.Field field = field(rule, arg.role());
            if (field == null) {
                warn("mapping.role", e.line(), e.id(), "argument " + arg.role() + ":" + arg.target() + " of " + e.type()
                        + " event " + e.id() + " has no field in mapping " + mapping.name() + "; link dropped");
            } else if (!args.fill(field, arg.target())) {
                warn("mapping.role", e.line(), e.id(), "argument " + arg.role() + ":" + arg.target() + " of " + e.type()
                        + " event " + e.id() + " cannot be its " + field.name().toLowerCase(java.util.Locale.ROOT)
                        + " (" + args.reason + "); link dropped");
            }
        }
        if (args.source == null && rule.noSource() == null) {
            warn("mapping.no-source", e.line(), e.id(), e.type() + " event " + e.id() + " has no source");
        } else if (args.source == null) {
            diagnostics.add(new Diagnostic(Severity.INFO, "mapping.no-source", e.id(), new Location(fileName, null, e.line(), 1),
                    e.type() + " event " + e.id() + " has no source: " + rule.noSource()));
        }
        if (args.cue == null) {
            warn("mapping.no-cue", e.line(), e.id(), e.type() + " event " + e.id() + " has no cue");
        }
        if (args.contents.isEmpty()) {
            warn("mapping.no-content", e.line(), e.id(), e.type() + " event " + e.id() + " has no content");
        }
        return new Attribution(AttributionId.of(e.id()), args.source, args.cue, args.contents, args.supplements, null, null);
    }

    /**
     * Marks the event's trigger used; a trigger kept as a generic span names the attributions it anchors
     * in its {@code attribution} attribute (ids separated by a space: PolNeAR lets events share a trigger).
     */
    private void trigger(AnnLine.Event e) {
        usedTriggers.add(e.trigger());
        GenericSpan flag = spans.get(e.trigger());
        if (flag != null) {
            Map<String, AttributeValue> values = new LinkedHashMap<>(flag.attributes());
            AttributeValue before = values.get("attribution");
            values.put("attribution", AttributeValue.of(before == null ? e.id() : ((AttributeValue.Text) before).value() + " " + e.id()));
            spans.put(flag.id().value(), new GenericSpan(flag.id(), flag.layer(), flag.label(), flag.extent(), values, null));
        }
    }

    /** The field of {@code role}: by its name, else by its name without a repeat number ({@code Content2} → {@code Content}). */
    private static EventRule.Field field(EventRule rule, String role) {
        EventRule.Field field = rule.roles().get(role);
        return field != null ? field : rule.roles().get(role.replaceAll("[0-9]+$", ""));
    }

    /** An attribution's fields as its arguments fill them. */
    private final class EventArguments {
        MentionId source;
        CueId cue;
        final List<Attribution.Content> contents = new ArrayList<>();
        final List<Supplement> supplements = new ArrayList<>();
        String reason;

        boolean fill(EventRule.Field field, String target) {
            switch (field) {
                case SOURCE -> {
                    return source == null ? set(mentions.containsKey(target), "not a mapped mention", () -> source = MentionId.of(target))
                            : refuse("a source is given already");
                }
                case CUE -> {
                    return cue == null ? set(cues.containsKey(target), "not a mapped cue", () -> cue = CueId.of(target))
                            : refuse("a cue is given already");
                }
                case CONTENT, CONTINUATION, SPLIT -> {
                    ContentLink link = ContentLink.valueOf(field == EventRule.Field.CONTENT ? "EXPLICIT" : field.name());
                    return set(quotes.containsKey(target), "not a mapped quote",
                            () -> contents.add(new Attribution.Content(QuoteId.of(target), link)));
                }
                case ADDRESSEE, SETTING -> {
                    SupplementRole role = SupplementRole.valueOf(field.name());
                    return set(extents.containsKey(target), "not a span",
                            () -> supplements.add(new Supplement(role, extents.get(target).bounds())));
                }
                default -> throw new IllegalStateException("unhandled " + field);
            }
        }

        private boolean set(boolean possible, String why, Runnable fill) {
            if (!possible) {
                return refuse(why);
            }
            fill.run();
            return true;
        }

        private boolean refuse(String why) {
            reason = why;
            return false;
        }
    }

    @Override
    public void build(DocumentBuilder builder, String documentText) {
        Map<String, EntityId> entityOfText = new LinkedHashMap<>();
        for (Mention m : mentions.values()) {
            EntityId entity = null;
            if (mentionsByText.contains(m.id().value())) {
                String name = m.extent().coveredText(documentText);
                entity = entityOfText.get(name);
                if (entity == null) {
                    entity = EntityId.of("entity-" + m.id().value());
                    entityOfText.put(name, entity);
                    builder.entity(new Entity(entity, name, EntityType.OTHER, Map.of(), false, null));
                }
            }
            builder.add(new Mention(m.id(), m.extent(), m.mentionType(), entity, null));
        }
        quotes.values().forEach(builder::add);
        cues.values().forEach(builder::add);
        attributions.values().forEach(builder::add);
        spans.values().forEach(builder::add);
        triggers.values().stream().filter(t -> !usedTriggers.contains(t.id())).forEach(t ->
                warn("mapping.trigger", t.line(), t.id(), "trigger " + t.id() + " (" + t.type() + ") anchors no event; dropped"));
    }

    @Override
    public List<LayerSchema> layers() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        spans.values().forEach(s -> {
            List<String> seen = labels.computeIfAbsent(s.layer(), layer -> new ArrayList<>());
            if (!seen.contains(s.label())) {
                seen.add(s.label());
            }
        });
        List<LayerSchema> layers = new ArrayList<>();
        labels.forEach((layer, names) -> layers.add(new LayerSchema(layer, LayerKind.SPAN, names,
                List.of(AttributeSchema.optional("attribution", AttributeType.STRING)), List.of())));
        return layers;
    }

    private void warn(String code, int line, String id, String message) {
        diagnostics.add(Diagnostic.warning(code, id, message).at(new Location(fileName, null, line, 1)));
    }
}
