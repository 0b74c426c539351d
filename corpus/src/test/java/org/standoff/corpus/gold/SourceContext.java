package org.standoff.corpus.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;

/**
 * What the readers of one annotation source share: the article text, the locator resolver, and the
 * list of diagnostics, each naming the YAML entry (by JSON pointer and id) and why it is wrong.
 * Not thread-safe; one per generation.
 */
final class SourceContext {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String sourceName;
    final String text;
    private final LocatorResolver resolver;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SourceContext(String sourceName, String text) {
        this.sourceName = sourceName;
        this.text = text;
        this.resolver = new LocatorResolver(text);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Reports an error about the entry at {@code pointer} whose id is {@code subject} (may be null). */
    void error(String code, String pointer, String subject, String message) {
        Location location = new Location(sourceName, pointer, 0, 0);
        diagnostics.add(new Diagnostic(Severity.ERROR, code, subject, location, describe(pointer, subject) + message));
    }

    private static String describe(String pointer, String subject) {
        return subject == null ? "" : "entry " + subject + ": ";
    }

    /** The elements of the list {@code field} of {@code parent}; an absent field is an empty list. */
    List<JsonNode> list(JsonNode parent, String field, String pointer, String subject) {
        JsonNode node = parent.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            error("gold.field", pointer + "/" + field, subject, field + " must be a list");
            return out;
        }
        node.forEach(out::add);
        return out;
    }

    /** Reports every key of {@code entry} that is not in {@code allowed} (a typo would otherwise be lost). */
    void allowOnly(JsonNode entry, Set<String> allowed, String pointer, String subject) {
        if (!entry.isObject()) {
            error("gold.field", pointer, subject, "expected a mapping, found " + entry.getNodeType());
            return;
        }
        entry.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                error("gold.field", pointer + "/" + name, subject, "unknown key \"" + name + "\"; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
        });
    }

    /** The string value of {@code field}, or {@code null} when absent (an error if {@code required}). */
    String string(JsonNode entry, String field, boolean required, String pointer, String subject) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error("gold.field", pointer, subject, "missing required key \"" + field + "\"");
            }
            return null;
        }
        if (!node.isValueNode() || node.isBoolean()) {
            error("gold.field", pointer + "/" + field, subject, field + " must be a string, found " + node.getNodeType());
            return null;
        }
        return node.asText();
    }

    /** The constant of {@code type} named by {@code field}, or {@code null} (an error if required or unknown). */
    <E extends Enum<E>> E enumValue(JsonNode entry, String field, Class<E> type, boolean required, String pointer,
                                    String subject) {
        String name = string(entry, field, required, pointer, subject);
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        error("gold.field", pointer + "/" + field, subject, field + " \"" + name + "\" is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /** The boolean value of {@code field}, or {@code fallback} when absent (an error if required). */
    boolean bool(JsonNode entry, String field, boolean required, boolean fallback, String pointer, String subject) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error("gold.field", pointer, subject, "missing required key \"" + field + "\"");
            }
            return fallback;
        }
        if (!node.isBoolean()) {
            error("gold.field", pointer + "/" + field, subject, field + " must be true or false, found " + node);
            return fallback;
        }
        return node.booleanValue();
    }

    /** The span that the locator keys ({@code text}, {@code in}, {@code nth}) of {@code entry} name in the whole text. */
    Span span(JsonNode entry, String pointer, String subject) {
        return span(entry, Span.of(0, text.length()), pointer, subject);
    }

    /** The span the locator keys of {@code entry} name inside {@code within}, or {@code null} with an error. */
    Span span(JsonNode entry, Span within, String pointer, String subject) {
        String spanText = string(entry, "text", true, pointer, subject);
        String context = string(entry, "in", false, pointer, subject);
        JsonNode nthNode = entry.get("nth");
        if (nthNode != null && !(nthNode.canConvertToInt() && nthNode.isIntegralNumber() && nthNode.intValue() >= 1)) {
            error("gold.locator", pointer + "/nth", subject, "nth must be a whole number >= 1, found " + nthNode);
            return null;
        }
        if (spanText == null) {
            return null;
        }
        Locator locator = new Locator(spanText, context, nthNode == null ? 0 : nthNode.intValue());
        LocatorResolver.Resolution resolution = resolver.resolve(locator, within);
        if (!resolution.isResolved()) {
            error("gold.locator", pointer, subject, "cannot locate " + locator + ": " + resolution.problem());
            return null;
        }
        return resolution.span();
    }

    /** {@code value} as a JSON string literal, the raw form {@link org.standoff.core.model.UnknownFields} keeps. */
    static String jsonString(String value) {
        return json(value);
    }

    /** {@code value} (a string, list or map of plain values) as JSON text. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
