package org.standoff.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * The declaration of a document's generic layers: their labels, attribute types and role
 * cardinalities. The domain types (mentions, quotes, claims ...) need no declaration.
 *
 * @param layers the layers, in order; names unique
 */
public record Schema(List<LayerSchema> layers) {
    /** The schema that declares no layer. */
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        layers = List.copyOf(layers);
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                if (layers.get(i).name().equals(layers.get(j).name())) {
                    throw new IllegalArgumentException("layer \"" + layers.get(i).name() + "\" is declared twice");
                }
            }
        }
    }

    /** The layer with the given name, if declared. */
    public Optional<LayerSchema> layer(String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst();
    }

    /** A copy with {@code layer} added, or replacing the layer of the same name. */
    public Schema withLayer(LayerSchema layer) {
        List<LayerSchema> copy = new java.util.ArrayList<>(layers);
        copy.removeIf(existing -> existing.name().equals(layer.name()));
        copy.add(layer);
        return new Schema(copy);
    }
}
