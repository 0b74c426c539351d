package org.standoff.server.graphql;

import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetException;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * Offset conversion at the API's edge, for one document text, through the document's core
 * {@link OffsetIndex}: the model counts UTF-16 code units, clients count in the unit they ask for. An
 * offset a client gives that lies outside the text or inside a character is refused with BAD_REQUEST.
 * Immutable and thread-safe.
 */
final class TextOffsets {
    private final String text;
    private final OffsetIndex index;

    private TextOffsets(String text, OffsetIndex index) {
        this.text = text;
        this.index = index;
    }

    static TextOffsets of(Document document) {
        return new TextOffsets(document.text(), document.offsets());
    }

    /** The text's length in {@code unit}. */
    int length(OffsetUnit unit) {
        return index.length(unit);
    }

    /** A model offset (UTF-16) in {@code unit}. */
    int fromUtf16(int offset, OffsetUnit unit) {
        return index.fromUtf16(offset, unit);
    }

    /** A client's offset in {@code unit} as a model offset (UTF-16); BAD_REQUEST when it is not a boundary. */
    int toUtf16(int offset, OffsetUnit unit) {
        try {
            return index.toUtf16(offset, unit);
        } catch (OffsetException e) {
            throw ApiException.badRequest(e.getMessage());
        }
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
}
