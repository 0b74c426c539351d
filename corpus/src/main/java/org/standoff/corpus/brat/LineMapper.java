package org.standoff.corpus.brat;

import static org.standoff.corpus.brat.BratVocabulary.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.Schema;
import org.standoff.core.validation.Diagnostic;

/**
 * Maps the parsed lines of one {@code .ann} file to the model: domain types through a
 * {@link LineVocabulary} (Standoff's own or a label mapping), everything else to generic layers. {@code T} → span in {@code brat.entity}
 * (or {@code brat.trigger} for event triggers), label the brat type; {@code R} and {@code E} → a
 * relation in the layer named after its type ({@code E} with role {@code Trigger} first; numbered
 * repeats such as {@code Theme2} after a {@code Theme} are read as {@code Theme}); {@code *} → a
 * relation in {@code brat.equiv} with id {@code *1}, {@code *2}, ...; {@code A}/{@code M} → an
 * attribute of its target (binary: true; valued: text, or as the schema types it); {@code N} and
 * {@code #} → relations in {@code brat.normalization} and {@code brat.note} that keep their id.
 * Without an {@code annotation.conf} the schema is inferred from the lines.
 */
final class LineMapper {
    private final List<AnnLine> lines;
    private final Map<String, Extent> extents;
    private final Schema conf;
    private final List<Diagnostic> diagnostics;
    private final LineVocabulary domain;
    private final Map<String, GenericSpan> spans = new LinkedHashMap<>();
    private final Map<String, GenericRelation> relations = new LinkedHashMap<>();
    private final Map<String, Map<String, AttributeValue>> attributes = new LinkedHashMap<>();
    private final Map<String, LayerSchema> inferred = new LinkedHashMap<>();

    LineMapper(List<AnnLine> lines, Map<String, Extent> extents, Schema conf, List<Diagnostic> diagnostics,
               LineVocabulary domain) {
        this.lines = lines;
        this.extents = extents;
        this.conf = conf;
        this.diagnostics = diagnostics;
        this.domain = domain;
    }

    void map(DocumentBuilder builder, String text) {
        Set<String> triggerTypes = triggerTypes();
        List<AnnLine.Event> events = new ArrayList<>();
        for (AnnLine line : lines) {
            if (line instanceof AnnLine.TextBound && !domain.acceptSpan((AnnLine.TextBound) line)) {
                span((AnnLine.TextBound) line, triggerTypes);
            }
            if (line instanceof AnnLine.Event) {
                events.add((AnnLine.Event) line);
            }
        }
        events.stream().filter(e -> !domain.acceptEvent(e)).forEach(this::event);
        domain.fillAttributions(events);
        int equivs = 0;
        for (AnnLine line : lines) {
            if (line instanceof AnnLine.Relation && !domain.acceptRelation((AnnLine.Relation) line)) {
                AnnLine.Relation r = (AnnLine.Relation) line;
                relation(r.id(), r.type(), r.type(), argumentsOf(r.args(), false));
            } else if (line instanceof AnnLine.Equiv && !domain.acceptEquiv((AnnLine.Equiv) line)) {
                AnnLine.Equiv eq = (AnnLine.Equiv) line;
                List<GenericRelation.Argument> members = new ArrayList<>();
                eq.members().forEach(m -> members.add(new GenericRelation.Argument(MEMBER_ROLE, AnyId.of(m))));
                relation("*" + ++equivs, EQUIV_LAYER, eq.type(), members);
            }
        }
        for (AnnLine line : lines) {
            annotationOnAnnotation(line);
        }
        domain.build(builder, text);
        spans.values().forEach(s -> builder.add(withAttributes(s)));
        relations.values().forEach(r -> builder.add(withAttributes(r)));
        builder.schema(schema());
    }

    private Set<String> triggerTypes() {
        Set<String> types = new LinkedHashSet<>();
        lines.stream().filter(l -> l instanceof AnnLine.Event).forEach(l -> {
            AnnLine.Event e = (AnnLine.Event) l;
            lines.stream().filter(t -> t instanceof AnnLine.TextBound && ((AnnLine.TextBound) t).id().equals(e.trigger()))
                    .forEach(t -> types.add(((AnnLine.TextBound) t).type()));
        });
        if (conf != null) {
            conf.layer(TRIGGER_LAYER).ifPresent(layer -> types.addAll(layer.labels()));
        }
        return types;
    }

    private void span(AnnLine.TextBound t, Set<String> triggerTypes) {
        Extent extent = extents.get(t.id());
        if (extent == null) {
            return;
        }
        String layer = triggerTypes.contains(t.type()) ? TRIGGER_LAYER : ENTITY_LAYER;
        spans.put(t.id(), new GenericSpan(GenericSpanId.of(t.id()), layer, t.type(), extent, Map.of(), null));
        infer(layer, t.type(), null);
    }

    private void event(AnnLine.Event e) {
        List<GenericRelation.Argument> args = new ArrayList<>();
        if (e.trigger() != null && !e.trigger().isEmpty()) {
            args.add(new GenericRelation.Argument(TRIGGER_ROLE, AnyId.of(e.trigger())));
        }
        args.addAll(argumentsOf(e.args(), true));
        relation(e.id(), e.type(), e.type(), args);
    }

