package org.standoff.server.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * The checks every store runs before it writes, so both stores accept and refuse the same edits: an
 * edit may not add ERROR diagnostics (errors a document already had do not block unrelated edits),
 * and a whole new document may have none.
 */
public final class StoreChecks {
    private final Function<Document, List<Diagnostic>> validator;

    public StoreChecks(Function<Document, List<Diagnostic>> validator) {
        this.validator = validator;
    }

    /** The edited document, checked against its version before: same id, no new errors. */
    public Document edited(String documentId, Document before, Document after) {
        if (!after.id().equals(documentId)) {
            throw new IllegalArgumentException("an edit must not change the document's id");
        }
        Set<Diagnostic> old = new HashSet<>(validator.apply(before));
        List<Diagnostic> added = new ArrayList<>();
        for (Diagnostic diagnostic : validator.apply(after)) {
            if (diagnostic.isError() && !old.contains(diagnostic)) {
                added.add(diagnostic);
            }
        }
        if (!added.isEmpty()) {
            throw new StoreException.Invalid("the edit adds " + added.size() + " error(s)", added);
        }
        return after;
    }

    /** Refuses a whole document with any ERROR, from reading it or from validation, each problem once. */
    public void requireValid(Document document, List<Diagnostic> readDiagnostics) {
        Map<String, Diagnostic> errors = new LinkedHashMap<>();
        readDiagnostics.stream().filter(Diagnostic::isError).forEach(d -> errors.putIfAbsent(sameProblem(d), d));
        validator.apply(document).stream().filter(Diagnostic::isError).forEach(d -> errors.putIfAbsent(sameProblem(d), d));
        if (!errors.isEmpty()) {
            throw new StoreException.Invalid("the document has " + errors.size() + " error(s)", List.copyOf(errors.values()));
        }
    }

    /** The version check of optimistic concurrency. */
    public static void checkVersion(String documentId, long expected, long actual) {
        if (expected != actual) {
            throw new StoreException.VersionConflict(documentId, expected, actual);
        }
    }

    /** What makes two diagnostics the same problem, wherever they were found (file or memory). */
    private static String sameProblem(Diagnostic diagnostic) {
        return diagnostic.code() + "\u0000" + diagnostic.subject() + "\u0000" + diagnostic.message();
    }
}
