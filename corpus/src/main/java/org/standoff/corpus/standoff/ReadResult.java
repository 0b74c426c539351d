package org.standoff.corpus.standoff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * What reading one standoff JSON document gave: the document, when one could be built, and every
 * problem found, in the order found. A document is built whenever the file is well-formed JSON with
 * a usable id, text and offset unit; annotations that could not be read are left out of it and each
 * has an error. So a non-null document may still come with errors: check {@link #hasErrors()} before
 * trusting it.
 *
 * @param document    the document, or {@code null} when none could be built
 * @param diagnostics every problem, errors and warnings, in file order (validator findings last)
 */
public record ReadResult(Document document, List<Diagnostic> diagnostics) {
    public ReadResult {
        Objects.requireNonNull(diagnostics, "diagnostics");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The document, if one was built. */
    public Optional<Document> documentIfAny() {
        return Optional.ofNullable(document);
    }

    /** Whether a document was built and no diagnostic is an error. */
    public boolean isClean() {
        return document != null && !hasErrors();
    }
}
