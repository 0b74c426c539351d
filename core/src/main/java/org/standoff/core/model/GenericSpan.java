package org.standoff.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A span annotation of a generic layer, for whatever is imported that is not a domain type: a
 * named-entity label, a part of speech, a custom category. The document's schema declares each
 * layer's labels and attributes.
 *
 * @param id         unique id
 * @param layer      the layer's name ("ner", "brat.entity")
 * @param label      the label within the layer ("PERSON")
 * @param extent     where it lies
 * @param attributes typed attribute values by name, in insertion order
 * @param provenance who made it, or {@code null}
 */
public record GenericSpan(GenericSpanId id, String layer, String label, Extent extent,
                          Map<String, AttributeValue> attributes, ProvenanceId provenance) implements SpanAnnotation {
    public GenericSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(extent, "extent");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
