package org.standoff.core.model;

import java.util.Objects;
import org.standoff.core.text.Span;

/**
 * A span that completes an attribution without being its source, cue or content: the addressee
 * ("told <u>reporters</u>") or the setting ("<u>after the signing ceremony in the Kremlin</u>").
 *
 * @param role what the span says about the attribution
 * @param span where it lies, in UTF-16 code units
 */
public record Supplement(SupplementRole role, Span span) {
    public Supplement {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
