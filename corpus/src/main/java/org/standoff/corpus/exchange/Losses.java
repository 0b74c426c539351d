package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.validation.Diagnostic;

/** Collects the {@code export.loss} warnings of one export, one per annotation and thing lost. */
public final class Losses {
    /** The code of every loss warning, in every format. */
    public static final String CODE = "export.loss";
    /** The code of the warning that an export wrote ids as the format's own (brat, doccano); they come back so. */
    public static final String RENUMBERED = "export.renumbered";

    private final String format;
    private final List<Diagnostic> found = new ArrayList<>();

    /** Losses of an export to {@code format} (its name appears in every message). */
    public Losses(String format) {
        this.format = format;
    }

    /** Records that {@code what} of {@code subject} (an id value, or null) cannot be carried. */
    public void lost(String subject, String what) {
        found.add(Diagnostic.warning(CODE, subject, format + " cannot carry " + what));
    }

    /** The warnings so far, in the order found. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(found);
    }
}
