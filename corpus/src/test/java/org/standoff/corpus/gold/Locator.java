package org.standoff.corpus.gold;

import java.util.Objects;

/**
 * How the annotation source names a span: by its exact text, optionally inside a context string
 * that occurs once, optionally the nth occurrence (docs/GUIDELINES.md, Part F).
 *
 * <p>Example: in the article, {@code {in: "Jiang said after", text: "said"}} is the {@code said} of
 * {@code Jiang said after the signing ceremony}, [471, 475), although {@code said} occurs many times.
 *
 * @param text    the exact covered text; non-empty
 * @param context a string that occurs exactly once in the searched range and contains {@code text}, or {@code null}
 * @param nth     which occurrence (1-based) of {@code text} inside the context or the searched range,
 *                or 0 when not given (then the first inside a context, else the only one)
 */
record Locator(String text, String context, int nth) {
    Locator {
        Objects.requireNonNull(text, "text");
        if (nth < 0) {
            throw new IllegalArgumentException("nth must be >= 1 when given: " + nth);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("text \"").append(text).append('"');
        if (context != null) {
            out.append(" in \"").append(context).append('"');
        }
        if (nth > 0) {
            out.append(" nth ").append(nth);
        }
        return out.toString();
    }
}
