package org.standoff.server.graphql;

import java.util.Objects;
import org.standoff.server.store.StoredDocument;

/**
 * A data loader key: an id in one document version. Two keys are equal when they name the same id
 * in the same version (versions compare by identity).
 *
 * @param document the document version
 * @param id       an annotation's or entity's id value
 */
record Ref(StoredDocument document, String id) {
    Ref {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(id, "id");
    }
}
