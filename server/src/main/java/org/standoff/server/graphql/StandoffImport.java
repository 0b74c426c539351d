package org.standoff.server.graphql;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/** Reads the standoff JSON of {@code importDocument}. */
final class StandoffImport {
    private StandoffImport() {
    }

    /** A read document and what reading it reported. */
    record Result(Document document, List<Diagnostic> diagnostics) {
    }

    static Result read(String json) {
        throw new ApiException(ErrorCode.INTERNAL, "standoff JSON import is not available yet");
    }
}
