package org.standoff.server.graphql;

import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;

/** Writes a document as standoff JSON for {@code Document.standoffJson}. */
final class StandoffExport {
    private StandoffExport() {
    }

    static String toJson(Document document, OffsetUnit unit) {
        throw new ApiException(ErrorCode.INTERNAL, "standoff JSON export is not available yet");
    }
}
