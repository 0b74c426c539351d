package org.standoff.corpus.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A relation in the flat form: an attribution (layer {@link FlatLayers#ATTRIBUTION}, roles
 * {@code source}, {@code cue}, {@code content}/{@code continuation}/{@code split}, {@code addressee},
 * {@code setting}, {@code nestedIn}) or a generic relation.
 *
 * @param id         the relation's id value
 * @param layer      the layer
 * @param label      the label
 * @param arguments  role fillers in order
 * @param attributes string attributes by name
 * @param provenance the provenance id value, or {@code null}
 */
public record FlatRelation(String id, String layer, String label, List<Arg> arguments, Map<String, String> attributes,
                           String provenance) {
    public FlatRelation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        arguments = List.copyOf(arguments);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** One role filler: a role name and the id value of the annotation that fills it. */
    public record Arg(String role, String target) {
        public Arg {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(target, "target");
        }
    }
}
