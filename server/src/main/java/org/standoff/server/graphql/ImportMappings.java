package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/**
 * The {@code mapping:} argument of {@code importDocument}: a built-in mapping by name ({@code parc}) or
 * the JSON text of a mapping file (docs/FORMATS.md, "Label mappings"). A server never reads a mapping
 * from its own disk on a client's word: a client that has a mapping file sends its content.
 */
final class ImportMappings {
    /** The name the mapping text gets in its problems' locations. */
    static final String SOURCE = "mapping";

    private ImportMappings() {
    }

    /**
     * The mapping {@code argument} asks for, or {@code null} when it is null (the format's own vocabulary).
     *
     * @throws ApiException BAD_REQUEST when it is neither a built-in name nor a usable mapping file's
     *                      JSON (every problem with its JSON pointer); {@code extensions.mappings} lists
     *                      the built-in names
     */
    static LabelMapping require(String argument) {
        if (argument == null) {
            return null;
        }
        Optional<LabelMapping> builtIn = LabelMapping.builtIn(argument);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (!argument.stripLeading().startsWith("{")) {
            throw refusal("unknown mapping \"" + argument + "\"; give the mapping: argument a built-in mapping ("
                    + String.join(", ", LabelMapping.BUILT_IN) + ") or the JSON text of a mapping file", List.of());
        }
        List<Diagnostic> problems = new ArrayList<>();
        Optional<LabelMapping> read = LabelMapping.read(SourceFile.of(SOURCE, argument), problems);
        if (read.isPresent()) {
            return read.get();
        }
        List<String> described = new ArrayList<>();
        for (Diagnostic problem : problems) {
            described.add(problem.code() + " " + problem.location() + ": " + problem.message());
        }
        throw refusal("the mapping: argument cannot be used (" + problems.size() + " problem(s)): "
                + String.join("; ", described), described);
    }

    private static ApiException refusal(String message, List<String> problems) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("mappings", LabelMapping.BUILT_IN);
        if (!problems.isEmpty()) {
            extensions.put("problems", problems);
        }
        return new ApiException(ErrorCode.BAD_REQUEST, message, extensions);
    }
}
