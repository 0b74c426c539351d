package org.standoff.corpus.standoff.internal;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Severity;

/** Collects the diagnostics of reading one document, with its source name. Not thread-safe. */
final class Sink {
    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean fatal;

    public Sink(String source) {
        this.source = source;
    }

    /** Adds an error about {@code subject} (may be null) at {@code loc}. */
    public void error(String code, String subject, Loc loc, String message) {
        add(Severity.ERROR, code, subject, loc, message);
    }

    /** Adds a warning about {@code subject} (may be null) at {@code loc}. */
    public void warning(String code, String subject, Loc loc, String message) {
        add(Severity.WARNING, code, subject, loc, message);
    }

    /** Adds an error after which no document can be built. */
    public void fatal(String code, Loc loc, String message) {
        fatal = true;
        add(Severity.ERROR, code, null, loc, message);
    }

    /** Adds a diagnostic as it is, naming this sink's source. */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic.at(diagnostic.location().inSource(source)));
    }

    private void add(Severity severity, String code, String subject, Loc loc, String message) {
        diagnostics.add(new Diagnostic(severity, code, subject, loc.toLocation(source), message));
    }

    /** Whether a fatal error was reported. */
    public boolean isFatal() {
        return fatal;
    }

    /** Whether any error was reported. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public String source() {
        return source;
    }
}
