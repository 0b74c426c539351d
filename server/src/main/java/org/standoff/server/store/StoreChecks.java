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

    /**
     * The next version of {@code current}: {@code after}, checked against it (same id, no new errors).
     * Each version's diagnostics are computed once and kept with it, so a run of edits validates
     * each version once.
     */
    public StoredDocument edited(StoredDocument current, Document after) {
        if (!after.id().equals(current.id())) {
            throw new IllegalArgumentException("an edit must not change the document's id");
        }
        Set<Diagnostic> old = new HashSet<>(diagnostics(current));
        List<Diagnostic> now = validator.apply(after);
        List<Diagnostic> added = new ArrayList<>();
        for (Diagnostic diagnostic : now) {
            if (diagnostic.isError() && !old.contains(diagnostic)) {
                added.add(diagnostic);
            }
        }
        if (!added.isEmpty()) {
            throw new StoreException.Invalid("the edit adds " + added.size() + " error(s)", added);
        }
        StoredDocument next = new StoredDocument(after, current.version() + 1);
        next.derived(Validation.class, document -> new Validation(now));
        return next;
    }

    private List<Diagnostic> diagnostics(StoredDocument stored) {
        return stored.derived(Validation.class, document -> new Validation(validator.apply(document))).diagnostics();
    }

    /** What the validator reported on one version, kept with it ({@link StoredDocument#derived}). */
    private record Validation(List<Diagnostic> diagnostics) {
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

    /**
     * The current version of a document that an edit or a deletion at {@code expected} may change.
     *
     * @param current the document's current version, or null when there is none
     * @throws StoreException.NotFound        when there is none
     * @throws StoreException.VersionConflict when it is not at {@code expected}
     */
    public static StoredDocument existing(String documentId, long expected, StoredDocument current) {
        if (current == null) {
            throw missing(documentId);
        }
        checkVersion(documentId, expected, current.version());
        return current;
    }

    /** The refusal of an edit or deletion of a document that does not exist. */
    public static StoreException.NotFound missing(String documentId) {
        return new StoreException.NotFound("no document with id \"" + documentId + "\"");
    }

    /**
     * The version a whole document put over {@code current} gets: 1 for a new document (when
     * {@code expected} is null or 0), else one more than {@code current}'s, which must be {@code expected}.
     */
    public static long nextVersionOfPut(String documentId, Long expected, StoredDocument current) {
        long actual = current == null ? 0 : current.version();
        if (current != null || (expected != null && expected != 0)) {
            checkVersion(documentId, expected == null ? 0 : expected, actual);
        }
        return actual + 1;
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
