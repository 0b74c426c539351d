package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * The fields every span object shares: {@code start}, {@code end}, {@code text} and {@code fragments}.
 * Reused for the objects at one depth ({@link ObjectState#span()}): {@link #clear()} starts an object.
 */
final class SpanFields {
    private int start;
    private int end;
    private String text;
    private int[] fragments;
    /** Whether the covered text was found equal to the text's {@code [from, to)} where the parser held it. */
    private boolean matched;
    private int from;
    private int to;
    private Resolver early;

    /** Forgets the last object's span fields. */
    SpanFields clear() {
        start = -1;
        end = -1;
        text = null;
        fragments = null;
        matched = false;
        early = null;
        return this;
    }

    /** The names of the span fields, in canonical order: the parts {@link #read} reads. */
    static final List<String> NAMES = List.of("start", "end", "text", "fragments");

    /** Reads the span field {@code part} of {@link #NAMES}, which the cursor is on. */
    void read(int part, Cursor cursor, ObjectState object) throws IOException {
        switch (part) {
            case 0: start = natural(cursor, object); break;
            case 1: end = natural(cursor, object); break;
            case 2: coveredText(cursor, object); break;
            default: fragments = object.check(fragments(cursor));
        }
    }

    /**
     * Reads a covered text. When the document's text is known already and the offsets came first,
     * as in a canonical file, the covered text is compared where the parser holds it, without
     * making a string of it; only one that differs is kept for the resolver to report.
     */
    private void coveredText(Cursor cursor, ObjectState object) throws IOException {
        early = cursor.early();
        if (early != null && start >= 0 && end >= 0 && fragments == null && cursor.token() == JsonToken.VALUE_STRING) {
            from = early.utf16OrMinusOne(start);
            to = early.utf16OrMinusOne(end);
            if (from >= 0 && from <= to && (cursor.inputEquals(early.utf8(), early.utf8Offset(from), early.utf8Offset(to))
                    || cursor.stringEquals(early.chars(), from, to))) {
                matched = true;
                return;
            }
        }
        text = object.check(cursor.string());
    }

    /**
     * The span: an {@link Extent} (or a plain {@link Span}) when it could be resolved at once (a
     * continuous span of a known text with nothing to report), else a {@link Value.Deferred} one for
     * the resolver, which reports what is wrong; {@code null} (reported) when start or end is missing
     * or broken.
     */
    Object value(ObjectState object, boolean extent, String subject) {
        if (!(object.require(start >= 0, "start") & object.require(end >= 0, "end"))) {
            return null;
        }
        if (fragments == null && (matched || text == null && (early = object.early()) != null)) {
            if (!matched) {
                from = early.utf16OrMinusOne(start);
                to = early.utf16OrMinusOne(end);
            }
            if (from >= 0 && from <= to) {
                Span span = Span.of(from, to);
                return extent ? new Extent(List.of(span)) : span;
            }
        }
        if (matched && fragments != null) {
            text = early.text().substring(from, to); // fragments' covered text is theirs joined: compare it again
        }
        RawSpan raw = new RawSpan(start, end, fragments, text, object.loc());
        return new Value.Deferred(extent ? r -> r.extent(raw, subject) : r -> r.span(raw, subject));
    }

    private static int natural(Cursor cursor, ObjectState object) throws IOException {
        int value = cursor.natural(0);
        if (value < 0) {
            object.broken();
        }
        return value;
    }

    /** {@code [[s, e], ...]} with at least two fragments, flattened; {@code null} after reporting. */
    private static int[] fragments(Cursor cursor) throws IOException {
        Loc loc = cursor.loc();
        if (!cursor.enterArray()) {
            return null;
        }
        int[] flat = new int[8];
        int count = 0;
        boolean ok = true;
        while (cursor.nextElement()) {
            if (count == flat.length) {
                flat = Arrays.copyOf(flat, count * 2);
            }
            ok &= pair(cursor, flat, count);
            count += 2;
        }
        if (ok && count < 4) {
            cursor.sink().error(DiagnosticCodes.SPAN_FRAGMENTS, cursor.subject(), loc,
                    "a discontinuous span needs at least two fragments, found " + count / 2
                            + " (write a continuous span with start and end only)");
            return null;
        }
        return ok ? Arrays.copyOf(flat, count) : null;
    }

    private static boolean pair(Cursor cursor, int[] flat, int at) throws IOException {
        Loc loc = cursor.loc();
        if (!cursor.enterArray()) {
            return false;
        }
        int n = 0;
        boolean ok = true;
        while (cursor.nextElement()) {
            Integer value = cursor.integer(0);
            ok &= value != null;
            if (n < 2 && value != null) {
                flat[at + n] = value;
            }
            n++;
        }
        if (ok && n != 2) {
            cursor.sink().error(DiagnosticCodes.FIELD_VALUE, cursor.subject(), loc,
                    "a fragment is a pair [start, end], found " + n + " numbers");
            return false;
        }
        return ok;
    }
}
