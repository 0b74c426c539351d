package org.standoff.corpus.interop.internal;

import java.util.List;
import java.util.Optional;
import org.standoff.core.text.OffsetException;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.OptionNames;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;

/**
 * The offset rules of FORMATS.md §11 for one file: {@link #decide} picks the file's unit (the
 * declared one, else the expected one, else the one candidate that verifies every covered text),
 * and {@link #toUtf16} converts one span and verifies its covered text, reporting instead of
 * shifting. For a file over one text the decision is the shared {@link UnitDetection}'s; for a
 * Label Studio file of several tasks (several texts) the same rules run here over all of them.
 */
public final class Offsets {
    /** The code of the warning that names a detected unit (as {@link UnitDetection}'s). */
    public static final String DETECTED = UnitDetection.DETECTED;
    /** The code of the error for spans whose unit this text leaves ambiguous (as {@link UnitDetection}'s). */
    public static final String AMBIGUOUS = UnitDetection.AMBIGUOUS;

    private Offsets() {
    }

    /**
     * The unit to read {@code spans} in. A {@code declared} unit (the user's or the file's) is used as
     * is. Otherwise {@code expected} is used if it verifies every span that claims a covered text;
     * if not, the first of {@code candidates} that verifies them all is used and reported as a
     * {@code unit.detected} warning naming {@code source}; if none does, {@code expected} stays and
     * each mismatch is reported by {@link #toUtf16}. When no span claims a text and the units would
     * disagree on some span's offsets, a {@code unit.ambiguous} error is reported and {@code expected}
     * is used.
     */
    public static OffsetUnit decide(List<RawSpan> spans, OffsetUnit declared, OffsetUnit expected,
                                    List<OffsetUnit> candidates, String source, OptionNames names,
                                    List<Diagnostic> diagnostics) {
        if (declared != null) {
            return declared;
        }
        if (spans.stream().map(RawSpan::text).distinct().count() == 1) {
            return detect(spans, expected, candidates, source, names, diagnostics);
        }
        List<RawSpan> checked = spans.stream().filter(s -> s.claimed() != null).toList();
        if (checked.isEmpty()) {
            checkUnambiguous(spans, expected, candidates, source, names, diagnostics);
            return expected;
        }
        if (checked.stream().allMatch(s -> verifies(s, expected))) {
            return expected;
        }
        for (OffsetUnit candidate : candidates) {
            if (candidate != expected && checked.stream().allMatch(s -> verifies(s, candidate))) {
                diagnostics.add(Diagnostic.warning(DETECTED, null, source + ": offsets count " + candidate.wireName()
                        + ", not " + expected.wireName() + " (all " + checked.size() + " covered texts verify only so)"));
                return candidate;
            }
        }
        return expected;
    }

    /** One text: the shared {@link UnitDetection}, restricted to the format's plain units; its file-level findings kept. */
    private static OffsetUnit detect(List<RawSpan> spans, OffsetUnit expected, List<OffsetUnit> candidates,
                                     String source, OptionNames names, List<Diagnostic> diagnostics) {
        List<SpanClaim> claims = spans.stream().map(s -> SpanClaim.of(s.id(), s.start(), s.end(), s.claimed(),
                s.location())).toList();
        List<OffsetReading> readings = candidates.stream().map(OffsetReading::of).toList();
        UnitDetection.Result result = UnitDetection.detect(UnitDetection.Request
                .of(source, spans.get(0).text(), claims, OffsetReading.of(expected)).withCandidates(readings)
                .withOptions(org.standoff.corpus.exchange.ImportOptions.DEFAULTS.withNames(names)));
        result.diagnostics().stream().filter(d -> d.code().equals(UnitDetection.DETECTED)
                || d.code().equals(UnitDetection.AMBIGUOUS) || d.code().equals(UnitDetection.HINT))
                .forEach(diagnostics::add);
        return result.isDecided() ? result.reading().unit() : expected;
    }

    private static void checkUnambiguous(List<RawSpan> spans, OffsetUnit expected, List<OffsetUnit> candidates,
                                         String source, OptionNames names, List<Diagnostic> diagnostics) {
        for (RawSpan span : spans) {
            for (OffsetUnit candidate : candidates) {
                if (!sameIn(span, expected, candidate)) {
                    diagnostics.add(new Diagnostic(org.standoff.core.validation.Severity.ERROR, AMBIGUOUS, span.id(),
                            span.location(), source + ": no covered text to verify offsets against, and "
                            + expected.wireName() + " and " + candidate.wireName() + " offsets differ in this text"
                            + " before " + span.end() + ": " + names.stateUnit()));
                    return;
                }
            }
        }
    }

    private static boolean sameIn(RawSpan span, OffsetUnit a, OffsetUnit b) {
        try {
            return span.index().toUtf16(span.start(), a) == span.index().toUtf16(span.start(), b)
                    && span.index().toUtf16(span.end(), a) == span.index().toUtf16(span.end(), b);
        } catch (OffsetException e) {
            return false;
        }
    }

    /** Whether {@code span} in {@code unit} lies in its text and covers exactly its claimed text. */
    public static boolean verifies(RawSpan span, OffsetUnit unit) {
        try {
            Span utf16 = span.index().toUtf16(span.start(), span.end(), unit);
            return span.claimed() == null || span.claimed().equals(utf16.coveredText(span.text()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@code span} converted from {@code unit} to UTF-16, with its claimed text verified; or empty,
     * with an error, when its offsets are not positions of the text. A mismatching covered text is
     * reported ({@link CoveredText#check}) and the span is kept at its offsets.
     */
    public static Optional<Span> toUtf16(RawSpan span, OffsetUnit unit, List<Diagnostic> diagnostics) {
        Span utf16;
        try {
            utf16 = span.index().toUtf16(span.start(), span.end(), unit);
        } catch (IllegalArgumentException e) {
            diagnostics.add(new Diagnostic(org.standoff.core.validation.Severity.ERROR, "span.offset", span.id(),
                    span.location(), "[" + span.start() + ", " + span.end() + ") (" + unit.wireName() + "): "
                    + e.getMessage()));
            return Optional.empty();
        }
        if (span.claimed() != null) {
            CoveredText.check(span.id(), span.claimed(), utf16.coveredText(span.text()),
                    "[" + span.start() + ", " + span.end() + ") (" + unit.wireName() + ")")
                    .ifPresent(d -> diagnostics.add(d.at(span.location())));
        }
        return Optional.of(utf16);
    }

    /** {@code utf16} counted in {@code unit}: {@code [start, end]}. */
    public static int[] fromUtf16(org.standoff.core.text.OffsetIndex index, Span utf16, OffsetUnit unit) {
        return new int[] {index.fromUtf16(utf16.start(), unit), index.fromUtf16(utf16.end(), unit)};
    }
}
