package org.standoff.core.schema;

/** Whether a generic layer holds span annotations or relations. */
public enum LayerKind {
    SPAN,
    RELATION
}
