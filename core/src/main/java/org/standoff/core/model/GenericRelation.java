package org.standoff.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A relation of a generic layer: a label and named roles filled by annotations, such as brat's
 * {@code R1 Origin Arg1:T3 Arg2:T4} or an event with a trigger and several arguments.
 *
 * @param id         unique id
 * @param layer      the layer's name
 * @param label      the relation's label within the layer
 * @param arguments  role fillers, in order; a role may occur several times
 * @param attributes typed attribute values by name, in insertion order
 * @param provenance who made it, or {@code null}
 */
public record GenericRelation(GenericRelationId id, String layer, String label, List<Argument> arguments,
                              Map<String, AttributeValue> attributes, ProvenanceId provenance) implements Annotation {
    public GenericRelation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** One role filler: the role's name and the annotation (or entity) that fills it. */
    public record Argument(String role, AnnotationId target) {
        public Argument {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(target, "target");
        }
    }
}
