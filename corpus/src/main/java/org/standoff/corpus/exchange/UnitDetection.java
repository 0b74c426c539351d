package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.standoff.core.model.Extent;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/**
 * Decides in which unit a file counts its offsets, by verification, for the whole file at once
 * (FORMATS.md §11 rules 2, 4, 5 and 6), and converts its spans into model extents.
 *
 * <ol>
 *   <li><b>Stated unit.</b> When the user states the unit ({@link ImportOptions#offsetUnit()}), it is
 *       used as it is: every mismatch is reported, nothing is detected. If another unit the user
 *       can state would verify every span, an {@code offset.unit-hint} warning names it; if only a
 *       reading that cannot be stated would (grapheme clusters, the LF view), the hint says to leave
 *       the unit out so that detection finds it.</li>
 *   <li><b>Expected reading.</b> Otherwise the format's documented reading is tried first (brat:
 *       {@link OffsetReading#bratServer()}; doccano: UTF-16). If every span is valid and every
 *       claimed covered text matches, it is used.</li>
 *   <li><b>Detection.</b> If it fails, every other candidate is tried on <em>every</em> span. A
 *       candidate is accepted only if it verifies all spans that carry text; if several do, they
 *       must give every span the same extent (the text does not distinguish them, so the choice
 *       cannot matter). The accepted reading is reported as an {@code offset.unit-detected}
 *       warning naming the file. If none verifies, the expected reading is kept and each mismatch
 *       reported ({@code text.mismatch}, with the id and both strings) — spans are never nudged
 *       one by one, and units are never mixed. If several verify but disagree, the file is
 *       undecided ({@code offset.unit-ambiguous}).</li>
 *   <li><b>No covered text.</b> When no span carries text, nothing can be verified: the expected
 *       reading is used if every candidate under which all offsets are valid gives the same
 *       extents (no astral character, CR, BOM or multi-code-point grapheme before a span). Otherwise
 *       the file is undecided, with an {@code offset.unit-ambiguous} error asking the user to state
 *       the unit.</li>
 * </ol>
 *
 * <p>Diagnostics about spans carry the span's id and location; offsets that are no position in the
 * chosen reading are errors ({@code span.invalid}, {@code span.out-of-range}, {@code span.boundary})
 * and leave that span's extent {@code null}. The result keeps the file's findings apart from each
 * span's, so a format that anchors a span otherwise (W3C's quote) can drop that span's. A file of
 * several texts (a Label Studio file of several tasks) is decided once, over all of them. This is
 * the one place where importers decide and convert offsets: every format reads its spans as
 * {@link SpanClaim}s through it. Stateless and thread-safe.
 */
public final class UnitDetection {
    /** Warning: the offsets verified in a reading other than the expected one. */
    public static final String DETECTED = "offset.unit-detected";
    /** Error: the unit cannot be decided; the user must state it. */
    public static final String AMBIGUOUS = "offset.unit-ambiguous";
    /** Warning: the stated or expected unit failed, and another reading would verify every span. */
    public static final String HINT = "offset.unit-hint";

    private UnitDetection() {
    }

