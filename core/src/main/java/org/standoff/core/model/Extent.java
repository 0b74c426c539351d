package org.standoff.core.model;

import java.util.List;
import org.standoff.core.text.Span;

/**
 * Where a span annotation lies in the text: one {@link Span}, or for a discontinuous annotation
 * several fragments, sorted and non-overlapping (a fragment may touch the next one). Offsets are
 * UTF-16 code units, half-open.
 *
 * <p>Example: brat's {@code T1 Protein 5 7;9 10} is {@code Extent.of(Span.of(5, 7), Span.of(9, 10))},
 * whose {@linkplain #bounds() bounds} are {@code [5, 10)}.
 *
 * @param fragments at least one span; sorted by start; each starts at or after the previous end
 */
public record Extent(List<Span> fragments) {
    public Extent {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("an extent needs at least one fragment");
        }
        for (int i = 1; i < fragments.size(); i++) {
            Span previous = fragments.get(i - 1);
            Span next = fragments.get(i);
            if (next.start() < previous.end()) {
                throw new IllegalArgumentException("extent fragments must be sorted and must not overlap: "
                        + previous + " then " + next);
            }
        }
    }

    /** A continuous extent {@code [start, end)}. */
    public static Extent of(int start, int end) {
        return new Extent(List.of(Span.of(start, end)));
    }

    /** An extent of the given fragments, in order. */
    public static Extent of(Span... fragments) {
        return new Extent(List.of(fragments));
    }

    /** The smallest span containing every fragment. */
    public Span bounds() {
        if (fragments.size() == 1) {
            return fragments.get(0);
        }
        return Span.of(start(), end());
    }

    /** The first fragment's start. */
    public int start() {
        return fragments.get(0).start();
    }

    /** The last fragment's end. */
    public int end() {
        return fragments.get(fragments.size() - 1).end();
    }

    /** Whether the extent is one fragment. */
    public boolean isContinuous() {
        return fragments.size() == 1;
    }

    /**
     * The covered text: the fragments' texts joined by {@code separator} (brat joins with one space).
     */
    public String coveredText(CharSequence text, String separator) {
        StringBuilder out = new StringBuilder();
        for (Span fragment : fragments) {
            if (out.length() > 0 || fragment != fragments.get(0)) {
                out.append(separator);
            }
            out.append(fragment.coveredText(text));
        }
        return out.toString();
    }

    /** The covered text, fragments joined by one space. */
    public String coveredText(CharSequence text) {
        return coveredText(text, " ");
    }

    @Override
    public String toString() {
        if (fragments.size() == 1) {
            return fragments.get(0).toString();
        }
        StringBuilder out = new StringBuilder();
        for (Span fragment : fragments) {
            out.append(out.length() == 0 ? "" : ";").append(fragment);
        }
        return out.toString();
    }
}
