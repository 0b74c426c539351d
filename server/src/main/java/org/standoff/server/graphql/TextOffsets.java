package org.standoff.server.graphql;

import java.nio.charset.StandardCharsets;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * Offset conversion at the API's edge, for one document text: the model counts UTF-16 code units,
 * clients count in the unit they ask for. An offset a client gives that lies outside the text or
 * inside a character is refused with BAD_REQUEST. Immutable and thread-safe.
 */
final class TextOffsets {
    private final String text;

    private TextOffsets(String text) {
        this.text = text;
    }

    static TextOffsets of(String text) {
        return new TextOffsets(text);
    }

    /** The text's length in {@code unit}. */
    int length(OffsetUnit unit) {
        return fromUtf16(text.length(), unit);
    }

    /** A model offset (UTF-16) in {@code unit}. */
    int fromUtf16(int offset, OffsetUnit unit) {
        switch (unit) {
            case UTF16:
                return offset;
            case CODEPOINT:
                return text.codePointCount(0, offset);
            case UTF8:
                return text.substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
            default:
                throw new IllegalStateException("unhandled unit " + unit);
        }
    }

    /** A client's offset in {@code unit} as a model offset (UTF-16); BAD_REQUEST when it is not a boundary. */
    int toUtf16(int offset, OffsetUnit unit) {
        int length = length(unit);
        if (offset < 0 || offset > length) {
            throw ApiException.badRequest("offset " + offset + " is outside the text [0, " + length + "] ("
                    + unit.wireName() + ")");
        }
        int utf16 = search(offset, unit);
        if (utf16 < 0) {
            throw ApiException.badRequest("offset " + offset + " (" + unit.wireName() + ") lies inside a character");
        }
        return utf16;
    }

    /** The span {@code [start, end)} given in {@code unit}, as a model span. */
    Span span(int start, int end, OffsetUnit unit) {
        if (end < start) {
            throw ApiException.badRequest("a range must not end before it starts: [" + start + ", " + end + ")");
        }
        return Span.of(toUtf16(start, unit), toUtf16(end, unit));
    }

    /** A model span as a client range in {@code unit}, with its text. */
    TextRange range(Span span, OffsetUnit unit) {
        return new TextRange(fromUtf16(span.start(), unit), fromUtf16(span.end(), unit), unit, span.coveredText(text));
    }

    private int search(int offset, OffsetUnit unit) {
        int low = 0;
        int high = text.length();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int value = fromUtf16(mid, unit);
            if (value == offset && !splitsSurrogate(mid)) {
                return mid;
            }
            if (value < offset || (value == offset && splitsSurrogate(mid))) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    private boolean splitsSurrogate(int utf16) {
        return utf16 > 0 && utf16 < text.length() && Character.isHighSurrogate(text.charAt(utf16 - 1))
                && Character.isLowSurrogate(text.charAt(utf16));
    }
}
