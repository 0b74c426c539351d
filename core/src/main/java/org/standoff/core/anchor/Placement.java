package org.standoff.core.anchor;

import org.standoff.core.model.AnchorStatus;

/**
 * Where one old span goes in the new text, and how sure that is.
 *
 * @param start  new start, UTF-16
 * @param end    new end, UTF-16 (equal to start for an orphaned span)
 * @param status how it was placed
 * @param score  for edited and fuzzy placements the score in [0, 1], else {@code null}
 * @param moved  whether it was found by search rather than through the edit script: then its
 *               fragments move with it by {@code start - oldStart}
 */
record Placement(int start, int end, AnchorStatus status, Double score, boolean moved) {
}
