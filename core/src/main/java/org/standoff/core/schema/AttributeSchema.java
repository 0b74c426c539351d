package org.standoff.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * One declared attribute of a generic layer.
 *
 * @param name     the attribute's name
 * @param type     the type of its values
 * @param values   for {@link AttributeType#ENUM}, the allowed values in order; otherwise empty
 * @param required whether every annotation of the layer must have it
 */
public record AttributeSchema(String name, AttributeType type, List<String> values, boolean required) {
    public AttributeSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = values == null ? List.of() : List.copyOf(values);
        if (type == AttributeType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("enumerated attribute \"" + name + "\" declares no values");
        }
        if (type != AttributeType.ENUM && !values.isEmpty()) {
            throw new IllegalArgumentException("only an ENUM attribute lists values: \"" + name + "\" is " + type);
        }
    }

    /** An optional attribute of the given type. */
    public static AttributeSchema optional(String name, AttributeType type) {
        return new AttributeSchema(name, type, List.of(), false);
    }

    /** An optional enumerated attribute. */
    public static AttributeSchema oneOf(String name, List<String> values) {
        return new AttributeSchema(name, AttributeType.ENUM, values, false);
    }
}
