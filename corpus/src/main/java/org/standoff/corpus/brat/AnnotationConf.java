package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/**
 * Reads brat's {@code annotation.conf} into the generic-layer {@link Schema}:
 * <ul>
 *   <li>{@code [entities]} → span layer {@code brat.entity}, labels the annotatable types (a
 *       leading {@code !} marks a type that only structures the hierarchy);</li>
 *   <li>{@code [events]} → span layer {@code brat.trigger} (labels the event types) and one
 *       relation layer per event type, with role {@code Trigger} (exactly one) and the argument
 *       roles, cardinalities {@code ?} (0..1), {@code *} (0..n), {@code +} (1..n), {@code {n}} and
 *       {@code {n-m}};</li>
 *   <li>{@code [relations]} → one relation layer per type, roles as declared, each exactly one;</li>
 *   <li>{@code [attributes]} → attributes of the layers their {@code Arg:} names: binary →
 *       BOOLEAN, {@code Value:a|b} → ENUM.</li>
 * </ul>
 * Macros ({@code <POG>=Person|Organization|GPE}) are expanded; {@code <ENTITY>} becomes the layer
 * {@code brat.entity}, {@code <EVENT>} every event type. {@code <REL-TYPE>} options and
 * {@code <OVERLAP>} lines have no place in the schema and are skipped. Unreadable lines are
 * {@code brat.conf} warnings.
 */
final class AnnotationConf {
    private final String fileName;
    private final List<Diagnostic> diagnostics;
    private final Map<String, String> macros = new LinkedHashMap<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Map<String, List<RoleSchema>> relationRoles = new LinkedHashMap<>();
    private final Map<String, List<RoleSchema>> eventRoles = new LinkedHashMap<>();
    private final List<String[]> attributeLines = new ArrayList<>();

    private AnnotationConf(String fileName, List<Diagnostic> diagnostics) {
        this.fileName = fileName;
        this.diagnostics = diagnostics;
    }

    /** The schema declared by {@code content}; problems are added to {@code diagnostics}. */
    static Schema read(String fileName, String content, List<Diagnostic> diagnostics) {
        AnnotationConf conf = new AnnotationConf(fileName, diagnostics);
        conf.parse(content);
        return conf.schema();
    }

