package org.standoff.core.anchor;

import java.util.Objects;
import org.standoff.core.model.Document;

/**
 * The result of re-anchoring: the document on the new text, carrying its {@link org.standoff.core.model.Revision},
 * and the report of what moved.
 *
 * @param document the re-anchored document
 * @param report   what happened to each annotation
 */
public record Reanchoring(Document document, ReanchorReport report) {
    public Reanchoring {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
    }
}
