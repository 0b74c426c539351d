package org.standoff.core.validation;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanRelations;

/** The span checks of {@link Validator}: ranges, surrogate pairs, grapheme clusters, verbatim parts. */
final class SpanChecks {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final Document document;
    private final String text;
    private final List<Diagnostic> found;
    private BitSet graphemeBoundaries;
    private Matcher localMatcher;

    SpanChecks(Document document, List<Diagnostic> found) {
        this.document = document;
        this.text = document.text();
        this.found = found;
    }

    void run() {
        int before = found.size();
        // one loop per kind, so that each call site sees one class (see ReferenceChecks.collectIds)
        for (Segment a : document.segments()) {
            checkExtent(a, a.extent());
        }
        for (Mention a : document.mentions()) {
            checkExtent(a, a.extent());
        }
        for (Quote a : document.quotes()) {
            checkExtent(a, a.extent());
        }
        for (Cue a : document.cues()) {
            checkExtent(a, a.extent());
        }
        for (Claim a : document.claims()) {
            checkExtent(a, a.extent());
        }
        for (GenericSpan a : document.genericSpans()) {
            checkExtent(a, a.extent());
        }
        if (found.size() > before) {
            // report in document order: check again in that order
            found.subList(before, found.size()).clear();
            document.spanAnnotations().forEach(a -> checkExtent(a, a.extent()));
        }
        for (Quote quote : document.quotes()) {
            checkVerbatim(quote);
        }
        for (Attribution attribution : document.attributions()) {
            for (Supplement supplement : attribution.supplements()) {
                checkSpan(attribution.id().value(), "supplement of Attribution", supplement.span());
            }
        }
    }

    private void checkExtent(SpanAnnotation annotation, Extent extent) {
        List<Span> fragments = extent.fragments();
        for (int i = 0; i < fragments.size(); i++) {
            Span fragment = fragments.get(i);
            if (!isClean(fragment)) {
                checkSpan(annotation.id().value(), annotation.kind(), fragment);
            }
        }
    }

    /**
     * Whether {@link #checkSpan} finds nothing to say of {@code span}: it lies in the text, splits
     * no surrogate pair and no grapheme cluster. Asked first, so that what a report names is only
     * looked up for a span that has one.
     */
    private boolean isClean(Span span) {
        return span.end() <= text.length() && !splitsPair(span.start()) && !splitsPair(span.end())
                && isGraphemeBoundary(span.start()) && isGraphemeBoundary(span.end());
    }

    private boolean splitsPair(int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private void checkVerbatim(Quote quote) {
        String subject = quote.id().value();
        for (Span part : quote.verbatim()) {
            checkSpan(subject, "verbatim part of Quote", part);
            if (!SpanRelations.covers(quote.span(), part)) {
                found.add(Diagnostic.error("span.outside", subject,
                        "verbatim part " + part + " lies outside its quote " + quote.span()));
            }
        }
    }

    /** Reports what is wrong with one span; returns whether it lies within the text. */
    private void checkSpan(String subject, String what, Span span) {
        if (span.end() > text.length()) {
            found.add(Diagnostic.error("span.out-of-range", subject, what + " " + span
                    + " runs past the end of the text (length " + text.length() + " UTF-16 units)"));
            return;
        }
        boolean startOk = checkSurrogate(subject, what, span, span.start());
        boolean endOk = span.end() == span.start() || checkSurrogate(subject, what, span, span.end());
        if (startOk && endOk) {
            checkGrapheme(subject, what, span);
        }
    }

    private boolean checkSurrogate(String subject, String what, Span span, int offset) {
        if (offset == 0 || offset >= text.length()) {
            return true;
        }
        if (Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
            found.add(Diagnostic.error("span.surrogate", subject, what + " " + span + ": offset " + offset
                    + " falls inside a surrogate pair (U+" + Integer.toHexString(text.codePointAt(offset - 1)).toUpperCase()
                    + " at " + (offset - 1) + ".." + (offset + 1) + ")"));
            return false;
        }
        return true;
    }

    private void checkGrapheme(String subject, String what, Span span) {
        int cut = !isGraphemeBoundary(span.start()) ? span.start() : !isGraphemeBoundary(span.end()) ? span.end() : -1;
        if (cut < 0) {
            return;
        }
        found.add(Diagnostic.warning("span.grapheme", subject, what + " " + span + ": offset " + cut
                + " cuts a grapheme cluster (a user-perceived character such as an emoji sequence,"
                + " a letter with combining marks, or CR LF)"));
    }

    /** Whether {@code offset} is a grapheme cluster boundary of the text (as {@code \\X} segments it). */
    boolean isGraphemeBoundary(int offset) {
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        if (before < 0x80 && after < 0x80 && !(before == '\r' && after == '\n')) {
            return true;
        }
        if (graphemeBoundaries == null) {
            int safe = safePointBefore(offset);
            if (safe >= 0) {
                return isBoundaryFrom(safe, offset);
            }
        }
        return graphemeBoundaries().get(offset);
    }

    /**
     * How far back {@link #safePointBefore} looks; a text with no safe point that close (one in a
     * script without ASCII spaces) is segmented whole, once, instead.
     */
    private static final int LOCAL_WINDOW = 64;

    /**
     * A position at most {@link #LOCAL_WINDOW} before {@code offset} that is certainly a grapheme
     * cluster boundary: the start of the text, or a point between two ASCII characters other than
     * CR LF (no rule of UAX #29 joins those). -1 if there is none that close.
     */
    private int safePointBefore(int offset) {
        int floor = Math.max(0, offset - LOCAL_WINDOW);
        for (int q = offset - 1; q > floor; q--) {
            char before = text.charAt(q - 1);
            char after = text.charAt(q);
            if (before < 0x80 && after < 0x80 && !(before == '\r' && after == '\n')) {
                return q;
            }
        }
        return floor == 0 ? 0 : -1;
    }

    /**
     * Whether {@code offset} is a boundary, stepping cluster by cluster from the boundary
     * {@code safe}: what the whole-text scan finds there, since a cluster match starts at a
     * boundary and looks only forward.
     */
    private boolean isBoundaryFrom(int safe, int offset) {
        if (localMatcher == null) {
            localMatcher = GRAPHEME.matcher(text).useTransparentBounds(true);
        }
        Matcher matcher = localMatcher.region(safe, text.length());
        int end = safe;
        while (end < offset && matcher.find()) {
            end = matcher.end();
        }
        return end == offset;
    }

    private BitSet graphemeBoundaries() {
        if (graphemeBoundaries == null) {
            BitSet boundaries = new BitSet(text.length() + 1);
            Matcher matcher = GRAPHEME.matcher(text);
            boundaries.set(0);
            while (matcher.find()) {
                boundaries.set(matcher.end());
            }
            graphemeBoundaries = boundaries;
        }
        return graphemeBoundaries;
    }
}
