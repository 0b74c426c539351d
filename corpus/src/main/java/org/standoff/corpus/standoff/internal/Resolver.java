package org.standoff.corpus.standoff.internal;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.text.OffsetException;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.core.validation.CoveredText;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Turns spans as written in the file into UTF-16 {@link Span}s and {@link Extent}s of the text,
 * exactly, through the text's {@link OffsetIndex}; reports reversed spans, offsets past the end or
 * inside a character and bad fragments, returning {@code null} for such a span, and reports
 * covered-text mismatches (keeping the span as its offsets say).
 */
final class Resolver {
    private final String text;
    private final OffsetIndex index;
    private final OffsetUnit unit;
    private final Sink sink;
    /** The file's offsets to UTF-16; spans mostly come in document order, for which it is fastest. */
    private final OffsetIndex.Converter toUtf16;
    private final int length;
    private char[] chars;
    private byte[] utf8;
    private OffsetIndex.Converter utf16ToUtf8;

    Resolver(String text, OffsetUnit unit, Sink sink) {
        this.text = text;
        this.index = OffsetIndex.of(text);
        this.unit = unit;
        this.sink = sink;
        this.toUtf16 = index.converter(unit, OffsetUnit.UTF16);
        this.length = index.length(unit);
    }

    /** The UTF-16 offset of the file's {@code offset}, or -1 when it is none (nothing is reported). */
    int utf16OrMinusOne(int offset) {
        if (offset > length) {
            return -1;
        }
        try {
            return toUtf16.convert(offset);
        } catch (OffsetException e) {
            return -1;
        }
    }

    String text() {
        return text;
    }

    /** The text's UTF-8 bytes (for a text without unpaired surrogates), to compare covered texts with where the input has them. */
    byte[] utf8() {
        if (utf8 == null) {
            utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            utf16ToUtf8 = index.converter(OffsetUnit.UTF16, OffsetUnit.UTF8);
        }
        return utf8;
    }

    /** The fingerprint of the text (which has no unpaired surrogate), hashed from {@link #utf8()}. */
    Fingerprint fingerprint() {
        return new Fingerprint(Fingerprint.sha256Hex(utf8()), index.length(OffsetUnit.CODEPOINT), text.length());
    }

    /** The UTF-8 offset of the UTF-16 offset {@code utf16}, a boundary; after {@link #utf8()}. */
    int utf8Offset(int utf16) {
        return utf16ToUtf8.convert(utf16);
    }

    /** The text's characters, to compare covered texts with where the parser holds them. */
    char[] chars() {
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    /** The extent of {@code raw} (checked against its covered text), or {@code null} after reporting. */
    Extent extent(RawSpan raw, String subject) {
        Extent extent = raw.fragments() == null ? continuous(raw, subject) : fragmented(raw, subject);
        if (extent == null || raw.text() == null || coversExactly(extent.isContinuous() ? extent.start() : -1,
                extent.end(), raw.text())) {
            return extent;
        }
        checkText(extent.coveredText(text), raw, subject);
        return extent;
    }

    /** The span of {@code raw} (checked against its covered text), or {@code null} after reporting. */
    Span span(RawSpan raw, String subject) {
        Span span = span(raw.start(), raw.end(), raw.loc(), "", subject);
        if (span == null || raw.text() == null || coversExactly(span.start(), span.end(), raw.text())) {
            return span;
        }
        checkText(span.coveredText(text), raw, subject);
        return span;
    }

    private Extent continuous(RawSpan raw, String subject) {
        Span span = span(raw.start(), raw.end(), raw.loc(), "", subject);
        return span == null ? null : new Extent(List.of(span));
    }

    private Extent fragmented(RawSpan raw, String subject) {
        int[] f = raw.fragments();
        if (f[0] != raw.start() || f[f.length - 1] != raw.end()) {
            sink.error(DiagnosticCodes.SPAN_FRAGMENTS, subject, raw.loc().child("/fragments"), "fragments run from "
                    + f[0] + " to " + f[f.length - 1] + " but start and end are " + raw.start() + " and " + raw.end());
            return null;
        }
        List<Span> spans = new ArrayList<>(f.length / 2);
        for (int i = 0; i < f.length; i += 2) {
            Span span = span(f[i], f[i + 1], raw.loc(), "/fragments/" + i / 2, subject);
            if (span == null) {
                return null;
            }
            if (!spans.isEmpty() && span.start() < spans.get(spans.size() - 1).end()) {
                sink.error(DiagnosticCodes.SPAN_FRAGMENTS, subject, raw.loc().child("/fragments/" + i / 2),
                        "fragments must be sorted and must not overlap: [" + f[i - 2] + ", " + f[i - 1] + ") then ["
                                + f[i] + ", " + f[i + 1] + ")");
                return null;
            }
            spans.add(span);
        }
        return new Extent(spans);
    }

    private Span span(int start, int end, Loc loc, String prefix, String subject) {
        if (start > end) {
            sink.error(DiagnosticCodes.SPAN_REVERSED, subject, loc.child(prefix.isEmpty() ? "/start" : prefix),
                    "start " + start + " is after end " + end);
            return null;
        }
        int from = toUtf16(start, loc, prefix, 0, subject);
        int to = toUtf16(end, loc, prefix, 1, subject);
        return from < 0 || to < 0 ? null : Span.of(from, to);
    }

    /**
     * The UTF-16 offset of {@code offset}, or -1 after reporting. The diagnostic's location (the
     * span's {@code start}/{@code end}, or element {@code which} of fragment {@code prefix}) is
     * built only when there is something to report.
     */
    private int toUtf16(int offset, Loc loc, String prefix, int which, String subject) {
        int utf16 = utf16OrMinusOne(offset);
        if (utf16 >= 0) {
            return utf16;
        }
        if (offset > length) {
            sink.error(DiagnosticCodes.SPAN_OUT_OF_RANGE, subject, offsetLoc(loc, prefix, which), "offset " + offset
                    + " is past the end of the text (length " + length + " " + unitName() + ")");
            return -1;
        }
        {
            boolean utf8 = unit == OffsetUnit.UTF8;
            sink.error(utf8 ? DiagnosticCodes.SPAN_INSIDE_CHARACTER : DiagnosticCodes.SPAN_SURROGATE, subject,
                    offsetLoc(loc, prefix, which), "offset " + offset + " (" + unit.wireName() + ") falls inside "
                            + (utf8 ? "a UTF-8 byte sequence" : "a surrogate pair"));
        }
        return -1;
    }

    private static Loc offsetLoc(Loc loc, String prefix, int which) {
        if (prefix.isEmpty()) {
            return loc.child(which == 0 ? "/start" : "/end");
        }
        return loc.child(prefix + "/" + which);
    }

    /** Whether the text's [start, end) is {@code claimed}, compared in place (start -1: not a single span). */
    private boolean coversExactly(int start, int end, String claimed) {
        return start >= 0 && claimed.length() == end - start && text.regionMatches(start, claimed, 0, claimed.length());
    }

    private void checkText(String found, RawSpan raw, String subject) {
        if (raw.text().equals(found)) {
            return;
        }
        String where = "[" + raw.start() + ", " + raw.end() + ") (" + unit.wireName() + ")";
        CoveredText.check(subject, raw.text(), found, where)
                .ifPresent(d -> sink.add(d.at(raw.loc().child("/text").toLocation(null))));
    }

    private String unitName() {
        switch (unit) {
            case CODEPOINT: return "code points";
            case UTF16: return "UTF-16 units";
            case UTF8: return "bytes";
            default: throw new IllegalStateException("unhandled unit " + unit);
        }
    }
}