    private void parse(String content) {
        String section = "";
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            if (line.startsWith("<") && line.contains(">=")) {
                macros.put(line.substring(0, line.indexOf(">=") + 1), line.substring(line.indexOf(">=") + 2).strip());
                continue;
            }
            entry(section, line, i + 1);
        }
    }

    private void entry(String section, String line, int number) {
        String[] parts = line.split("\\s+", 2);
        String type = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        boolean annotatable = !type.startsWith("!");
        type = annotatable ? type : type.substring(1);
        if (isDomain(type)) {
            return;
        }
        switch (section) {
            case "entities" -> {
                if (annotatable) {
                    entities.add(type);
                }
            }
            case "relations" -> {
                if (!type.startsWith("<")) {
                    relationRoles.put(type, roles(rest, number));
                }
            }
            case "events" -> {
                if (annotatable) {
                    events.add(type);
                    eventRoles.put(type, roles(rest, number));
                }
            }
            case "attributes" -> attributeLines.add(new String[] {type, rest, Integer.toString(number)});
            default -> warn(number, "line outside a known section ([entities], [relations], [events], [attributes]) skipped");
        }
    }

    /**
     * Whether {@code type} belongs to the domain mapping (written by our exporter, read back as
     * domain annotations), or is brat's {@code Equiv}, which {@code *} lines carry: neither is a
     * generic layer.
     */
    private static boolean isDomain(String type) {
        return type.matches("(Mention|Quote|Claim|Segment)-[A-Z]+|Cue|Attribution|Addressee|Setting|Verbatim|Equiv")
                || BratVocabulary.DOMAIN_RELATIONS.contains(type)
                || List.of(BratVocabulary.ENTITY_TYPE, BratVocabulary.METONYMY, BratVocabulary.CHECKWORTHY).contains(type);
    }

    private List<RoleSchema> roles(String declaration, int number) {
        List<RoleSchema> roles = new ArrayList<>();
        for (String part : declaration.split(",")) {
            String arg = part.strip();
            int colon = arg.indexOf(':');
            if (arg.isEmpty() || arg.startsWith("<") || colon <= 0) {
                if (!arg.isEmpty() && !arg.startsWith("<")) {
                    warn(number, "argument \"" + arg + "\" is not ROLE:TYPE; skipped");
                }
                continue;
            }
            roles.add(role(arg.substring(0, colon), targets(arg.substring(colon + 1))));
        }
        return roles;
    }

    private static RoleSchema role(String declared, List<String> targets) {
        if (declared.endsWith("?")) {
            return new RoleSchema(cut(declared, 1), 0, 1, targets);
        }
        if (declared.endsWith("*")) {
            return new RoleSchema(cut(declared, 1), 0, RoleSchema.UNBOUNDED, targets);
        }
        if (declared.endsWith("+")) {
            return new RoleSchema(cut(declared, 1), 1, RoleSchema.UNBOUNDED, targets);
        }
        int brace = declared.indexOf('{');
        if (brace > 0 && declared.endsWith("}")) {
            String[] bounds = declared.substring(brace + 1, declared.length() - 1).split("-");
            int min = Integer.parseInt(bounds[0].strip());
            boolean open = declared.endsWith("-}");
            int max = open ? RoleSchema.UNBOUNDED : bounds.length > 1 ? Integer.parseInt(bounds[1].strip()) : min;
            return new RoleSchema(declared.substring(0, brace), min, Math.max(max, 1), targets);
        }
        return new RoleSchema(declared, 1, 1, targets);
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    private List<String> targets(String declaration) {
        List<String> targets = new ArrayList<>();
        for (String alternative : declaration.split("\\|")) {
            String name = alternative.strip();
            String expanded = macros.get(name);
            if (expanded != null) {
                targets.addAll(targets(expanded));
            } else if (name.equals("<ENTITY>")) {
                targets.add(BratVocabulary.ENTITY_LAYER);
            } else if (name.equals("<EVENT>")) {
                targets.add("<EVENT>");
            } else if (!name.equals("<ANY>")) {
                targets.add(name);
            }
        }
        return targets;
    }

    private Schema schema() {
        Map<String, List<AttributeSchema>> attributes = attributesByLayer();
        List<LayerSchema> layers = new ArrayList<>();
        if (!entities.isEmpty() || attributes.containsKey(BratVocabulary.ENTITY_LAYER)) {
            layers.add(new LayerSchema(BratVocabulary.ENTITY_LAYER, LayerKind.SPAN, entities,
                    attributes.getOrDefault(BratVocabulary.ENTITY_LAYER, List.of()), List.of()));
        }
        if (!events.isEmpty()) {
            layers.add(LayerSchema.spans(BratVocabulary.TRIGGER_LAYER, events));
        }
        relationRoles.forEach((type, roles) -> layers.add(new LayerSchema(type, LayerKind.RELATION, List.of(type),
                attributes.getOrDefault(type, List.of()), resolveEvents(roles))));
        eventRoles.forEach((type, roles) -> {
            List<RoleSchema> all = new ArrayList<>();
            all.add(new RoleSchema(BratVocabulary.TRIGGER_ROLE, 1, 1, List.of(type)));
            all.addAll(resolveEvents(roles));
            layers.add(new LayerSchema(type, LayerKind.RELATION, List.of(type), attributes.getOrDefault(type, List.of()), all));
        });
        return new Schema(once(layers));
    }

    /** {@code layers} with only the first of several layers of one name, each later one warned about. */
    private List<LayerSchema> once(List<LayerSchema> layers) {
        Map<String, LayerSchema> first = new LinkedHashMap<>();
        for (LayerSchema layer : layers) {
            if (first.putIfAbsent(layer.name(), layer) != null) {
                warn(0, "\"" + layer.name() + "\" is declared in two sections (as an entity, relation or event type);"
                        + " the first declaration is used");
            }
        }
        return new ArrayList<>(first.values());
    }

    private List<RoleSchema> resolveEvents(List<RoleSchema> roles) {
        List<RoleSchema> resolved = new ArrayList<>();
        for (RoleSchema role : roles) {
            List<String> targets = new ArrayList<>();
            role.targets().forEach(t -> targets.addAll(t.equals("<EVENT>") ? events : List.of(t)));
            resolved.add(new RoleSchema(role.name(), role.min(), role.max(), targets));
        }
        return resolved;
    }

    private Map<String, List<AttributeSchema>> attributesByLayer() {
        Map<String, List<AttributeSchema>> byLayer = new LinkedHashMap<>();
        for (String[] line : attributeLines) {
            String argTypes = "";
            List<String> values = List.of();
            for (String part : line[1].split(",")) {
                String[] keyValue = part.strip().split(":", 2);
                if (keyValue.length == 2 && keyValue[0].equals("Arg")) {
                    argTypes = keyValue[1].strip();
                } else if (keyValue.length == 2 && keyValue[0].equals("Value")) {
                    values = List.of(keyValue[1].strip().split("\\|"));
                }
            }
            AttributeSchema attribute = values.isEmpty() ? AttributeSchema.optional(line[0], AttributeType.BOOLEAN)
                    : AttributeSchema.oneOf(line[0], values);
            for (String layer : layersOf(argTypes, Integer.parseInt(line[2]))) {
                byLayer.computeIfAbsent(layer, key -> new ArrayList<>()).add(attribute);
            }
        }
        return byLayer;
    }

    private List<String> layersOf(String argTypes, int number) {
        List<String> layers = new ArrayList<>();
        for (String target : targets(argTypes)) {
            if (target.equals("<EVENT>")) {
                layers.addAll(events);
            } else if (entities.contains(target) || target.equals(BratVocabulary.ENTITY_LAYER)) {
                addOnce(layers, BratVocabulary.ENTITY_LAYER);
            } else if (events.contains(target) || relationRoles.containsKey(target)) {
                addOnce(layers, target);
            } else {
                warn(number, "attribute argument type \"" + target + "\" is not declared; skipped");
            }
        }
        return layers;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private void warn(int number, String message) {
        diagnostics.add(Diagnostic.warning("brat.conf", null, message).at(new Location(fileName, null, number, 1)));
    }
}
