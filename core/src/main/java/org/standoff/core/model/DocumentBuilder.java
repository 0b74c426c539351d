package org.standoff.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.standoff.core.schema.Schema;

/**
 * Builds a {@link Document}. Methods are named after what they add and return this builder; the
 * builder is not thread-safe and may be reused after {@link #build()}. Nothing is validated here
 * (duplicate ids are kept, so the validator can report them): call
 * {@link org.standoff.core.validation.Validator#validate(Document)} on the result.
 */
public final class DocumentBuilder {
    String id;
    String text;
    final Map<String, String> metadata = new LinkedHashMap<>();
    Schema schema = Schema.EMPTY;
    final List<Entity> entities = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final List<Attribution> attributions = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<GenericSpan> genericSpans = new ArrayList<>();
    final List<GenericRelation> genericRelations = new ArrayList<>();
    final List<Provenance> provenance = new ArrayList<>();
    Revision revision;
    private final Map<String, Map<String, String>> unknownFields = new LinkedHashMap<>();
    /** The document this builder copies ({@link Document#toBuilder()}), or null. */
    Document source;
    /** Which of the lists were changed since they were copied from {@link #source}: bits of {@link #ENTITIES} etc. */
    int touched;
    static final int ENTITIES = 1;
    static final int SEGMENTS = 1 << 1;
    static final int MENTIONS = 1 << 2;
    static final int QUOTES = 1 << 3;
    static final int CUES = 1 << 4;
    static final int ATTRIBUTIONS = 1 << 5;
    static final int CLAIMS = 1 << 6;
    static final int GENERIC_SPANS = 1 << 7;
    static final int GENERIC_RELATIONS = 1 << 8;
    static final int PROVENANCE = 1 << 9;
    /** Every list of annotations (not entities, not provenance). */
    static final int ANNOTATIONS = SEGMENTS | MENTIONS | QUOTES | CUES | ATTRIBUTIONS | CLAIMS | GENERIC_SPANS | GENERIC_RELATIONS;

    DocumentBuilder(String id, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
    }

    DocumentBuilder(Document document) {
        this(document.id(), document.text());
        source = document;
        metadata.putAll(document.metadata());
        schema = document.schema();
        entities.addAll(document.entities());
        segments.addAll(document.segments());
        mentions.addAll(document.mentions());
        quotes.addAll(document.quotes());
        cues.addAll(document.cues());
        attributions.addAll(document.attributions());
        claims.addAll(document.claims());
        genericSpans.addAll(document.genericSpans());
        genericRelations.addAll(document.genericRelations());
        provenance.addAll(document.provenance());
        revision = document.revision().orElse(null);
        document.unknownFields().byOwner().forEach((owner, fields) -> unknownFields.put(owner, new LinkedHashMap<>(fields)));
    }

    /** Sets the document's id. */
    public DocumentBuilder id(String newId) {
        this.id = Objects.requireNonNull(newId, "id");
        return this;
    }

