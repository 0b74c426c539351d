package org.standoff.server.graphql;

import java.util.Objects;

/**
 * The source object of every GraphQL type below {@code Document}: a model value (an annotation, an
 * entity, a supplement ...) with the document view it was read from, so offsets convert in the
 * client's unit and references resolve in the same version.
 *
 * @param value    the model value
 * @param document the document view it belongs to
 */
record Node<T>(T value, DocumentView document) {
    Node {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(document, "document");
    }
}