    private List<GenericRelation.Argument> argumentsOf(List<AnnLine.Arg> args, boolean numberedRepeats) {
        List<GenericRelation.Argument> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AnnLine.Arg arg : args) {
            String base = arg.role().replaceAll("[0-9]+$", "");
            String role = numberedRepeats && !base.isEmpty() && seen.contains(base) ? base : arg.role();
            seen.add(role);
            out.add(new GenericRelation.Argument(role, AnyId.of(arg.target())));
        }
        return out;
    }

    private void relation(String id, String layer, String label, List<GenericRelation.Argument> args) {
        relations.put(id, new GenericRelation(GenericRelationId.of(id), layer, label, args, Map.of(), null));
        infer(layer, label, null);
    }

    private void annotationOnAnnotation(AnnLine line) {
        if (line instanceof AnnLine.Attribute) {
            AnnLine.Attribute a = (AnnLine.Attribute) line;
            if (!domain.acceptAttribute(a)) {
                attribute(a);
            }
        } else if (line instanceof AnnLine.Normalization) {
            AnnLine.Normalization n = (AnnLine.Normalization) line;
            if (!domain.acceptNormalization(n)) {
                Map<String, AttributeValue> values = new LinkedHashMap<>();
                values.put("resource", AttributeValue.of(n.resource()));
                values.put("entry", AttributeValue.of(n.entry()));
                values.put("text", AttributeValue.of(n.text()));
                relations.put(n.id(), new GenericRelation(GenericRelationId.of(n.id()), NORMALIZATION_LAYER, n.type(),
                        List.of(new GenericRelation.Argument(TARGET_ROLE, AnyId.of(n.target()))), values, null));
                infer(NORMALIZATION_LAYER, n.type(), null);
            }
        } else if (line instanceof AnnLine.Note) {
            AnnLine.Note note = (AnnLine.Note) line;
            if (!domain.acceptNote(note)) {
                relations.put(note.id(), new GenericRelation(GenericRelationId.of(note.id()), NOTE_LAYER, note.type(),
                        List.of(new GenericRelation.Argument(TARGET_ROLE, AnyId.of(note.target()))),
                        Map.of("text", AttributeValue.of(note.text())), null));
                infer(NOTE_LAYER, note.type(), null);
            }
        }
    }

    private void attribute(AnnLine.Attribute a) {
        String layer = layerOf(a.target());
        AttributeValue value = a.value() == null ? AttributeValue.of(true) : typed(layer, a.name(), a.value());
        attributes.computeIfAbsent(a.target(), key -> new LinkedHashMap<>()).put(a.name(), value);
        if (layer != null) {
            infer(layer, null, new String[] {a.name(), a.value()});
        }
    }

    private AttributeValue typed(String layer, String name, String value) {
        AttributeType type = conf == null || layer == null ? AttributeType.STRING : conf.layer(layer)
                .flatMap(l -> l.attribute(name)).map(AttributeSchema::type).orElse(AttributeType.STRING);
        try {
            return switch (type) {
                case INTEGER -> AttributeValue.of(Long.parseLong(value));
                case NUMBER -> new AttributeValue.Decimal(Double.parseDouble(value));
                case BOOLEAN -> AttributeValue.of(Boolean.parseBoolean(value));
                default -> AttributeValue.of(value);
            };
        } catch (NumberFormatException e) {
            return AttributeValue.of(value);
        }
    }

    private String layerOf(String id) {
        if (spans.containsKey(id)) {
            return spans.get(id).layer();
        }
        return relations.containsKey(id) ? relations.get(id).layer() : null;
    }

    private GenericSpan withAttributes(GenericSpan s) {
        Map<String, AttributeValue> values = attributes.get(s.id().value());
        return values == null ? s : new GenericSpan(s.id(), s.layer(), s.label(), s.extent(), values, null);
    }

    private GenericRelation withAttributes(GenericRelation r) {
        Map<String, AttributeValue> values = attributes.get(r.id().value());
        if (values == null) {
            return r;
        }
        Map<String, AttributeValue> all = new LinkedHashMap<>(r.attributes());
        all.putAll(values);
        return new GenericRelation(r.id(), r.layer(), r.label(), r.arguments(), all, null);
    }

    /** Records a label or attribute seen on {@code layer}, for the schema inferred when there is no conf. */
    private void infer(String layer, String label, String[] attribute) {
        LayerKind kind = spans.values().stream().anyMatch(s -> s.layer().equals(layer)) ? LayerKind.SPAN : LayerKind.RELATION;
        SchemaInference.add(inferred, layer, kind, label, attribute);
    }

    private Schema schema() {
        Schema schema = conf != null ? conf : new Schema(List.of());
        List<LayerSchema> layers = new ArrayList<>(inferred.values());
        layers.addAll(domain.layers());
        for (LayerSchema layer : layers) {
            if (conf == null || schema.layer(layer.name()).isEmpty()) {
                schema = schema.withLayer(layer);
            }
        }
        return schema;
    }
}
