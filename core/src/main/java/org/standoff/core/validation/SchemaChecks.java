package org.standoff.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;

/** The generic-layer checks of {@link Validator}: layers, labels, attributes and roles against the schema. */
final class SchemaChecks {
    private final Document document;
    private final List<Diagnostic> found;

    SchemaChecks(Document document, List<Diagnostic> found) {
        this.document = document;
        this.found = found;
    }

    void run() {
        for (GenericSpan span : document.genericSpans()) {
            String subject = span.id().value();
            layer(subject, span.layer(), LayerKind.SPAN).ifPresent(layer -> {
                checkLabel(subject, layer, span.label());
                checkAttributes(subject, layer, span.attributes());
            });
        }
        for (GenericRelation relation : document.genericRelations()) {
            String subject = relation.id().value();
            layer(subject, relation.layer(), LayerKind.RELATION).ifPresent(layer -> {
                checkLabel(subject, layer, relation.label());
                checkAttributes(subject, layer, relation.attributes());
                checkRoles(subject, layer, relation);
            });
        }
    }

    private Optional<LayerSchema> layer(String subject, String name, LayerKind kind) {
        Optional<LayerSchema> layer = document.schema().layer(name);
        if (layer.isEmpty()) {
            found.add(Diagnostic.error("schema.layer", subject, "layer \"" + name + "\" is not declared in the schema"));
            return layer;
        }
        if (layer.get().kind() != kind) {
            found.add(Diagnostic.error("schema.layer-kind", subject, "layer \"" + name + "\" is a " + layer.get().kind()
                    + " layer, but holds a " + kind + " annotation"));
            return Optional.empty();
        }
        return layer;
    }

    private void checkLabel(String subject, LayerSchema layer, String label) {
        if (!layer.labels().isEmpty() && !layer.labels().contains(label)) {
            found.add(Diagnostic.error("schema.label", subject, "label \"" + label + "\" is not one of layer \""
                    + layer.name() + "\"'s labels " + layer.labels()));
        }
    }

    private void checkAttributes(String subject, LayerSchema layer, Map<String, AttributeValue> attributes) {
        attributes.forEach((name, value) -> {
            Optional<AttributeSchema> declared = layer.attribute(name);
            if (declared.isEmpty()) {
                found.add(Diagnostic.error("schema.attribute", subject, "attribute \"" + name
                        + "\" is not declared for layer \"" + layer.name() + "\""));
                return;
            }
            typeProblem(declared.get(), value).ifPresent(problem -> found.add(Diagnostic.error(
                    "schema.attribute-type", subject, "attribute \"" + name + "\": " + problem)));
        });
        for (AttributeSchema declared : layer.attributes()) {
            if (declared.required() && !attributes.containsKey(declared.name())) {
                found.add(Diagnostic.error("schema.attribute-missing", subject, "required attribute \""
                        + declared.name() + "\" of layer \"" + layer.name() + "\" is missing"));
            }
        }
    }

    private static Optional<String> typeProblem(AttributeSchema declared, AttributeValue value) {
        boolean fits;
        switch (declared.type()) {
            case STRING:
                fits = value instanceof AttributeValue.Text;
                break;
            case ENUM:
                fits = value instanceof AttributeValue.Text && declared.values().contains(value.asText());
                break;
            case INTEGER:
                fits = value instanceof AttributeValue.Int;
                break;
            case NUMBER:
                fits = value instanceof AttributeValue.Int || value instanceof AttributeValue.Decimal;
                break;
            case BOOLEAN:
                fits = value instanceof AttributeValue.Bool;
                break;
            default:
                throw new IllegalStateException("unhandled attribute type " + declared.type());
        }
        if (fits) {
            return Optional.empty();
        }
        String expected = declared.type() == org.standoff.core.schema.AttributeType.ENUM
                ? "one of " + declared.values() : "a " + declared.type();
        return Optional.of("expected " + expected + ", found " + CoveredText.quoted(value.asText()));
    }

    private void checkRoles(String subject, LayerSchema layer, GenericRelation relation) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GenericRelation.Argument argument : relation.arguments()) {
            counts.merge(argument.role(), 1, Integer::sum);
            if (layer.roles().isEmpty()) {
                continue;
            }
            Optional<RoleSchema> role = layer.role(argument.role());
            if (role.isEmpty()) {
                found.add(Diagnostic.error("schema.role", subject, "role \"" + argument.role()
                        + "\" is not declared for layer \"" + layer.name() + "\""));
                continue;
            }
            checkTarget(subject, role.get(), argument);
        }
        for (RoleSchema role : layer.roles()) {
            int count = counts.getOrDefault(role.name(), 0);
            if (count < role.min() || count > role.max()) {
                String max = role.max() == RoleSchema.UNBOUNDED ? "any number" : String.valueOf(role.max());
                found.add(Diagnostic.error("schema.role-cardinality", subject, "role \"" + role.name() + "\" has "
                        + count + " fillers, expected " + role.min() + " to " + max));
            }
        }
    }

    private void checkTarget(String subject, RoleSchema role, GenericRelation.Argument argument) {
        if (role.targets().isEmpty()) {
            return;
        }
        Optional<String> kind = targetNames(argument).filter(names -> names.stream().anyMatch(role.targets()::contains))
                .map(names -> names.get(0));
        if (kind.isEmpty() && document.annotation(argument.target().value()).isPresent()) {
            found.add(Diagnostic.error("schema.role-target", subject, "role \"" + role.name() + "\" is filled by \""
                    + argument.target().value() + "\", which is none of " + role.targets()));
        }
    }

    /** The names a role's target list may use for the argument: its label, its layer, its kind. */
    private Optional<List<String>> targetNames(GenericRelation.Argument argument) {
        Optional<Annotation> target = document.annotation(argument.target().value());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Annotation annotation = target.get();
        if (annotation instanceof GenericSpan) {
            GenericSpan span = (GenericSpan) annotation;
            return Optional.of(List.of(span.label(), span.layer(), span.kind()));
        }
        if (annotation instanceof GenericRelation) {
            GenericRelation relation = (GenericRelation) annotation;
            return Optional.of(List.of(relation.label(), relation.layer(), relation.kind()));
        }
        return Optional.of(List.of(annotation.kind()));
    }
}
