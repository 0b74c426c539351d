package org.standoff.core.model;

import java.util.Locale;

/**
 * How an annotation came through a revision of its document's text, from best to worst. A span
 * annotation gets one from re-anchoring; a relation (attribution, generic relation) gets the worst
 * of its parts'. Everything from {@link #EDITED} down {@linkplain #needsReview() needs review}.
 */
public enum AnchorStatus {
    /** Same offsets, same covered text. */
    EXACT,
    /** Same covered text at other offsets (text before it changed, or it moved). */
    SHIFTED,
    /** Mapped through the edit script onto text that was edited inside it; the new covered text is the edited one. */
    EDITED,
    /** Placed by a fuzzy match of its text and context, whose score reached the threshold. */
    FUZZY,
    /** Not found: its text was deleted or changed beyond the threshold; left zero-width where its start maps to. */
    ORPHANED;

    /** Whether a person should look at the annotation: edited, fuzzy or orphaned. */
    public boolean needsReview() {
        return compareTo(EDITED) >= 0;
    }

    /** The name files and answers use: {@code "exact"}, {@code "shifted"}, .... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
