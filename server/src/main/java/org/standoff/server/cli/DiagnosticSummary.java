package org.standoff.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;

/**
 * The diagnostics of a command, summed up at its end: how many errors and warnings, how many of each
 * code, and the first few in full (file, line or JSON pointer, subject, message). Keeps only the
 * counts and the first messages, so it stays small on a corpus of any size. Not thread-safe.
 *
 * <pre>
 * 2 warning(s), 1 error(s)
 *   export.loss        2
 *   text.mismatch      1
 * first 3:
 *   WARNING export.loss (e-author): brat cannot carry ...
 * </pre>
 */
final class DiagnosticSummary {
    private final int shown;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Diagnostic> first = new ArrayList<>();
    private int errors;
    private int warnings;

    /** A summary that prints the first {@code shown} diagnostics in full. */
    DiagnosticSummary(int shown) {
        this.shown = Math.max(0, shown);
    }

    /** Adds {@code diagnostics}; those that name no file get {@code file} as their source (may be null). */
    void addAll(List<Diagnostic> diagnostics, String file) {
        for (Diagnostic diagnostic : diagnostics) {
            add(file == null || diagnostic.location().source() != null ? diagnostic
                    : diagnostic.at(diagnostic.location().equals(Location.NONE) ? new Location(file, null, 0, 0)
                            : diagnostic.location().inSource(file)));
        }
    }

    private void add(Diagnostic diagnostic) {
        counts.merge(diagnostic.code(), 1, Integer::sum);
        errors += diagnostic.severity() == Severity.ERROR ? 1 : 0;
        warnings += diagnostic.severity() == Severity.WARNING ? 1 : 0;
        if (first.size() < shown) {
            first.add(diagnostic);
        }
    }

    /** Whether an error was added. */
    boolean hasErrors() {
        return errors > 0;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** Prints the summary; nothing but the count line when there is no diagnostic. */
    void print(PrintWriter out) {
        out.println(warnings + " warning(s), " + errors + " error(s)");
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((code, count) -> out.println("  " + code + " ".repeat(width - code.length() + 2) + count));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (!first.isEmpty()) {
            out.println(first.size() < total ? "first " + first.size() + " of " + total + ":" : "all " + total + ":");
            first.forEach(diagnostic -> out.println("  " + diagnostic));
        }
        out.flush();
    }
}
