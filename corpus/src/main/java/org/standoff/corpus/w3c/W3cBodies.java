package org.standoff.corpus.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.JsonInput;

/**
 * The label and attributes of one annotation: the first {@code TextualBody} with purpose
 * {@code tagging} or {@code classifying} (or a Hypothesis tag) is the label, else the motivation,
 * else {@code annotation}; other bodies become attributes named by their purpose ({@code body} when
 * none), {@code bodyValue} and Hypothesis {@code text} an attribute {@code comment}, and
 * {@code standoff:attributes} attributes of their own names. Of a {@code Choice} the first item counts.
 */
final class W3cBodies {
    private String label;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    W3cBodies(JsonNode node, String id, String source, String pointer, List<Diagnostic> diagnostics) {
        for (JsonNode body : JsonInput.list(node.get("body"))) {
            if (W3cReader.type(body).equals("Choice")) {
                diagnostics.add(JsonInput.warning("w3c.choice", id, source, pointer + "/body", "a Choice of "
                        + body.path("items").size() + " bodies: only the first is kept"));
                body = body.path("items").path(0);
            }
            body(body);
        }
        if (node.has("bodyValue")) {
            attributes.put("comment", node.get("bodyValue").asText());
        }
        if (node.path("text").isTextual() && !node.get("text").asText().isEmpty()) {
            attributes.put("comment", node.get("text").asText());
        }
        if (label == null && node.path("tags").size() > 0) {
            label = node.get("tags").get(0).asText();
        }
        node.path("standoff:attributes").properties().forEach(f -> attributes.put(f.getKey(), f.getValue().asText()));
        if (label == null) {
            label = node.path("motivation").asText("annotation");
        }
    }

    private void body(JsonNode body) {
        if (body.isTextual()) {
            attributes.put("body", body.asText());
            return;
        }
        String purpose = body.path("purpose").asText("");
        boolean tag = purpose.equals("tagging") || purpose.equals("classifying");
        String value = body.has("value") ? body.get("value").asText()
                : body.path("source").isTextual() ? body.get("source").asText() : body.path("id").asText("");
        if (tag && label == null && W3cReader.type(body).equals("TextualBody")) {
            label = value;
        } else if (!value.isEmpty()) {
            attributes.put(purpose.isEmpty() ? "body" : purpose, value);
        }
    }

    String label() {
        return label;
    }

    Map<String, String> attributes() {
        return attributes;
    }
}
