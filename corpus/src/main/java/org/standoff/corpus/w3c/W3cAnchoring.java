package org.standoff.corpus.w3c;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.SpanClaim;

/**
 * Anchors one annotation's text selectors on the text: its position if it verifies against the
 * quote (or there is no quote), else the quote itself, narrowed by prefix and suffix and, among
 * equals, by the position as a hint. A relocation is a warning; no match or several is an error.
 */
final class W3cAnchoring {
    private W3cAnchoring() {
    }

    /** One annotation's text selectors: quote fields may be null, position may be null. */
    record Selectors(String id, String exact, String prefix, String suffix, SpanClaim position, String source,
                     String pointer) {
    }

    /**
     * Anchors {@code s}. {@code position} is where its position selector lies in the file's
     * {@code reading} (null when it has none, or when its offsets are no positions of the text), and
     * {@code positionFindings} what reading it found (offset errors, the quote's mismatch).
     */
    static Optional<Span> anchor(Selectors s, String text, OffsetReading reading, Extent position,
                                 List<Diagnostic> positionFindings, List<Diagnostic> out) {
        Span hint = null;
        if (s.position() != null) {
            if (s.exact() == null || position != null && positionFindings.isEmpty()) {
                out.addAll(positionFindings);
                return Optional.ofNullable(position).map(Extent::bounds);
            }
            hint = position == null ? null : position.bounds();
        }
        List<Span> matches = matches(s, text);
        if (matches.size() > 1 && hint != null && matches.contains(hint)) {
            matches = List.of(hint);
        }
        if (matches.size() == 1) {
            if (s.position() != null) {
                String found = hint == null ? "nothing (offsets outside the text)" : CoveredText.quoted(hint.coveredText(text));
                out.add(JsonInput.warning("w3c.relocated", s.id(), s.source(), s.pointer(), "position "
                        + s.position().rangesText() + " (" + reading.displayName() + ") covers " + found
                        + ", not " + CoveredText.quoted(s.exact()) + ": anchored by the quote at " + matches.get(0)
                        + " (utf16)"));
            }
            return Optional.of(matches.get(0));
        }
        if (s.exact() == null) {
            out.add(JsonInput.error("w3c.not-found", s.id(), s.source(), s.pointer(),
                    "no quote, and no position inside the text: the annotation cannot be anchored"));
            return Optional.empty();
        }
        String what = matches.isEmpty() ? "is not in the text" : "occurs " + matches.size() + " times " + matches
                + " (utf16) and prefix, suffix and position do not decide";
        out.add(JsonInput.error(matches.isEmpty() ? "w3c.not-found" : "w3c.ambiguous", s.id(), s.source(), s.pointer(),
                "quote " + CoveredText.quoted(s.exact()) + " " + what));
        return Optional.empty();
    }

    /** Every occurrence of the quote; narrowed to those whose prefix and suffix match when any do. */
    private static List<Span> matches(Selectors s, String text) {
        List<Span> all = new ArrayList<>();
        if (s.exact() == null || s.exact().isEmpty()) {
            return all;
        }
        for (int at = text.indexOf(s.exact()); at >= 0; at = text.indexOf(s.exact(), at + 1)) {
            all.add(Span.of(at, at + s.exact().length()));
        }
        List<Span> narrowed = all.stream().filter(span -> (s.prefix() == null || text.startsWith(s.prefix(),
                span.start() - s.prefix().length()) && span.start() >= s.prefix().length())
                && (s.suffix() == null || text.startsWith(s.suffix(), span.end()))).toList();
        return narrowed.isEmpty() ? all : narrowed;
    }
}
