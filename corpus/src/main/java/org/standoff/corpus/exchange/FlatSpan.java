package org.standoff.corpus.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.standoff.core.text.Span;

/**
 * A span annotation in the flat form every annotators' format can hold: a layer, one label, a
 * continuous span and string attributes. Domain annotations use the layers of {@link FlatLayers}.
 *
 * @param id         the annotation's id value
 * @param layer      the layer ({@code quote}, {@code mention}, ... or a generic layer's name)
 * @param label      the label within the layer
 * @param span       where it lies, UTF-16 code units
 * @param attributes string attributes by name, in order
 * @param provenance the provenance id value, or {@code null}
 */
public record FlatSpan(String id, String layer, String label, Span span, Map<String, String> attributes,
                       String provenance) {
    public FlatSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
