package org.standoff.corpus.exchange;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * What an import produced: the documents it could build, in input order, and every problem found.
 *
 * @param documents   the imported documents
 * @param diagnostics every problem, each with its file, location and annotation id where known
 */
public record ImportResult(List<Document> documents, List<Diagnostic> diagnostics) {
    public ImportResult {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
