package org.standoff.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.standoff.core.schema.Schema;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanIndex;

/**
 * An annotated document: an id, a text that is never modified, metadata, and the annotations on
 * it. A document is a value: immutable, thread-safe, compared by content. An edit makes a new
 * document through {@link #toBuilder()}.
 *
 * <p>Span annotations are kept in document order ({@link SpanAnnotation#DOCUMENT_ORDER}); entities,
 * attributions, generic relations and provenance records in the order they were added. Nothing is
 * checked on construction beyond types and nullness: a document read from a broken file can still
 * be built, and {@link org.standoff.core.validation.Validator} reports everything wrong with it.
 *
 * <pre>{@code
 * Document doc = Document.builder("example", text)
 *         .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
 *         .add(Mention.of("m1", 93, 98, MentionType.NAME, "e1"))
 *         .build();
 * }</pre>
 */
public final class Document {
    private final String id;
    private final String text;
    private final Map<String, String> metadata;
    private final Schema schema;
    private final List<Entity> entities;
    private final List<Segment> segments;
    private final List<Mention> mentions;
    private final List<Quote> quotes;
    private final List<Cue> cues;
    private final List<Attribution> attributions;
    private final List<Claim> claims;
    private final List<GenericSpan> genericSpans;
    private final List<GenericRelation> genericRelations;
    private final List<Provenance> provenance;
    private final UnknownFields unknownFields;
    private final Revision revision;
    private final DocumentIndexes indexes;

    Document(DocumentBuilder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.text = Objects.requireNonNull(builder.text, "text");
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
        this.schema = builder.schema;
        // a list the builder did not change since it copied it from a document is that document's list
        Document source = builder.source;
        int kept = source == null ? 0 : ~builder.touched;
        this.entities = (kept & DocumentBuilder.ENTITIES) != 0 ? source.entities : List.copyOf(builder.entities);
        this.segments = (kept & DocumentBuilder.SEGMENTS) != 0 ? source.segments : sorted(builder.segments);
        this.mentions = (kept & DocumentBuilder.MENTIONS) != 0 ? source.mentions : sorted(builder.mentions);
        this.quotes = (kept & DocumentBuilder.QUOTES) != 0 ? source.quotes : sorted(builder.quotes);
        this.cues = (kept & DocumentBuilder.CUES) != 0 ? source.cues : sorted(builder.cues);
        this.attributions = (kept & DocumentBuilder.ATTRIBUTIONS) != 0 ? source.attributions : List.copyOf(builder.attributions);
        this.claims = (kept & DocumentBuilder.CLAIMS) != 0 ? source.claims : sorted(builder.claims);
        this.genericSpans = (kept & DocumentBuilder.GENERIC_SPANS) != 0 ? source.genericSpans : sorted(builder.genericSpans);
        this.genericRelations = (kept & DocumentBuilder.GENERIC_RELATIONS) != 0 ? source.genericRelations
                : List.copyOf(builder.genericRelations);
        this.provenance = (kept & DocumentBuilder.PROVENANCE) != 0 ? source.provenance : List.copyOf(builder.provenance);
        this.unknownFields = builder.unknownFields();
        this.revision = builder.revision;
        this.indexes = source == null ? new DocumentIndexes(this, null, null, null)
                : new DocumentIndexes(this, source.indexes.text(),
                        (kept & DocumentBuilder.ANNOTATIONS) == DocumentBuilder.ANNOTATIONS ? source.indexes.annotationViews() : null,
                        (kept & DocumentBuilder.ENTITIES) != 0 ? source.indexes.entityViews() : null);
    }

    /**
     * {@code annotations} in document order, as an unmodifiable list of its own. Built with one copy:
     * every read of a file builds a document, and a file's lists are usually in order already.
     */
    @SuppressWarnings("unchecked")
    private static <T extends SpanAnnotation> List<T> sorted(List<T> annotations) {
        Object[] array = annotations.toArray();
        if (!inDocumentOrder(array)) {
            Arrays.sort(array, (a, b) -> SpanAnnotation.DOCUMENT_ORDER.compare((T) a, (T) b));
        }
        return Collections.unmodifiableList((List<T>) (List<?>) Arrays.asList(array));
    }

    /** Whether {@code array} (checked for nulls) is in {@link SpanAnnotation#DOCUMENT_ORDER}, comparing ids only on equal spans. */
    private static boolean inDocumentOrder(Object[] array) {
        boolean ordered = true;
        SpanAnnotation previous = null;
        Span a = null;
        for (Object element : array) {
            SpanAnnotation annotation = (SpanAnnotation) Objects.requireNonNull(element, "annotation");
            if (ordered) {
                Span b = annotation.span();
                ordered = a == null || a.start() < b.start() || a.start() == b.start() && (a.end() > b.end()
                        || a.end() == b.end() && SpanAnnotation.DOCUMENT_ORDER.compare(previous, annotation) <= 0);
                a = b;
            }
            previous = annotation;
        }
        return ordered;
    }

