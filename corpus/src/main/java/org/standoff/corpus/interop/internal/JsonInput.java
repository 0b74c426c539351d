package org.standoff.corpus.interop.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.exchange.SourceFile;

/** Reading a JSON file into a tree without throwing, and the small accessors the readers share. */
public final class JsonInput {
    /** The one mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    /**
     * How files are parsed: one JSON value and nothing after it, and no key twice in an object (where
     * Jackson would silently keep the last value, a loss nobody would hear of).
     */
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT = MAPPER.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * The file's JSON tree, or empty with a {@code json.syntax} error giving line and column: for bad
     * syntax, anything after the value, a key repeated in an object, or an empty file.
     */
    public static Optional<JsonNode> parse(SourceFile file, List<Diagnostic> diagnostics) {
        try {
            JsonNode tree = STRICT.readTree(file.content());
            if (tree == null || tree.isMissingNode()) {
                diagnostics.add(new Diagnostic(Severity.ERROR, "json.syntax", null, new Location(file.name(), null, 0, 0),
                        "the file holds no JSON value"));
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            Location location = where == null ? new Location(file.name(), null, 0, 0)
                    : new Location(file.name(), null, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()));
            diagnostics.add(new Diagnostic(Severity.ERROR, "json.syntax", null, location, e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "json.syntax", null, new Location(file.name(), null, 0, 0),
                    e.getMessage()));
            return Optional.empty();
        }
    }

    /** A location in {@code source} at JSON pointer {@code pointer}. */
    public static Location at(String source, String pointer) {
        return new Location(source, pointer, 0, 0);
    }

    /** An error at a JSON pointer. */
    public static Diagnostic error(String code, String subject, String source, String pointer, String message) {
        return new Diagnostic(Severity.ERROR, code, subject, at(source, pointer), message);
    }

    /** A warning at a JSON pointer. */
    public static Diagnostic warning(String code, String subject, String source, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, code, subject, at(source, pointer), message);
    }

    /** The text of a string node, or the JSON text of any other non-missing node, or {@code null}. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /**
     * A JSON value a format carries and our model has no field for, kept as its JSON text (in a
     * metadata entry or attribute named after the field) so that the writer of the same format can
     * give it back as it was: see {@link #unkept}.
     */
    public static String keep(JsonNode node) {
        return node.toString();
    }

    /** The value {@link #keep} kept; a text that is not JSON (edited by hand) comes back as a string. */
    public static JsonNode unkept(String kept) {
        try {
            JsonNode node = MAPPER.readTree(kept);
            return node == null ? MAPPER.getNodeFactory().textNode(kept) : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(kept);
        }
    }

    /** {@code node} as a list: an array's elements, a single object as one element, nothing for missing. */
    public static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> out = new java.util.ArrayList<>();
            node.forEach(out::add);
            return out;
        }
        return List.of(node);
    }

    /** The file name without folders and without its last extension. */
    public static String baseName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
