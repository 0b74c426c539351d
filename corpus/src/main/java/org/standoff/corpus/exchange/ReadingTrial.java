package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;

/**
 * The outcome of reading every span of one file under one {@link OffsetReading}: the extents, which
 * spans had valid offsets, which verified, and the diagnostics it would report if chosen.
 */
final class ReadingTrial {
    final OffsetReading reading;
    final List<Extent> extents;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private int invalid;
    private int mismatched;
    private int verified;

    private ReadingTrial(OffsetReading reading, int spans) {
        this.reading = reading;
        this.extents = new ArrayList<>(Collections.nCopies(spans, null));
    }

    /** Reads every span of {@code spans} in {@code text} under {@code reading}. */
    static ReadingTrial run(String text, List<SpanClaim> spans, OffsetReading reading) {
        ReadingTrial trial = new ReadingTrial(reading, spans.size());
        ReadingOffsets offsets = ReadingOffsets.of(text, reading);
        for (int i = 0; i < spans.size(); i++) {
            trial.read(text, offsets, spans.get(i), i);
        }
        return trial;
    }

    /** Whether every span has valid offsets in this reading. */
    boolean allValid() {
        return invalid == 0;
    }

    /** Whether every span has valid offsets and every claimed text matches. */
    boolean allVerified() {
        return invalid == 0 && mismatched == 0;
    }

    /** How many spans with a claimed text matched it. */
    int verifiedCount() {
        return verified;
    }

    /** Whether {@code other} gives every span the same extent. */
    boolean agreesWith(ReadingTrial other) {
        return extents.equals(other.extents);
    }

    /** The index of the first span on which the two trials disagree, or -1. */
    int firstDifference(ReadingTrial other) {
        for (int i = 0; i < extents.size(); i++) {
            if (!java.util.Objects.equals(extents.get(i), other.extents.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void read(String text, ReadingOffsets offsets, SpanClaim span, int index) {
        List<Span> fragments = new ArrayList<>();
        for (SpanClaim.Range range : span.ranges()) {
            Span fragment = convert(offsets, span, range);
            if (fragment == null) {
                invalid++;
                return;
            }
            fragments.add(fragment);
        }
        Extent extent;
        try {
            extent = new Extent(fragments);
        } catch (IllegalArgumentException e) {
            invalid++;
            report(span, "span.invalid", "fragments " + span.rangesText() + " overlap or are out of order");
            return;
        }
        extents.set(index, extent);
        if (!span.hasText()) {
            return;
        }
        String actual = extent.coveredText(text, span.joiner());
        var mismatch = CoveredText.check(span.id(), span.claimedText(), actual,
                span.rangesText() + " (" + reading.displayName() + ")");
        if (mismatch.isPresent()) {
            mismatched++;
            diagnostics.add(mismatch.get().at(span.location()));
        } else {
            verified++;
        }
    }

    private Span convert(ReadingOffsets offsets, SpanClaim span, SpanClaim.Range range) {
        if (range.start() < 0 || range.end() < range.start()) {
            report(span, "span.invalid", "invalid offsets " + span.rangesText() + " (expected 0 <= start <= end)");
            return null;
        }
        if (range.end() > offsets.length()) {
            report(span, "span.out-of-range", "offsets " + span.rangesText() + " run past the end of the text ("
                    + offsets.length() + " as " + reading.displayName() + ")");
            return null;
        }
        int start = offsets.toUtf16(range.start());
        int end = offsets.toUtf16(range.end());
        if (start == ReadingOffsets.NONE || end == ReadingOffsets.NONE) {
            int bad = start == ReadingOffsets.NONE ? range.start() : range.end();
            report(span, "span.boundary", "offset " + bad + " of " + span.rangesText()
                    + " is not a character boundary as " + reading.displayName());
            return null;
        }
        return Span.of(start, end);
    }

    private void report(SpanClaim span, String code, String message) {
        diagnostics.add(Diagnostic.error(code, span.id(), message).at(span.location()));
    }
}
