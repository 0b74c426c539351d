package org.standoff.server.graphql;

import java.util.Objects;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.StoredDocument;

/**
 * The source object of the GraphQL {@code Document} type: one version of a document, and the offset
 * unit the client asked for on it. Everything resolved below it reads this same version.
 *
 * @param stored        the document version
 * @param unit          the unit spans answer in unless a field asks for another
 * @param unitArguments whether the query may give a span's {@code start} or {@code end} its own
 *                      {@code unit} argument ({@link UnitArguments}); when false, those fields answer
 *                      in {@code unit} without reading their arguments
 */
record DocumentView(StoredDocument stored, OffsetUnit unit, boolean unitArguments) {
    DocumentView {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(unit, "unit");
    }

    /** A view whose span bounds read their {@code unit} arguments (the safe default). */
    DocumentView(StoredDocument stored, OffsetUnit unit) {
        this(stored, unit, true);
    }

    /** {@code value} as a node of this document; {@code null} stays {@code null}. */
    <T> Node<T> node(T value) {
        return value == null ? null : new Node<>(value, this);
    }

    /** The derived views of this version. */
    Lookups lookups() {
        return Lookups.of(stored);
    }

    /** The offset conversions of this version's text. */
    TextOffsets offsets() {
        return stored.derived(TextOffsets.class, TextOffsets::of);
    }
}