    /** A builder for a document with the given id and text. */
    public static DocumentBuilder builder(String id, String text) {
        return new DocumentBuilder(id, text);
    }

    /**
     * A builder holding everything this document holds, for making an edited copy. The copy shares
     * what the edit left alone: the lists of the kinds it did not change, and the indexes built over
     * them and over the text (an edit of one entity neither copies nor indexes the annotations again).
     */
    public DocumentBuilder toBuilder() {
        return new DocumentBuilder(this);
    }

    /** The document's id: non-null, unique in its corpus. */
    public String id() {
        return id;
    }

    /** The exact text; every offset counts UTF-16 code units of it. */
    public String text() {
        return text;
    }

    /** Free metadata (title, source, language, ...), in insertion order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The fingerprint of {@link #text()}; computed on first use. */
    public Fingerprint fingerprint() {
        return indexes.fingerprint();
    }

    /** The declaration of the generic layers. */
    public Schema schema() {
        return schema;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<Cue> cues() {
        return cues;
    }

    public List<Attribution> attributions() {
        return attributions;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<GenericSpan> genericSpans() {
        return genericSpans;
    }

    public List<GenericRelation> genericRelations() {
        return genericRelations;
    }

    public List<Provenance> provenance() {
        return provenance;
    }

    /** Fields a reader did not know, kept for writing back. */
    public UnknownFields unknownFields() {
        return unknownFields;
    }

    /** The record of the last re-anchoring onto this text, if the annotations were re-anchored. */
    public Optional<Revision> revision() {
        return Optional.ofNullable(revision);
    }

    /** The offset index of {@link #text()}, for converting offsets between units; built on first use. */
    public OffsetIndex offsets() {
        return indexes.offsets();
    }

    /**
     * The span index over every span annotation (by its bounds), answering covering, covered-by,
     * overlapping and at-a-point queries in O(log n + k), results in document order; built on first use.
     */
    public SpanIndex<SpanAnnotation> spans() {
        return indexes.spans();
    }

    /** Every annotation: segments, mentions, quotes, cues, attributions, claims, generic spans and relations. */
    public List<Annotation> annotations() {
        return indexes.annotations();
    }

    /** Every span annotation, in document order. */
    public List<SpanAnnotation> spanAnnotations() {
        return indexes.spanAnnotations();
    }

    /** The annotation with the given id value, whatever its kind. */
    public Optional<Annotation> annotation(String idValue) {
        return Optional.ofNullable(indexes.annotationsById().get(idValue));
    }

    /** The annotation with the given typed id, if it exists and is of the id's kind. */
    public <A extends Annotation> Optional<A> annotation(AnnotationId annotationId, Class<A> kind) {
        return annotation(annotationId.value()).filter(kind::isInstance).map(kind::cast);
    }

    public Optional<Entity> entity(EntityId entityId) {
        return Optional.ofNullable(indexes.entitiesById().get(entityId.value()));
    }

    public Optional<Mention> mention(MentionId mentionId) {
        return annotation(mentionId, Mention.class);
    }

    public Optional<Quote> quote(QuoteId quoteId) {
        return annotation(quoteId, Quote.class);
    }

    public Optional<Cue> cue(CueId cueId) {
        return annotation(cueId, Cue.class);
    }

    public Optional<Attribution> attribution(AttributionId attributionId) {
        return annotation(attributionId, Attribution.class);
    }

    public Optional<Claim> claim(ClaimId claimId) {
        return annotation(claimId, Claim.class);
    }

    /** The mentions of an entity, in document order. */
    public List<Mention> mentionsOf(EntityId entityId) {
        return indexes.mentionsByEntity().getOrDefault(entityId.value(), List.of());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Document)) {
            return false;
        }
        Document other = (Document) o;
        return id.equals(other.id) && text.equals(other.text) && metadata.equals(other.metadata)
                && schema.equals(other.schema) && entities.equals(other.entities) && segments.equals(other.segments)
                && mentions.equals(other.mentions) && quotes.equals(other.quotes) && cues.equals(other.cues)
                && attributions.equals(other.attributions) && claims.equals(other.claims)
                && genericSpans.equals(other.genericSpans) && genericRelations.equals(other.genericRelations)
                && provenance.equals(other.provenance) && unknownFields.equals(other.unknownFields)
                && Objects.equals(revision, other.revision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, fingerprint(), entities, mentions, quotes, cues, attributions, claims, segments,
                genericSpans, genericRelations);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " UTF-16 units, " + annotations().size() + " annotations, "
                + entities.size() + " entities]";
    }
}
