package org.standoff.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.SpanIndex;

/**
 * The derived views of one document, each computed on first use. Computing one twice under a race
 * is harmless: every view is a pure function of the immutable document.
 *
 * <p>The views are kept in three parts, each a function of part of the document only: the text's
 * (fingerprint, offset index), the annotations' (every annotation, span index, by id, mentions by
 * entity) and the entities' (by id). A document made by {@link Document#toBuilder()} shares the parts
 * whose inputs the edit left alone (the same text string; the same lists, which the copy then shares
 * too): adding an entity neither hashes the text nor indexes the annotations again. A part refers to
 * no document, so versions sharing it do not keep each other alive.
 */
final class DocumentIndexes {
    private final Document document;
    private final TextViews text;
    private final AnnotationViews annotations;
    private final EntityViews entities;

    /**
     * @param text        the text views of the document this one was made from, or null
     * @param annotations its annotation views when this one has the same annotation lists, or null
     * @param entities    its entity views when this one has the same entity list, or null
     */
    DocumentIndexes(Document document, TextViews text, AnnotationViews annotations, EntityViews entities) {
        this.document = document;
        this.text = text != null && text.text == document.text() ? text : new TextViews(document.text());
        this.annotations = annotations != null ? annotations : new AnnotationViews();
        this.entities = entities != null ? entities : new EntityViews();
    }

    /** The views of one text string. */
    static final class TextViews {
        private final String text;
        private volatile Fingerprint fingerprint;
        private volatile OffsetIndex offsets;

        TextViews(String text) {
            this.text = text;
        }
    }

    /** The views of one set of annotation lists. */
    static final class AnnotationViews {
        private volatile List<Annotation> annotations;
        private volatile List<SpanAnnotation> spanAnnotations;
        private volatile Map<String, Annotation> annotationsById;
        private volatile Map<String, List<Mention>> mentionsByEntity;
        private volatile SpanIndex<SpanAnnotation> spans;
    }

    /** The views of one entity list. */
    static final class EntityViews {
        private volatile Map<String, Entity> entitiesById;
    }

    TextViews text() {
        return text;
    }

    AnnotationViews annotationViews() {
        return annotations;
    }

    EntityViews entityViews() {
        return entities;
    }

    Fingerprint fingerprint() {
        Fingerprint result = text.fingerprint;
        if (result == null) {
            result = text.fingerprint = Fingerprint.of(text.text);
        }
        return result;
    }

    OffsetIndex offsets() {
        OffsetIndex result = text.offsets;
        if (result == null) {
            result = text.offsets = OffsetIndex.of(text.text);
        }
        return result;
    }

    SpanIndex<SpanAnnotation> spans() {
        SpanIndex<SpanAnnotation> result = annotations.spans;
        if (result == null) {
            result = annotations.spans = SpanIndex.of(spanAnnotations(), SpanAnnotation::span);
        }
        return result;
    }

    List<Annotation> annotations() {
        List<Annotation> result = annotations.annotations;
        if (result == null) {
            List<Annotation> all = new ArrayList<>(spanAnnotations());
            all.addAll(document.attributions());
            all.addAll(document.genericRelations());
            result = annotations.annotations = Collections.unmodifiableList(all);
        }
        return result;
    }

    List<SpanAnnotation> spanAnnotations() {
        List<SpanAnnotation> result = annotations.spanAnnotations;
        if (result == null) {
            List<SpanAnnotation> all = new ArrayList<>();
            all.addAll(document.segments());
            all.addAll(document.mentions());
            all.addAll(document.quotes());
            all.addAll(document.cues());
            all.addAll(document.claims());
            all.addAll(document.genericSpans());
            all.sort(SpanAnnotation.DOCUMENT_ORDER);
            result = annotations.spanAnnotations = Collections.unmodifiableList(all);
        }
        return result;
    }

    /** Annotations by id value; with duplicate ids the first in {@link #annotations()} order wins. */
    Map<String, Annotation> annotationsById() {
        Map<String, Annotation> result = annotations.annotationsById;
        if (result == null) {
            Map<String, Annotation> byId = new HashMap<>();
            for (Annotation annotation : annotations()) {
                byId.putIfAbsent(annotation.id().value(), annotation);
            }
            result = annotations.annotationsById = Collections.unmodifiableMap(byId);
        }
        return result;
    }

    Map<String, Entity> entitiesById() {
        Map<String, Entity> result = entities.entitiesById;
        if (result == null) {
            Map<String, Entity> byId = new HashMap<>();
            for (Entity entity : document.entities()) {
                byId.putIfAbsent(entity.id().value(), entity);
            }
            result = entities.entitiesById = Collections.unmodifiableMap(byId);
        }
        return result;
    }

    Map<String, List<Mention>> mentionsByEntity() {
        Map<String, List<Mention>> result = annotations.mentionsByEntity;
        if (result == null) {
            Map<String, List<Mention>> byEntity = new HashMap<>();
            for (Mention mention : document.mentions()) {
                if (mention.entity() != null) {
                    byEntity.computeIfAbsent(mention.entity().value(), key -> new ArrayList<>()).add(mention);
                }
            }
            byEntity.replaceAll((key, list) -> List.copyOf(list));
            result = annotations.mentionsByEntity = Collections.unmodifiableMap(byEntity);
        }
        return result;
    }
}
