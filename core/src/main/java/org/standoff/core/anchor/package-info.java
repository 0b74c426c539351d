/**
 * Re-anchoring: moving a document's annotations onto a revised text, each with a status
 * (exact, shifted, edited, fuzzy with a score, orphaned). The front door is {@link org.standoff.core.anchor.Reanchor}.
 */
package org.standoff.core.anchor;
