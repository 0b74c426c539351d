package org.standoff.server.graphql;

import org.standoff.core.text.OffsetUnit;

/**
 * The GraphQL {@code Range}: offsets in {@code unit} and the text between them.
 *
 * @param start first position, inclusive, in {@code unit}
 * @param end   last position, exclusive, in {@code unit}
 * @param unit  the unit of {@code start} and {@code end}
 * @param text  the covered text
 */
record TextRange(int start, int end, OffsetUnit unit, String text) {
}
