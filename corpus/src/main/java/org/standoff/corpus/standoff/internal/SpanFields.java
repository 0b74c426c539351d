package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.Arrays;
import org.standoff.corpus.standoff.DiagnosticCodes;

/** The fields every span object shares: {@code start}, {@code end}, {@code text} and {@code fragments}. */
final class SpanFields {
    private Integer start;
    private Integer end;
    private String text;
    private int[] fragments;

    /** Reads {@code name} if it is a span field; {@code false} if it is not one. */
    boolean accept(String name, Cursor cursor, ObjectState object) throws IOException {
        switch (name) {
            case "start": start = object.check(cursor.integer(0)); return true;
            case "end": end = object.check(cursor.integer(0)); return true;
            case "text": text = object.check(cursor.string()); return true;
            case "fragments": fragments = object.check(fragments(cursor)); return true;
            default: return false;
        }
    }

    /** The span as written, or {@code null} (reported) when start or end is missing or broken. */
    RawSpan raw(ObjectState object) {
        boolean complete = object.require(start, "start") & object.require(end, "end");
        return complete ? new RawSpan(start, end, fragments, text, object.loc()) : null;
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
