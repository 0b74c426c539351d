package org.standoff.corpus.exchange;

import java.util.List;
import java.util.Objects;
import org.standoff.core.validation.Location;

/**
 * A span as a file states it, before its unit is known: the annotation's id, its offsets in the
 * file's (unknown) unit, the covered text the file claims for it (if any), and how that text joins
 * the fragments of a discontinuous span. {@link UnitDetection} turns claims into model extents.
 *
 * <p>Example: brat's {@code T2⇥Token 5 7;9 10⇥is n} is
 * {@code SpanClaim.of("T2", List.of(new Range(5, 7), new Range(9, 10)), "is n", " ", location)}.
 *
 * @param id          the annotation's id value, for diagnostics
 * @param ranges      the fragments as written, at least one; not checked (a file may say {@code end < start})
 * @param claimedText the covered text the file gives, or {@code null} when it gives none
 * @param joiner      what the format puts between the fragments' texts (brat: one space)
 * @param location    where the span is written, for diagnostics
 */
public record SpanClaim(String id, List<Range> ranges, String claimedText, String joiner, Location location) {
    public SpanClaim {
        Objects.requireNonNull(id, "id");
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("span " + id + " has no range");
        }
        joiner = joiner == null ? " " : joiner;
        location = location == null ? Location.NONE : location;
    }

    /** A continuous span. */
    public static SpanClaim of(String id, int start, int end, String claimedText, Location location) {
        return new SpanClaim(id, List.of(new Range(start, end)), claimedText, " ", location);
    }

    /** A span of several fragments whose texts the format joins with {@code joiner}. */
    public static SpanClaim of(String id, List<Range> ranges, String claimedText, String joiner, Location location) {
        return new SpanClaim(id, ranges, claimedText, joiner, location);
    }

    /** Whether the file gives a covered text to verify. */
    public boolean hasText() {
        return claimedText != null;
    }

    /** The offsets as written, e.g. {@code [5, 7);[9, 10)}. */
    public String rangesText() {
        StringBuilder out = new StringBuilder();
        for (Range range : ranges) {
            out.append(out.length() == 0 ? "" : ";").append('[').append(range.start()).append(", ")
                    .append(range.end()).append(')');
        }
        return out.toString();
    }

    /** One fragment's offsets as written in the file, in the file's unit. */
    public record Range(int start, int end) {
    }
}
