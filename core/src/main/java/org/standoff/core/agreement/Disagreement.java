package org.standoff.core.agreement;

import java.util.Objects;
import org.standoff.core.model.Extent;

/**
 * One place where two annotators differ, found under overlap matching, with its text in context.
 *
 * <p>Example: {@code Quote BOUNDARY a:q3 [120,164) b:q3 [121,164)  …Jiang said «"We are} …} says that
 * both annotators marked the quote but b left out its opening quotation mark.
 *
 * @param layer         {@code Mention}, {@code Quote}, {@code Cue}, {@code Claim}, {@code Entity}, a generic
 *                      layer's name, or {@code Attribution}
 * @param kind          what differs
 * @param first         the first annotator
 * @param second        the second annotator
 * @param firstId       the first annotator's annotation id, or {@code null} when only the second has one
 * @param firstExtent   its extent, or {@code null}
 * @param secondId      the second annotator's annotation id, or {@code null}
 * @param secondExtent  its extent, or {@code null}
 * @param detail        what each side says, for categories and roles ({@code NAME ≠ NOMINAL}), or empty
 * @param context       the text around the place, the annotated stretch between « and »
 */
public record Disagreement(String layer, Kind kind, String first, String second, String firstId, Extent firstExtent,
                           String secondId, Extent secondExtent, String detail, String context) {
    public Disagreement {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** What two annotators disagree on. */
    public enum Kind {
        /** Only the first annotator has it. */
        ONLY_FIRST,
        /** Only the second annotator has it. */
        ONLY_SECOND,
        /** Both have it, on overlapping but different characters. */
        BOUNDARY,
        /** Both have it with a different category (type). */
        CATEGORY,
        /** Both have the claim with a different claimant. */
        CLAIMANT,
        /** Both have the attribution with a different source. */
        SOURCE,
        /** Both have the attribution with a different cue. */
        CUE,
        /** Both have the attribution with different content. */
        CONTENT,
        /** Both have the generic relation with other arguments (a role's target lies elsewhere). */
        ARGUMENTS,
        /** Both have the entity (its mentions share characters) with other knowledge-base ids. */
        KB_IDS
    }

    /** How many characters of context {@link #context} shows on each side. */
    static final int CONTEXT = 30;

    /** {@code text} around {@code extent}'s bounds, the stretch itself between « and », newlines as spaces. */
    static String context(String text, Extent extent) {
        if (extent == null) {
            return "";
        }
        int start = extent.start();
        int end = extent.end();
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        String out = (from > 0 ? "…" : "") + text.substring(from, start) + "«" + text.substring(start, end) + "»"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
        return out.replace('\n', ' ').replace('\r', ' ');
    }
}
