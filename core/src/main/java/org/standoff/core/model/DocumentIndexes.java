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
 * <p>The views of the text alone (fingerprint, offset index) are kept in a {@link TextViews} that the
 * documents made from this one by {@link Document#toBuilder()} share while their text is the same
 * string: an edit of the annotations does not hash or index the text again.
 */
final class DocumentIndexes {
    private final Document document;
    private final TextViews text;
    private volatile List<Annotation> annotations;
    private volatile List<SpanAnnotation> spanAnnotations;
    private volatile Map<String, Annotation> annotationsById;
    private volatile Map<String, Entity> entitiesById;
    private volatile Map<String, List<Mention>> mentionsByEntity;
    private volatile SpanIndex<SpanAnnotation> spans;

    /** @param sameText the text views of the document this one was made from, or null */
    DocumentIndexes(Document document, TextViews sameText) {
        this.document = document;
        this.text = sameText != null && sameText.text == document.text() ? sameText : new TextViews(document.text());
    }

    /** The views of one text string, shared by the documents on it; each computed on first use. */
    static final class TextViews {
        private final String text;
        private volatile Fingerprint fingerprint;
        private volatile OffsetIndex offsets;

        TextViews(String text) {
            this.text = text;
        }
    }

    TextViews text() {
        return text;
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
        SpanIndex<SpanAnnotation> result = spans;
        if (result == null) {
            result = spans = SpanIndex.of(spanAnnotations(), SpanAnnotation::span);
        }
        return result;
    }

    List<Annotation> annotations() {
        List<Annotation> result = annotations;
        if (result == null) {
            List<Annotation> all = new ArrayList<>(spanAnnotations());
            all.addAll(document.attributions());
            all.addAll(document.genericRelations());
            result = annotations = Collections.unmodifiableList(all);
        }
        return result;
    }

    List<SpanAnnotation> spanAnnotations() {
        List<SpanAnnotation> result = spanAnnotations;
        if (result == null) {
            List<SpanAnnotation> all = new ArrayList<>();
            all.addAll(document.segments());
            all.addAll(document.mentions());
            all.addAll(document.quotes());
            all.addAll(document.cues());
            all.addAll(document.claims());
            all.addAll(document.genericSpans());
            all.sort(SpanAnnotation.DOCUMENT_ORDER);
            result = spanAnnotations = Collections.unmodifiableList(all);
        }
        return result;
    }

    /** Annotations by id value; with duplicate ids the first in {@link #annotations()} order wins. */
    Map<String, Annotation> annotationsById() {
        Map<String, Annotation> result = annotationsById;
        if (result == null) {
            Map<String, Annotation> byId = new HashMap<>();
            for (Annotation annotation : annotations()) {
                byId.putIfAbsent(annotation.id().value(), annotation);
            }
            result = annotationsById = Collections.unmodifiableMap(byId);
        }
        return result;
    }

    Map<String, Entity> entitiesById() {
        Map<String, Entity> result = entitiesById;
        if (result == null) {
            Map<String, Entity> byId = new HashMap<>();
            for (Entity entity : document.entities()) {
                byId.putIfAbsent(entity.id().value(), entity);
            }
            result = entitiesById = Collections.unmodifiableMap(byId);
        }
        return result;
    }

    Map<String, List<Mention>> mentionsByEntity() {
        Map<String, List<Mention>> result = mentionsByEntity;
        if (result == null) {
            Map<String, List<Mention>> byEntity = new HashMap<>();
            for (Mention mention : document.mentions()) {
                if (mention.entity() != null) {
                    byEntity.computeIfAbsent(mention.entity().value(), key -> new ArrayList<>()).add(mention);
                }
            }
            byEntity.replaceAll((key, list) -> List.copyOf(list));
            result = mentionsByEntity = Collections.unmodifiableMap(byEntity);
        }
        return result;
    }
}
