package org.standoff.core.agreement;

import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;

/**
 * When two annotators' spans count as the same span.
 *
 * <p>Example: {@code [10, 20)} and {@code [10, 22)} do not match {@link #EXACT}ly but match on
 * {@link #OVERLAP}; {@code [10, 20)} and {@code [20, 30)} match neither way (they only touch).
 */
public enum Matching {
    /** The same characters: equal extents, fragment for fragment. */
    EXACT,
    /** At least one character in common. */
    OVERLAP;

    /** Whether {@code a} and {@code b} match under this rule. */
    public boolean matches(Extent a, Extent b) {
        if (a.equals(b)) {
            return true;
        }
        return this == OVERLAP && sharedCharacters(a, b) > 0;
    }

    /** How many characters the two extents have in common. */
    static long sharedCharacters(Extent a, Extent b) {
        long shared = 0;
        for (Span x : a.fragments()) {
            for (Span y : b.fragments()) {
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return shared;
    }

    /** The name as tables and JSON show it: {@code exact}, {@code overlap}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