    /**
     * What to detect.
     *
     * @param fileName    the file the spans are in, named in diagnostics
     * @param texts       the texts the file's spans lie on, each with its spans in file order: one for
     *                    most formats, one per task for a Label Studio file of several tasks
     * @param bomStripped whether a leading BOM was stripped from the file's text
     * @param expected    the format's documented reading
     * @param stated      the unit the user (or the file itself) stated, or {@code null}
     * @param candidates  the readings to try when the expected one fails, in order of preference
     * @param names       how messages asking the user to state the unit name the option
     */
    public record Request(String fileName, List<Text> texts, boolean bomStripped, OffsetReading expected,
                          OffsetUnit stated, List<OffsetReading> candidates, OptionNames names) {
        public Request {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(names, "names");
            texts = List.copyOf(texts);
            candidates = List.copyOf(candidates);
        }

        /** A request over one text with every {@linkplain OffsetReading#candidates candidate} of it and no stated unit. */
        public static Request of(String fileName, String text, List<SpanClaim> spans, OffsetReading expected) {
            return of(fileName, List.of(new Text(text, spans)), expected);
        }

        /** A request over several texts with every candidate of them and no stated unit. */
        public static Request of(String fileName, List<Text> texts, OffsetReading expected) {
            return new Request(fileName, texts, false, expected, null, OffsetReading.candidates(crlf(texts), false),
                    OptionNames.PLAIN);
        }

        /** Every span of the request, text after text, in the order of {@link Result#extents()}. */
        public List<SpanClaim> spans() {
            return texts.stream().flatMap(text -> text.spans().stream()).toList();
        }

        /** A copy with the unit the user stated ({@code null}: none). */
        public Request withStated(OffsetUnit unit) {
            return new Request(fileName, texts, bomStripped, expected, unit, candidates, names);
        }

        /** A copy with the unit {@code options} state and their front end's names for the options. */
        public Request withOptions(ImportOptions options) {
            return new Request(fileName, texts, bomStripped, expected, options.offsetUnit(), candidates,
                    options.names());
        }

        /** A copy saying a BOM was stripped, with the BOM-counted candidates added. */
        public Request withBomStripped(boolean stripped) {
            return new Request(fileName, texts, stripped, expected, stated,
                    OffsetReading.candidates(crlf(texts), stripped), names);
        }

        /** A copy trying only {@code readings} after the expected one. */
        public Request withCandidates(List<OffsetReading> readings) {
            return new Request(fileName, texts, bomStripped, expected, stated, readings, names);
        }

        private static boolean crlf(List<Text> texts) {
            return texts.stream().anyMatch(text -> text.text().contains("\r\n"));
        }
    }

    /**
     * One text of a file and the spans the file puts on it.
     *
     * @param text  the document text, as imported (a leading BOM already stripped)
     * @param spans the spans as the file states them, in file order
     */
    public record Text(String text, List<SpanClaim> spans) {
        public Text {
            Objects.requireNonNull(text, "text");
            spans = List.copyOf(spans);
        }
    }

