package org.standoff.corpus.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.JsonInput;

/**
 * How an imported label set maps to Standoff's model: span labels to kinds ({@link LabelRule}) and
 * event types to attributions with their argument roles ({@link EventRule}). A label or role the
 * mapping does not name is kept the format's generic way and reported as a named warning by the
 * importer, never dropped silently. The file format is in docs/FORMATS.md ("Label mappings"); the
 * built-in {@code parc} mapping (PolNeAR, PARC 3.0) is {@code parc.mapping.json} next to this class.
 * Immutable and thread-safe.
 *
 * @param name   what the mapping is called in messages ({@code parc})
 * @param labels span label → rule, in file order
 * @param events event type → rule, in file order
 */
public record LabelMapping(String name, Map<String, LabelRule> labels, Map<String, EventRule> events) {
    /** The value of a mapping file's {@code format} field. */
    public static final String FORMAT = "standoff-mapping/1";
    /** The names of the built-in mappings. */
    public static final List<String> BUILT_IN = List.of("parc");

    public LabelMapping {
        Objects.requireNonNull(name, "name");
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    /** The built-in mapping called {@code name} ({@code parc}), or empty. */
    public static Optional<LabelMapping> builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            return Optional.empty();
        }
        String resource = name + ".mapping.json";
        try (InputStream in = LabelMapping.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            List<Diagnostic> problems = new java.util.ArrayList<>();
            Optional<LabelMapping> mapping = read(new SourceFile(resource, in.readAllBytes()), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("built-in mapping " + name + " is broken: " + problems);
            }
            return mapping;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping file. Every problem is a {@code mapping.invalid} error with its JSON pointer; the
     * mapping is returned only when there is none.
     */
    public static Optional<LabelMapping> read(SourceFile file, List<Diagnostic> diagnostics) {
        Optional<JsonNode> root = JsonInput.parse(file, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MappingFile reader = new MappingFile(file.name());
        LabelMapping mapping = reader.mapping(root.get());
        diagnostics.addAll(reader.problems());
        return reader.problems().isEmpty() ? Optional.of(mapping) : Optional.empty();
    }

    /** The rule for span label {@code label}, or empty when the mapping does not name it. */
    public Optional<LabelRule> label(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    /** The rule for event type {@code type}, or empty when the mapping does not name it. */
    public Optional<EventRule> event(String type) {
        return Optional.ofNullable(events.get(type));
    }

    static String constant(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