    /** Sets one metadata entry. */
    public DocumentBuilder metadata(String key, String value) {
        metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Removes the metadata entry {@code key}, if there is one; the other entries keep their order.
     * With {@link Document#toBuilder()} this copies a document without one entry:
     * {@code document.toBuilder().removeMetadata("version").build()}.
     */
    public DocumentBuilder removeMetadata(String key) {
        metadata.remove(Objects.requireNonNull(key, "key"));
        return this;
    }

    /** Adds every metadata entry of {@code entries}, in their order. */
    public DocumentBuilder metadata(Map<String, String> entries) {
        entries.forEach(this::metadata);
        return this;
    }

    /** Sets the generic-layer schema. */
    public DocumentBuilder schema(Schema newSchema) {
        this.schema = Objects.requireNonNull(newSchema, "schema");
        return this;
    }

    /** Sets the record of a re-anchoring onto this text, or clears it with {@code null}. */
    public DocumentBuilder revision(Revision newRevision) {
        this.revision = newRevision;
        return this;
    }

    /** Adds an entity. */
    public DocumentBuilder entity(Entity entity) {
        entities.add(Objects.requireNonNull(entity, "entity"));
        touched |= ENTITIES;
        return this;
    }

    /** Adds a provenance record. */
    public DocumentBuilder provenance(Provenance record) {
        provenance.add(Objects.requireNonNull(record, "provenance"));
        touched |= PROVENANCE;
        return this;
    }

    /** Adds an annotation of any kind to the list of its kind. */
    public DocumentBuilder add(Annotation annotation) {
        Objects.requireNonNull(annotation, "annotation");
        if (annotation instanceof Segment) {
            segments.add((Segment) annotation);
            touched |= SEGMENTS;
        } else if (annotation instanceof Mention) {
            mentions.add((Mention) annotation);
            touched |= MENTIONS;
        } else if (annotation instanceof Quote) {
            quotes.add((Quote) annotation);
            touched |= QUOTES;
        } else if (annotation instanceof Cue) {
            cues.add((Cue) annotation);
            touched |= CUES;
        } else if (annotation instanceof Attribution) {
            attributions.add((Attribution) annotation);
            touched |= ATTRIBUTIONS;
        } else if (annotation instanceof Claim) {
            claims.add((Claim) annotation);
            touched |= CLAIMS;
        } else if (annotation instanceof GenericSpan) {
            genericSpans.add((GenericSpan) annotation);
            touched |= GENERIC_SPANS;
        } else if (annotation instanceof GenericRelation) {
            genericRelations.add((GenericRelation) annotation);
            touched |= GENERIC_RELATIONS;
        } else {
            throw new IllegalStateException("unhandled annotation kind " + annotation.getClass());
        }
        return this;
    }

    /** Adds every annotation of {@code annotations}. */
    public DocumentBuilder addAll(Iterable<? extends Annotation> annotations) {
        annotations.forEach(this::add);
        return this;
    }

    /** Keeps an unknown field of {@code owner} (an id value or {@link UnknownFields#DOCUMENT}) as raw text. */
    public DocumentBuilder unknownField(String owner, String name, String rawValue) {
        unknownFields.computeIfAbsent(owner, key -> new LinkedHashMap<>()).put(name, rawValue);
        return this;
    }

    /**
     * Removes every annotation and entity whose id value is {@code idValue}, with its unknown fields.
     * References to it are left as they are, for the validator to report.
     *
     * @return whether anything was removed
     */
    public boolean remove(String idValue) {
        boolean removed = removeIf(idValue);
        unknownFields.remove(idValue);
        return removed;
    }

    /** Replaces the annotation that has {@code annotation}'s id with it, or adds it. */
    public DocumentBuilder replace(Annotation annotation) {
        removeIf(annotation.id().value());
        return add(annotation);
    }

    /** Replaces the entity that has {@code entity}'s id with it, or adds it. */
    public DocumentBuilder replace(Entity entity) {
        entities.removeIf(e -> e.id().equals(entity.id()));
        return entity(entity);
    }

    private boolean removeIf(String idValue) {
        Predicate<Annotation> same = a -> a.id().value().equals(idValue);
        boolean removed = removed(entities.removeIf(e -> e.id().value().equals(idValue)), ENTITIES);
        removed |= removed(segments.removeIf(same::test), SEGMENTS);
        removed |= removed(mentions.removeIf(same::test), MENTIONS);
        removed |= removed(quotes.removeIf(same::test), QUOTES);
        removed |= removed(cues.removeIf(same::test), CUES);
        removed |= removed(attributions.removeIf(same::test), ATTRIBUTIONS);
        removed |= removed(claims.removeIf(same::test), CLAIMS);
        removed |= removed(genericSpans.removeIf(same::test), GENERIC_SPANS);
        removed |= removed(genericRelations.removeIf(same::test), GENERIC_RELATIONS);
        return removed;
    }

    /** Notes that list {@code bit} changed when {@code removed}; returns {@code removed}. */
    private boolean removed(boolean removed, int bit) {
        if (removed) {
            touched |= bit;
        }
        return removed;
    }

    /**
     * Removes every entity, annotation and provenance record, with their unknown fields: what is left
     * is the document's head (id, text, metadata, schema, revision and its own unknown fields). With
     * {@link Document#toBuilder()}, a document on the same text that holds only what is added next.
     */
    public DocumentBuilder clearAnnotations() {
        entities.clear();
        segments.clear();
        mentions.clear();
        quotes.clear();
        cues.clear();
        attributions.clear();
        claims.clear();
        genericSpans.clear();
        genericRelations.clear();
        provenance.clear();
        touched |= ENTITIES | ANNOTATIONS | PROVENANCE;
        unknownFields.keySet().removeIf(owner -> !owner.equals(UnknownFields.DOCUMENT));
        return this;
    }

    UnknownFields unknownFields() {
        return unknownFields.isEmpty() ? UnknownFields.NONE : new UnknownFields(unknownFields);
    }

    /** The document built from everything added so far. */
    public Document build() {
        return new Document(this);
    }
}
