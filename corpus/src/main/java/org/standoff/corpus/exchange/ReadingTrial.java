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
 * spans had valid offsets, which verified, and the diagnostics of each span it would report if chosen.
 */
final class ReadingTrial {
    final OffsetReading reading;
    final List<Extent> extents;
    final List<List<Diagnostic>> diagnostics;
    private int invalid;
    private int mismatched;
    private int verified;

    private ReadingTrial(OffsetReading reading, int spans) {
        this.reading = reading;
        this.extents = new ArrayList<>(Collections.nCopies(spans, null));
        this.diagnostics = new ArrayList<>();
        for (int i = 0; i < spans; i++) {
            diagnostics.add(new ArrayList<>());
        }
    }

    /** Reads every span of {@code texts} under {@code reading}, text after text. */
    static ReadingTrial run(List<UnitDetection.Text> texts, OffsetReading reading) {
        ReadingTrial trial = new ReadingTrial(reading, texts.stream().mapToInt(text -> text.spans().size()).sum());
        int index = 0;
        for (UnitDetection.Text text : texts) {
            OffsetConverter offsets = OffsetConverter.of(text.text(), reading);
            for (SpanClaim span : text.spans()) {
                trial.read(text.text(), offsets, span, index++);
            }
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

    private void read(String text, OffsetConverter offsets, SpanClaim span, int index) {
        List<Span> fragments = new ArrayList<>();
        for (SpanClaim.Range range : span.ranges()) {
            Span fragment = convert(offsets, span, range, index);
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
            report(index, span, "span.invalid", "fragments " + span.rangesText() + " overlap or are out of order");
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
            diagnostics.get(index).add(mismatch.get().at(span.location()));
        } else {
            verified++;
        }
    }

    private Span convert(OffsetConverter offsets, SpanClaim span, SpanClaim.Range range, int index) {
        if (range.start() < 0 || range.end() < range.start()) {
            report(index, span, "span.invalid", "invalid offsets " + span.rangesText() + " (expected 0 <= start <= end)");
            return null;
        }
        if (range.end() > offsets.length()) {
            report(index, span, "span.out-of-range", "offsets " + span.rangesText() + " run past the end of the text ("
                    + offsets.length() + " as " + reading.displayName() + ")");
            return null;
        }
        int start = offsets.toUtf16(range.start());
        int end = offsets.toUtf16(range.end());
        if (start == OffsetConverter.NONE || end == OffsetConverter.NONE) {
            int bad = start == OffsetConverter.NONE ? range.start() : range.end();
            report(index, span, "span.boundary", "offset " + bad + " of " + span.rangesText()
                    + " is not a character boundary as " + reading.displayName());
            return null;
        }
        return Span.of(start, end);
    }

    private void report(int index, SpanClaim span, String code, String message) {
        diagnostics.get(index).add(Diagnostic.error(code, span.id(), message).at(span.location()));
    }
}
