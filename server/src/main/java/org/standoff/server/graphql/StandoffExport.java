package org.standoff.server.graphql;

import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/** Writes a document as canonical standoff JSON for {@code Document.standoffJson}. */
final class StandoffExport {
    private StandoffExport() {
    }

    static String toJson(Document document, OffsetUnit unit) {
        try {
            return StandoffJson.toJson(document, WriterOptions.DEFAULTS.withOffsetUnit(unit));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the document cannot be written in " + unit.wireName() + ": " + e.getMessage());
        }
    }
}
