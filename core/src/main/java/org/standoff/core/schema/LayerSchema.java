package org.standoff.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generic layer: its kind, the labels it allows, its attributes and (for relations) its roles.
 *
 * @param name       the layer's name, unique in the schema
 * @param kind       span or relation layer
 * @param labels     the allowed labels, in order; empty means any label
 * @param attributes the declared attributes; an undeclared attribute is a violation
 * @param roles      for a relation layer, its roles with cardinalities; empty means any role
 */
public record LayerSchema(String name, LayerKind kind, List<String> labels, List<AttributeSchema> attributes,
                          List<RoleSchema> roles) {
    public LayerSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        labels = labels == null ? List.of() : List.copyOf(labels);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (kind == LayerKind.SPAN && !roles.isEmpty()) {
            throw new IllegalArgumentException("span layer \"" + name + "\" cannot declare roles");
        }
    }

    /** A span layer with the given labels and no attributes. */
    public static LayerSchema spans(String name, List<String> labels) {
        return new LayerSchema(name, LayerKind.SPAN, labels, List.of(), List.of());
    }

    /** A relation layer with the given labels and roles. */
    public static LayerSchema relations(String name, List<String> labels, List<RoleSchema> roles) {
        return new LayerSchema(name, LayerKind.RELATION, labels, List.of(), roles);
    }

    /** A copy with the given attributes. */
    public LayerSchema withAttributes(List<AttributeSchema> newAttributes) {
        return new LayerSchema(name, kind, labels, newAttributes, roles);
    }

    /** The attribute with the given name, if declared. */
    public Optional<AttributeSchema> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** The role with the given name, if declared. */
    public Optional<RoleSchema> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }
}
