package org.standoff.corpus.exchange;

import java.util.List;
import java.util.function.Supplier;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/**
 * What an importer does when a file's data breaks a precondition of the model (an empty or padded
 * id, a layer declared twice, a value out of range): the model's constructor refuses it with an
 * {@link IllegalArgumentException} whose message names the value, and the importer turns that into
 * an {@value #CODE} error naming the file (or annotation) instead of letting it end the whole
 * import. The messages are the model's own, written for users; no class name reaches them.
 */
public final class InvalidInput {
    /** The code of the error. */
    public static final String CODE = "import.invalid";

    private InvalidInput() {
    }

    /**
     * {@code read.get()}, or {@code null} after adding an {@value #CODE} error at {@code where} saying
     * what {@code what} (e.g. {@code "the file"}, {@code "span T3"}) is not imported and why.
     */
    public static <T> T orReport(Location where, String subject, String what, List<Diagnostic> diagnostics,
                                 Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(CODE, subject, what + " is not imported: " + e.getMessage()).at(where));
            return null;
        }
    }

    /** {@link #orReport} for reading that returns nothing. */
    public static void runOrReport(Location where, String subject, String what, List<Diagnostic> diagnostics,
                                Runnable read) {
        orReport(where, subject, what, diagnostics, () -> {
            read.run();
            return Boolean.TRUE;
        });
    }
}
