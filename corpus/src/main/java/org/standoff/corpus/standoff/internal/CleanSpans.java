package org.standoff.corpus.standoff.internal;

import static org.standoff.corpus.standoff.internal.CleanReader.DECLINED;
import static org.standoff.corpus.standoff.internal.CleanValues.expect;
import static org.standoff.corpus.standoff.internal.CleanValues.offset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * The span fields of the fast path ({@code start}, {@code end}, {@code text}, {@code fragments}):
 * offsets in the file's unit resolved to UTF-16 as they are read, and covered texts compared in
 * place or in the parser's buffer, never materialized when they match. Anything that the precise
 * path would report declines. One instance serves one document, once its text and unit are known.
 */
final class CleanSpans {
    // the bits of the span fields in Slot.seen; CleanReader gives the other fields of an object the rest
    static final int START = 1 << 1;
    static final int END = 1 << 2;
    static final int TEXT = 1 << 3;
    static final int FRAGMENTS = 1 << 4;

    private final JsonParser p;
    private final InPlace in;
    private final String text;
    /** The text's characters, to compare covered texts with in the parser's buffer; made when first needed. */
    private char[] textChars;
    private final OffsetUnit unit;
    private final OffsetIndex index;
    private final OffsetIndex.Converter toUtf16;

    CleanSpans(JsonParser parser, InPlace in, String text, OffsetUnit unit) {
        this.p = parser;
        this.in = in;
        this.text = text;
        this.unit = unit;
        this.index = OffsetIndex.of(text);
        this.toUtf16 = index.converter(unit, OffsetUnit.UTF16);
        in.useText(text, index);
    }

    /** Whether {@code fingerprint} is the text's, hashing the UTF-8 made for comparing in place when there is one. */
    boolean isFingerprintOf(Fingerprint fingerprint) {
        if (fingerprint.utf16() != text.length() || fingerprint.codepoints() != index.length(OffsetUnit.CODEPOINT)) {
            return false;
        }
        // the text has no unpaired surrogate (CleanReader declines one), so String.getBytes encodes it exactly
        byte[] utf8 = in.textUtf8();
        return fingerprint.sha256().equals(Fingerprint.sha256Hex(utf8 != null ? utf8 : text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fields read of one object (a bit each), its offsets as written, and its covered text. */
    static final class Slot {
        int seen;
        int start;
        int end;
        /** {@code [from, to)} in UTF-16 once resolved, else -1. */
        int from;
        int to;
        /** The covered text as written, when it could not be compared in place or in the parser's buffer. */
        String claimed;
        int[] fragments = new int[8];
        int fragmentCount;

        Slot reset() {
            seen = 0;
            from = -1;
            to = -1;
            claimed = null;
            fragmentCount = 0;
            return this;
        }

        /** Marks the field of {@code bit} read; a field read twice (a repeated key) declines. */
        void once(int bit) {
            if ((seen & bit) != 0) {
                throw DECLINED;
            }
            seen |= bit;
        }

        boolean has(int bit) {
            return (seen & bit) != 0;
        }

        void require(int bits) {
            if ((seen & bits) != bits) {
                throw DECLINED;
            }
        }
    }

    /** Reads {@code name} if it is a span field; {@code false} if it is not one. */
    boolean field(Slot span, String name) throws IOException {
        switch (name) {
            case "start": span.once(START); span.start = offset(p); return true;
            case "end": span.once(END); span.end = offset(p); return true;
            case "text": span.once(TEXT); coveredText(span); return true;
            case "fragments": span.once(FRAGMENTS); fragments(span); return true;
            default: return false;
        }
    }

    /**
     * Checks the covered text the parser is on. With both offsets read and no fragments, as a
     * canonical file has it, the span is resolved and compared in place or in the parser's buffer;
     * otherwise, or when that differs (the text of fragments joins them with a space), the text is
     * kept for {@link #extent} to compare.
     */
    private void coveredText(Slot span) throws IOException {
        expect(p, JsonToken.VALUE_STRING);
        if ((span.seen & (START | END)) == (START | END) && !span.has(FRAGMENTS)) {
            resolve(span);
            boolean utf8 = unit == OffsetUnit.UTF8;
            if (in.isText(span.from, span.to, utf8 ? span.start : -1, utf8 ? span.end : -1)
                    || inBufferEquals(span.from, span.to)) {
                return;
            }
        }
        span.claimed = p.getText();
    }

    private boolean inBufferEquals(int from, int to) throws IOException {
        if (textChars == null) {
            textChars = text.toCharArray();
        }
        int offset = p.getTextOffset();
        return Arrays.equals(p.getTextCharacters(), offset, offset + p.getTextLength(), textChars, from, to);
    }

    private void resolve(Slot span) {
        if (span.start > span.end) {
            throw DECLINED;
        }
        span.from = toUtf16.convert(span.start);
        span.to = toUtf16.convert(span.end);
    }

    /** {@code [[s, e], ...]}: at least two pairs of two offsets. */
    private void fragments(Slot span) throws IOException {
        expect(p, JsonToken.START_ARRAY);
        int n = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            expect(p, JsonToken.START_ARRAY);
            if (n + 2 > span.fragments.length) {
                span.fragments = Arrays.copyOf(span.fragments, n * 2);
            }
            p.nextToken();
            span.fragments[n++] = offset(p);
            p.nextToken();
            span.fragments[n++] = offset(p);
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw DECLINED;
            }
        }
        if (n < 4) {
            throw DECLINED;
        }
        span.fragmentCount = n;
        if (span.has(TEXT) && span.claimed == null) {
            // the covered text matched the bounds before the fragments came: keep it to compare again
            span.claimed = text.substring(span.from, span.to);
        }
    }

    /** The extent of a span annotation, checked against its covered text. */
    Extent extent(Slot span) {
        span.require(START | END);
        if (!span.has(FRAGMENTS)) {
            return new Extent(List.of(continuous(span)));
        }
        int[] f = span.fragments;
        int n = span.fragmentCount;
        if (f[0] != span.start || f[n - 1] != span.end) {
            throw DECLINED;
        }
        List<Span> spans = new ArrayList<>(n / 2);
        int previousEnd = 0;
        for (int i = 0; i < n; i += 2) {
            if (f[i] > f[i + 1]) {
                throw DECLINED;
            }
            Span fragment = Span.of(toUtf16.convert(f[i]), toUtf16.convert(f[i + 1]));
            if (fragment.start() < previousEnd) {
                throw DECLINED;
            }
            previousEnd = fragment.end();
            spans.add(fragment);
        }
        Extent extent = new Extent(spans);
        if (span.claimed != null && !span.claimed.equals(extent.coveredText(text))) {
            throw DECLINED;
        }
        return extent;
    }

    /** A verbatim part or a supplement: {@code start}, {@code end} and an optional covered text. */
    Span plainSpan(Slot span) {
        span.require(START | END);
        return continuous(span);
    }

    /** The span {@code [start, end)}; a covered text not compared yet must be the text's there. */
    private Span continuous(Slot span) {
        if (span.from < 0) {
            resolve(span);
        }
        String claimed = span.claimed;
        if (claimed != null && !(claimed.length() == span.to - span.from
                && text.regionMatches(span.from, claimed, 0, claimed.length()))) {
            throw DECLINED;
        }
        return Span.of(span.from, span.to);
    }
}
