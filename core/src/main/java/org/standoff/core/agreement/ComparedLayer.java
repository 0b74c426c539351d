package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;

/**
 * One layer as agreement and curation compare it, with each copy's {@link Unit}s: the four
 * {@link Layer}s, entities, and every generic span and relation layer any copy has. Attributions are
 * compared as triples ({@link AttributionTriple}).
 *
 * <ul>
 *   <li><b>Entity</b>: an entity lies where its mentions lie (all their characters, merged), its
 *       category is its entity type and its key its knowledge-base ids; so two copies' entities pair
 *       when their mentions share characters, and match exactly when they have the same mentions'
 *       characters and the same knowledge-base ids, whatever their ids and names. An entity without
 *       mentions (a claimant, the author) lies nowhere: its key adds its canonical name, and it
 *       matches only an entity without mentions of the same type, name and knowledge-base ids.</li>
 *   <li><b>A generic span layer</b> ({@code ner}, brat's entities): spans, category the label.</li>
 *   <li><b>A generic relation layer</b>: a relation lies where its arguments lie (merged), its category
 *       is its label and its key its arguments role by role, each by its target's characters (an
 *       entity target by its mentions').</li>
 * </ul>
 *
 * @param label     the layer's name in tables: {@code Mention} … {@code Entity}, or the generic layer's name
 * @param attribute the categorical attribute kappa is computed on, or {@code null}
 * @param unitized  whether unitizing alpha is computed (span layers; not entities and relations)
 * @param units     per copy, in copy order, its units in document order
 */
record ComparedLayer(String label, String attribute, boolean unitized, List<List<Unit>> units) {
    /** The label of the entity layer. */
    static final String ENTITY = "Entity";

    /** The layers of {@code documents} (copies of one text), in table order. */
    static List<ComparedLayer> of(List<Document> documents) {
        List<ComparedLayer> layers = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            layers.add(new ComparedLayer(layer.label(), layer.attribute(), true,
                    documents.stream().map(layer::units).toList()));
        }
        layers.add(new ComparedLayer(ENTITY, "entityType", false, documents.stream().map(ComparedLayer::entities).toList()));
        TreeSet<String> spanLayers = new TreeSet<>();
        TreeSet<String> relationLayers = new TreeSet<>();
        for (Document document : documents) {
            document.genericSpans().forEach(span -> spanLayers.add(span.layer()));
            document.genericRelations().forEach(relation -> relationLayers.add(relation.layer()));
        }
        for (String name : spanLayers) {
            layers.add(new ComparedLayer(name, "label", true, documents.stream().map(d -> spans(d, name)).toList()));
        }
        for (String name : relationLayers) {
            String label = spanLayers.contains(name) ? name + " (relations)" : name;
            layers.add(new ComparedLayer(label, "label", false, documents.stream().map(d -> relations(d, name)).toList()));
        }
        return layers;
    }

    private static List<Unit> entities(Document document) {
        List<Unit> units = new ArrayList<>();
        for (Entity entity : document.entities()) {
            String kb = entity.kbIds().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            Extent extent = mentionsExtent(document, entity.id());
            if (extent == null) {
                kb = "name " + entity.canonicalName() + (kb.isEmpty() ? "" : ", " + kb);
            }
            units.add(new Unit(entity.id().value(), extent, entity.entityType().name(), null, kb.isEmpty() ? null : kb));
        }
        return units;
    }

    private static List<Unit> spans(Document document, String layer) {
        List<Unit> units = new ArrayList<>();
        for (GenericSpan span : document.genericSpans()) {
            if (span.layer().equals(layer)) {
                units.add(new Unit(span.id().value(), span.extent(), span.label(), null));
            }
        }
        return units;
    }

    private static List<Unit> relations(Document document, String layer) {
        List<Unit> units = new ArrayList<>();
        for (GenericRelation relation : document.genericRelations()) {
            if (!relation.layer().equals(layer)) {
                continue;
            }
            List<Span> fragments = new ArrayList<>();
            StringBuilder key = new StringBuilder();
            for (GenericRelation.Argument argument : relation.arguments()) {
                Extent target = target(document, argument.target().value());
                if (target != null) {
                    fragments.addAll(target.fragments());
                }
                key.append(key.length() == 0 ? "" : " ").append(argument.role()).append(' ').append(Curation.extentText(target));
            }
            units.add(new Unit(relation.id().value(), AttributionTriple.merged(fragments), relation.label(), null, key.toString()));
        }
        return units;
    }

    /** Where an argument's target lies: a span annotation's extent, an entity's mentions', or {@code null}. */
    private static Extent target(Document document, String id) {
        var annotation = document.annotation(id);
        if (annotation.isPresent()) {
            return annotation.get() instanceof SpanAnnotation span ? span.extent() : null;
        }
        return document.entity(EntityId.of(id)).map(entity -> mentionsExtent(document, entity.id())).orElse(null);
    }

    /** All characters of an entity's mentions, merged; {@code null} when it has none. */
    private static Extent mentionsExtent(Document document, EntityId entity) {
        List<Span> fragments = new ArrayList<>();
        for (Mention mention : document.mentionsOf(entity)) {
            fragments.addAll(mention.extent().fragments());
        }
        return AttributionTriple.merged(fragments);
    }
}
