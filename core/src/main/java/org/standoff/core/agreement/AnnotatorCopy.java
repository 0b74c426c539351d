package org.standoff.core.agreement;

import java.util.Objects;
import org.standoff.core.model.Document;

/**
 * One annotator's copy of a document.
 *
 * @param annotator who made it (a user name, or a file name on the command line)
 * @param document  the copy; every copy compared must have the same text
 */
public record AnnotatorCopy(String annotator, Document document) {
    public AnnotatorCopy {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(document, "document");
        if (annotator.isBlank()) {
            throw new IllegalArgumentException("an annotator needs a name");
        }
    }
}
