package org.standoff.corpus.gold;

import java.util.List;
import java.util.stream.Collectors;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * What generating a document from an annotation source gave: the document, if the source could be
 * read at all, and every problem found: unresolved locators, bad keys, validator findings and
 * broken guideline rules, errors first.
 *
 * @param document    the generated document, or {@code null} when the YAML could not be parsed
 * @param diagnostics every problem, each naming its YAML entry; empty for a clean source
 */
public record GoldResult(Document document, List<Diagnostic> diagnostics) {
    public GoldResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether there is a document and not a single error or warning. */
    public boolean isClean() {
        return document != null && diagnostics.isEmpty();
    }

    /**
     * The document, if the source is clean.
     *
     * @throws IllegalStateException listing every diagnostic, one per line, when it is not
     */
    public Document orThrow() {
        if (isClean()) {
            return document;
        }
        throw new IllegalStateException("the annotation source has " + diagnostics.size() + " problem(s):\n"
                + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    }
}
