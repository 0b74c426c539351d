package org.standoff.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.exchange.OptionNames;

/**
 * Diagnostics as the GraphQL API answers them ({@code Diagnostic} objects), back as core diagnostics,
 * with what they ask the user to supply named the command line's way ({@code --text FILE} instead of
 * the {@code text:} argument).
 */
final class RemoteDiagnostics {
    /** The selection that asks for everything {@link #of} reads. */
    static final String SELECTION = "severity code message subject location { file pointer line column }";

    private RemoteDiagnostics() {
    }

    /** The diagnostics of a JSON array of {@code Diagnostic} objects. */
    static List<Diagnostic> of(JsonNode array) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode node : array) {
            JsonNode at = node.path("location");
            Location location = at.isObject() ? new Location(text(at, "file"), text(at, "pointer"),
                    at.path("line").asInt(0), at.path("column").asInt(0)) : Location.NONE;
            diagnostics.add(new Diagnostic(Severity.valueOf(node.path("severity").asText()), node.path("code").asText(),
                    text(node, "subject"), location, message(node)));
        }
        return diagnostics;
    }

    /** The node's message, its requests named as the command line names them. */
    static String message(JsonNode node) {
        return OptionNames.GRAPHQL.rephrase(node.path("message").asText(), OptionNames.COMMAND_LINE);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
