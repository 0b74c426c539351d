package org.standoff.corpus.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.QuoteType;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.JsonInput;

/** Decodes one mapping file's JSON tree into a {@link LabelMapping}, collecting every problem with its JSON pointer. */
final class MappingFile {
    private final String source;
    private final List<Diagnostic> problems = new ArrayList<>();

    MappingFile(String source) {
        this.source = source;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    LabelMapping mapping(JsonNode root) {
        if (!root.isObject()) {
            problem("", "a mapping file is a JSON object");
            return null;
        }
        if (!LabelMapping.FORMAT.equals(root.path("format").asText(null))) {
            problem("/format", "expected \"" + LabelMapping.FORMAT + "\", found " + root.path("format"));
        }
        String name = root.path("name").asText(source);
        Map<String, LabelRule> labels = new LinkedHashMap<>();
        fields(root, "labels").forEach((label, node) -> {
            LabelRule rule = label("/labels/" + label, node);
            if (rule != null) {
                labels.put(label, rule);
            }
        });
        Map<String, EventRule> events = new LinkedHashMap<>();
        fields(root, "events").forEach((type, node) -> events.put(type, event("/events/" + type, node)));
        return new LabelMapping(name, labels, events);
    }

    private LabelRule label(String pointer, JsonNode node) {
        LabelRule.Kind kind = constant(pointer + "/kind", node.path("kind").asText(""), LabelRule.Kind.class);
        if (kind == null) {
            return null;
        }
        String mentionType = typeName(pointer + "/mentionType", node.path("mentionType").asText(null), MentionType.class);
        String quoteType = typeName(pointer + "/quoteType", node.path("quoteType").asText(null), QuoteType.class);
        String entity = node.path("entity").asText(null);
        if (entity != null && !entity.equals(LabelRule.BY_TEXT)) {
            problem(pointer + "/entity", "unknown value \"" + entity + "\"; expected " + LabelRule.BY_TEXT);
        }
        Map<String, String> lemmas = new LinkedHashMap<>();
        fields(node, "lemmas").forEach((form, lemma) -> lemmas.put(form, lemma.asText()));
        return new LabelRule(kind, node.path("layer").asText(null), mentionType, quoteType, entity, lemmas);
    }

    private EventRule event(String pointer, JsonNode node) {
        Map<String, EventRule.Field> roles = new LinkedHashMap<>();
        fields(node, "roles").forEach((role, field) -> {
            EventRule.Field value = constant(pointer + "/roles/" + role, field.asText(""), EventRule.Field.class);
            if (value != null) {
                roles.put(role, value);
            }
        });
        return new EventRule(roles, node.path("noSource").asText(null));
    }

    private Map<String, JsonNode> fields(JsonNode parent, String name) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode node = parent.path(name);
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            problem("/" + name, "expected an object");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            out.put(entry.getKey(), entry.getValue());
        }
        return out;
    }

    private <E extends Enum<E>> String typeName(String pointer, String value, Class<E> type) {
        if (value == null || value.equals(LabelRule.INFER)) {
            return value;
        }
        E constant = constant(pointer, value, type);
        return constant == null ? null : constant.name();
    }

    private <E extends Enum<E>> E constant(String pointer, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(LabelMapping.constant(value))) {
                return constant;
            }
        }
        problem(pointer, "unknown value \"" + value + "\"; expected one of "
                + Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT)
                + (type == MentionType.class || type == QuoteType.class ? " or infer" : ""));
        return null;
    }

    private void problem(String pointer, String message) {
        problems.add(Diagnostic.error("mapping.invalid", null, message).at(JsonInput.at(source, pointer)));
    }
}