    /**
     * What was decided.
     *
     * @param reading         the reading used, or {@code null} when the file is undecided
     * @param extents         per span of the request, in its order: the model extent, or {@code null}
     *                        when undecided or when that span's offsets are invalid
     * @param fileDiagnostics what was found about the file: the detected unit, a hint, the ambiguity
     * @param spanDiagnostics per span of the request, in its order: its offset errors and text mismatch
     */
    public record Result(OffsetReading reading, List<Extent> extents, List<Diagnostic> fileDiagnostics,
                         List<List<Diagnostic>> spanDiagnostics) {
        public Result {
            extents = java.util.Collections.unmodifiableList(new ArrayList<>(extents));
            fileDiagnostics = List.copyOf(fileDiagnostics);
            spanDiagnostics = spanDiagnostics.stream().map(List::copyOf).toList();
        }

        /** Whether a reading was chosen, so the spans can be built. */
        public boolean isDecided() {
            return reading != null;
        }

        /** Everything found: the file's diagnostics, then each span's, in span order. */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>(fileDiagnostics);
            spanDiagnostics.forEach(all::addAll);
            return all;
        }
    }

    /** Decides the reading of {@code request}'s file and converts its spans. */
    public static Result detect(Request request) {
        if (request.stated() != null) {
            return stated(request);
        }
        ReadingTrial expected = trial(request, request.expected());
        if (request.spans().stream().noneMatch(SpanClaim::hasText)) {
            return unverifiable(request, expected);
        }
        if (expected.allVerified()) {
            return accept(expected, List.of());
        }
        List<ReadingTrial> verifying = new ArrayList<>();
        for (OffsetReading candidate : request.candidates()) {
            if (!candidate.equals(request.expected())) {
                ReadingTrial trial = trial(request, candidate);
                if (trial.allVerified()) {
                    verifying.add(trial);
                }
            }
        }
        if (verifying.isEmpty()) {
            return accept(expected, List.of());
        }
        if (verifying.stream().allMatch(trial -> trial.agreesWith(verifying.get(0)))) {
            return accept(verifying.get(0), List.of(detected(request, verifying)));
        }
        Diagnostic ambiguous = fileError(request, AMBIGUOUS, "offsets do not verify as the expected "
                + request.expected().displayName() + ", and verify as " + names(verifying)
                + ", which disagree on this text; " + request.names().stateUnit());
        return undecided(request, ambiguous);
    }

    /**
     * {@link #detect}, except that an undecided file is read in the expected reading after the
     * {@value #AMBIGUOUS} error: for formats that import what they can and check each span on its
     * own (Label Studio, W3C Web Annotation), where a file whose unit cannot be decided is still
     * imported, every span whose offsets do not fit reported.
     */
    public static Result detectOrExpected(Request request) {
        Result result = detect(request);
        if (result.isDecided()) {
            return result;
        }
        return accept(trial(request, request.expected()), result.fileDiagnostics());
    }

    private static Result stated(Request request) {
        ReadingTrial stated = trial(request, OffsetReading.of(request.stated()));
        if (stated.allVerified() || request.spans().stream().noneMatch(SpanClaim::hasText)) {
            return accept(stated, List.of());
        }
        List<ReadingTrial> verifying = new ArrayList<>();
        for (OffsetReading candidate : request.candidates()) {
            ReadingTrial trial = trial(request, candidate);
            if (trial.allVerified()) {
                verifying.add(trial);
            }
        }
        if (verifying.isEmpty()) {
            return accept(stated, List.of());
        }
        return accept(stated, List.of(hint(request, verifying)));
    }

    /**
     * The hint after a stated unit failed: it suggests only units the user can state; a reading that
     * cannot be stated (grapheme clusters, the LF view, a counted BOM) is named with the advice to
     * leave the unit out, so that detection finds it.
     */
    private static Diagnostic hint(Request request, List<ReadingTrial> verifying) {
        List<ReadingTrial> stateable = verifying.stream().filter(trial -> trial.reading.unit() != null).toList();
        String failed = "the stated unit " + request.stated().wireName() + " does not verify the covered texts, but ";
        String message = stateable.isEmpty()
                ? failed + "they all verify as " + names(verifying) + ", which cannot be stated: "
                        + request.names().leaveUnitOut()
                : failed + names(stateable) + " would verify all of them";
        return fileWarning(request, HINT, message);
    }

    /** Rule 6: no span carries text, so the units must agree or be stated. */
    private static Result unverifiable(Request request, ReadingTrial expected) {
        List<ReadingTrial> disagreeing = new ArrayList<>();
        for (OffsetReading candidate : request.candidates()) {
            ReadingTrial trial = trial(request, candidate);
            if (trial.allValid() && !trial.agreesWith(expected)) {
                disagreeing.add(trial);
            }
        }
        if (disagreeing.isEmpty()) {
            return accept(expected, List.of());
        }
        ReadingTrial first = disagreeing.get(0);
        int index = expected.allValid() ? expected.firstDifference(first) : first.firstDifference(expected);
        SpanClaim span = request.spans().get(Math.max(index, 0));
        String message = "offsets carry no covered text, and on this text they mean different spans as "
                + request.expected().displayName() + " and as " + names(disagreeing) + " (first: " + span.id()
                + " at " + span.rangesText() + "); " + request.names().stateUnit();
        return undecided(request, fileError(request, AMBIGUOUS, message));
    }

    private static ReadingTrial trial(Request request, OffsetReading reading) {
        return ReadingTrial.run(request.texts(), reading);
    }

    private static Result accept(ReadingTrial trial, List<Diagnostic> fileDiagnostics) {
        return new Result(trial.reading, trial.extents, fileDiagnostics, trial.diagnostics);
    }

    private static Result undecided(Request request, Diagnostic error) {
        int spans = request.spans().size();
        List<Extent> none = new ArrayList<>(java.util.Collections.nCopies(spans, null));
        return new Result(null, none, List.of(error), java.util.Collections.nCopies(spans, List.of()));
    }

    private static Diagnostic detected(Request request, List<ReadingTrial> verifying) {
        ReadingTrial chosen = verifying.get(0);
        String also = verifying.size() == 1 ? "" : " (equivalently " + names(verifying.subList(1, verifying.size()))
                + ": they agree on this text)";
        return fileWarning(request, DETECTED, "offsets in " + request.fileName() + " count "
                + chosen.reading.displayName() + ", not the expected " + request.expected().displayName()
                + ": all " + chosen.verifiedCount() + " covered texts verify that way" + also);
    }

    private static String names(List<ReadingTrial> trials) {
        return trials.stream().map(trial -> trial.reading.displayName()).collect(Collectors.joining(", "));
    }

    private static Diagnostic fileError(Request request, String code, String message) {
        return Diagnostic.error(code, null, message).at(new Location(request.fileName(), null, 0, 0));
    }

    private static Diagnostic fileWarning(Request request, String code, String message) {
        return Diagnostic.warning(code, null, message).at(new Location(request.fileName(), null, 0, 0));
    }
}
