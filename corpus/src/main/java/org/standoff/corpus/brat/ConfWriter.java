package org.standoff.corpus.brat;

import static org.standoff.corpus.brat.BratVocabulary.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Document;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.QuoteType;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.corpus.exchange.DomainLabels;

/**
 * Writes the {@code annotation.conf} of an export: the domain types of the mapping, then every
 * generic layer of the documents' schemas — the inverse of {@link AnnotationConf}, so that
 * reading it back gives the same generic layers. Macros are written out as alternatives.
 */
final class ConfWriter {
    private ConfWriter() {
    }

    static String write(List<Document> documents) {
        Map<String, LayerSchema> layers = new LinkedHashMap<>();
        documents.forEach(d -> d.schema().layers().forEach(l -> layers.putIfAbsent(l.name(), l)));
        StringBuilder out = new StringBuilder("# Written by Standoff (docs/formats/brat.md): domain types first, then generic layers.\n");
        out.append("\n[entities]\n\n");
        domainEntities().forEach(type -> out.append(type).append('\n'));
        Set<String> entityLabels = new LinkedHashSet<>();
        layers.values().stream().filter(l -> l.kind() == LayerKind.SPAN && !l.name().equals(TRIGGER_LAYER))
                .forEach(l -> l.labels().forEach(label -> entityLabels.add(typeName(label))));
        documents.forEach(d -> d.genericSpans().stream().filter(s -> !s.layer().equals(TRIGGER_LAYER))
                .forEach(s -> entityLabels.add(typeName(s.label()))));
        entityLabels.forEach(label -> out.append(label).append('\n'));
        out.append("\n[relations]\n\n");
        String quotes = alternatives(QUOTE, QuoteType.values());
        String claims = alternatives(CLAIM, ClaimType.values());
        String mentions = alternatives(MENTION, MentionType.values());
        out.append(EMBEDDED_IN + "\tArg1:" + quotes + ", Arg2:" + quotes + "\n");
        out.append(VERBATIM + "\tArg1:" + quotes + ", Arg2:" + VERBATIM + "\n");
        out.append(CLAIMANT + "\tArg1:" + claims + ", Arg2:" + mentions + "\n");
        out.append(CLAIM_QUOTE + "\tArg1:" + claims + ", Arg2:" + quotes + "\n");
        out.append(CLAIM_ATTRIBUTION + "\tArg1:" + claims + ", Arg2:" + ATTRIBUTION + "\n");
        out.append("Equiv\tArg1:" + mentions + ", Arg2:" + mentions + ", <REL-TYPE>:symmetric-transitive\n");
        List<LayerSchema> events = new ArrayList<>();
        for (LayerSchema layer : layers.values()) {
            if (layer.kind() != LayerKind.RELATION || isLineLayer(layer.name())) {
                continue;
            }
            if (layer.role(TRIGGER_ROLE).isPresent()) {
                events.add(layer);
            } else {
                out.append(typeName(layer.name())).append('\t').append(roles(layer, documents)).append('\n');
            }
        }
        out.append("\n[events]\n\n");
        out.append(ATTRIBUTION + "\tSource?:" + mentions + ", Cue?:" + CUE + ", Content*:" + quotes + ", Continuation*:"
                + quotes + ", Split*:" + quotes + ", Addressee*:" + ADDRESSEE + ", Setting*:" + SETTING
                + ", NestedIn?:" + ATTRIBUTION + "\n");
        events.forEach(layer -> out.append(typeName(layer.name())).append('\t').append(roles(layer, documents)).append('\n'));
        out.append("\n[attributes]\n\n");
        out.append(ENTITY_TYPE + "\tArg:" + mentions + ", Value:" + join(EntityType.values()) + "\n");
        out.append(METONYMY + "\tArg:" + mentions + "\n");
        out.append(CHECKWORTHY + "\tArg:" + claims + "\n");
        attributes(layers, documents).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static List<String> domainEntities() {
        List<String> types = new ArrayList<>(DomainLabels.all());
        types.addAll(List.of(ADDRESSEE, SETTING, VERBATIM));
        return types;
    }

    private static String roles(LayerSchema layer, List<Document> documents) {
        List<String> parts = new ArrayList<>();
        for (RoleSchema role : layer.roles()) {
            if (!role.name().equals(TRIGGER_ROLE)) {
                parts.add(role.name() + cardinality(role) + ":" + targets(role.targets()));
            }
        }
        if (layer.roles().isEmpty()) {
            Set<String> used = new LinkedHashSet<>();
            documents.forEach(d -> d.genericRelations().stream().filter(r -> r.layer().equals(layer.name()))
                    .flatMap(r -> r.arguments().stream()).map(GenericRelation.Argument::role)
                    .filter(role -> !role.equals(TRIGGER_ROLE)).forEach(used::add));
            used.forEach(role -> parts.add(role + "*:<ANY>"));
        }
        return String.join(", ", parts);
    }

    private static String cardinality(RoleSchema role) {
        if (role.min() == 1 && role.max() == 1) {
            return "";
        }
        if (role.max() == RoleSchema.UNBOUNDED) {
            return role.min() == 0 ? "*" : role.min() == 1 ? "+" : "{" + role.min() + "-}";
        }
        if (role.min() == 0 && role.max() == 1) {
            return "?";
        }
        return role.min() == role.max() ? "{" + role.min() + "}" : "{" + role.min() + "-" + role.max() + "}";
    }

    private static String targets(List<String> targets) {
        if (targets.isEmpty()) {
            return "<ANY>";
        }
        return targets.stream().map(t -> t.equals(ENTITY_LAYER) ? "<ENTITY>" : typeName(t)).collect(Collectors.joining("|"));
    }

    private static List<String> attributes(Map<String, LayerSchema> layers, List<Document> documents) {
        Map<String, AttributeSchema> byName = new LinkedHashMap<>();
        Map<String, Set<String>> args = new LinkedHashMap<>();
        for (LayerSchema layer : layers.values()) {
            if (isLineLayer(layer.name()) || layer.name().equals(TRIGGER_LAYER)) {
                continue;
            }
            for (AttributeSchema attribute : layer.attributes()) {
                byName.putIfAbsent(attribute.name(), attribute);
                args.computeIfAbsent(attribute.name(), k -> new LinkedHashSet<>())
                        .add(layer.kind() == LayerKind.SPAN ? "<ENTITY>" : typeName(layer.name()));
            }
        }
        for (Document document : documents) {
            document.genericSpans().forEach(span -> span.attributes().forEach((name, value) -> undeclared(byName, args, name,
                    value, "<ENTITY>")));
            document.genericRelations().stream().filter(r -> !isLineLayer(r.layer())).forEach(r -> r.attributes()
                    .forEach((name, value) -> undeclared(byName, args, name, value, typeName(r.label()))));
        }
        List<String> lines = new ArrayList<>();
        byName.forEach((name, attribute) -> {
            String line = typeName(name) + "\tArg:" + String.join("|", args.get(name));
            if (attribute.type() == AttributeType.ENUM) {
                line += ", Value:" + String.join("|", attribute.values());
            } else if (attribute.type() != AttributeType.BOOLEAN) {
                Set<String> seen = new LinkedHashSet<>();
                documents.forEach(d -> d.annotations().forEach(a -> valueOf(a, name, seen)));
                line += seen.isEmpty() ? "" : ", Value:" + String.join("|", seen);
            }
            lines.add(line);
        });
        return lines;
    }

    /** Declares an attribute the data uses but no schema declares: binary for booleans, else valued. */
    private static void undeclared(Map<String, AttributeSchema> byName, Map<String, Set<String>> args, String name,
                                   org.standoff.core.model.AttributeValue value, String arg) {
        if (!byName.containsKey(name)) {
            byName.put(name, AttributeSchema.optional(name, value instanceof org.standoff.core.model.AttributeValue.Bool
                    ? AttributeType.BOOLEAN : AttributeType.STRING));
        }
        args.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(arg);
    }

    private static void valueOf(Object annotation, String name, Set<String> seen) {
        org.standoff.core.model.AttributeValue value = null;
        if (annotation instanceof org.standoff.core.model.GenericSpan) {
            value = ((org.standoff.core.model.GenericSpan) annotation).attributes().get(name);
        } else if (annotation instanceof GenericRelation) {
            value = ((GenericRelation) annotation).attributes().get(name);
        }
        if (value != null) {
            seen.add(value.asText());
        }
    }

    private static boolean isLineLayer(String layer) {
        return layer.equals(EQUIV_LAYER) || layer.equals(NOTE_LAYER) || layer.equals(NORMALIZATION_LAYER);
    }

    private static String alternatives(String kind, Enum<?>[] types) {
        return String.join("|", DomainLabels.of(kind, types));
    }

    private static String join(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).collect(Collectors.joining("|"));
    }
}
