package org.standoff.corpus.brat;

import java.util.List;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.schema.LayerSchema;

/**
 * Which brat lines become domain annotations: Standoff's own vocabulary ({@link DomainLines}) or a
 * label mapping ({@link MappedLines}). Each {@code accept…} method takes a line if it is one of them
 * and returns whether it did (relations, groups, attributes, normalizations and notes: none, unless
 * the vocabulary says otherwise); {@link LineMapper} keeps every other line in a generic layer.
 */
interface LineVocabulary {
    boolean acceptSpan(AnnLine.TextBound t);

    boolean acceptEvent(AnnLine.Event e);

    /** Fills the accepted events' roles, once every event is known (an event may name a later one). */
    void fillAttributions(List<AnnLine.Event> events);

    default boolean acceptRelation(AnnLine.Relation r) {
        return false;
    }

    default boolean acceptEquiv(AnnLine.Equiv equiv) {
        return false;
    }

    default boolean acceptAttribute(AnnLine.Attribute a) {
        return false;
    }

    default boolean acceptNormalization(AnnLine.Normalization n) {
        return false;
    }

    default boolean acceptNote(AnnLine.Note note) {
        return false;
    }

    /** Adds the accepted annotations (and their entities) to {@code builder}. */
    void build(DocumentBuilder builder, String text);

    /** The generic layers the accepted lines were put in, for the document's schema; none by default. */
    default List<LayerSchema> layers() {
        return List.of();
    }
}
