package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;

/**
 * The schema of a brat file without {@code annotation.conf}, inferred from what its lines use: each
 * layer's labels in order of first use, any role, binary attributes as BOOLEAN and valued ones as
 * ENUM of the values seen. The note and normalization layers always declare their text attributes.
 */
final class SchemaInference {
    private SchemaInference() {
    }

    /** Adds {@code label} (may be null) and {@code attribute} ({name, value or null}; may be null) to {@code layer}. */
    static void add(Map<String, LayerSchema> layers, String layer, LayerKind kind, String label, String[] attribute) {
        LayerSchema current = layers.computeIfAbsent(layer, name -> initial(name, kind));
        List<String> labels = new ArrayList<>(current.labels());
        if (label != null && !labels.contains(label)) {
            labels.add(label);
        }
        List<AttributeSchema> attributes = new ArrayList<>(current.attributes());
        if (attribute != null) {
            addAttribute(attributes, attribute[0], attribute[1]);
        }
        layers.put(layer, new LayerSchema(layer, current.kind(), labels, attributes, current.roles()));
    }

    private static LayerSchema initial(String name, LayerKind kind) {
        List<AttributeSchema> attributes = new ArrayList<>();
        if (name.equals(BratVocabulary.NORMALIZATION_LAYER)) {
            attributes.add(AttributeSchema.optional("resource", AttributeType.STRING));
            attributes.add(AttributeSchema.optional("entry", AttributeType.STRING));
        }
        if (name.equals(BratVocabulary.NORMALIZATION_LAYER) || name.equals(BratVocabulary.NOTE_LAYER)) {
            attributes.add(AttributeSchema.optional("text", AttributeType.STRING));
        }
        return new LayerSchema(name, kind, List.of(), attributes, List.of());
    }

    private static void addAttribute(List<AttributeSchema> attributes, String name, String value) {
        int index = -1;
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                index = i;
            }
        }
        if (value == null) {
            if (index < 0) {
                attributes.add(AttributeSchema.optional(name, AttributeType.BOOLEAN));
            }
            return;
        }
        List<String> values = new ArrayList<>();
        if (index >= 0 && attributes.get(index).type() == AttributeType.ENUM) {
            values.addAll(attributes.get(index).values());
        }
        if (!values.contains(value)) {
            values.add(value);
        }
        AttributeSchema updated = AttributeSchema.oneOf(name, values);
        if (index >= 0) {
            attributes.set(index, updated);
        } else {
            attributes.add(updated);
        }
    }
}
