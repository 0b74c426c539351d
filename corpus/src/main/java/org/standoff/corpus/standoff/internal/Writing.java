package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * The writing of one document: the output, and spans written in the chosen unit with their covered
 * texts. Offsets go through the document's offset index, except where every unit agrees; covered
 * texts are ranges of the text in use of the output. Not thread-safe.
 */
final class Writing {
    private static final FieldName START = FieldName.of("start");
    private static final FieldName END = FieldName.of("end");
    private static final FieldName TEXT = FieldName.of("text");
    private static final FieldName FRAGMENTS = FieldName.of("fragments");

    final JsonOutput out;
    private final int textLength;
    /** UTF-16 offsets to {@link #unit}; spans come in document order, so their starts ascend. */
    private final OffsetIndex.Converter offsets;
    private final OffsetUnit unit;
    private final boolean coveredText;
    /** Whether a UTF-16 offset in the text is already an offset in {@link #unit}. */
    private final boolean identity;
    /**
     * The id of the top-level object being written, set as its id field is written (the first of
     * every top-level kind): for the message of an offset that cannot be written, and its unknown fields.
     */
    String owner;

    Writing(JsonOutput out, String text, OffsetIndex index, OffsetUnit unit, boolean coveredText) {
        this.out = out;
        this.textLength = text.length();
        this.offsets = index.converter(OffsetUnit.UTF16, unit);
        this.unit = unit;
        this.coveredText = coveredText;
        this.identity = unit == OffsetUnit.UTF16 || index.isAscii() || unit == OffsetUnit.CODEPOINT && index.isBmpOnly();
    }

    /** {@code start, end, text?, fragments?} of an annotation's extent. */
    void extent(Extent extent) throws IOException {
        out.numberField(START, offset(extent.start()));
        out.numberField(END, offset(extent.end()));
        if (coveredText) {
            out.name(TEXT);
            coveredText(extent.fragments());
        }
        if (extent.isContinuous()) {
            return;
        }
        out.name(FRAGMENTS);
        out.startArray();
        for (Span fragment : extent.fragments()) {
            out.startArray();
            out.number(offset(fragment.start()));
            out.number(offset(fragment.end()));
            out.endArray();
        }
        out.endArray();
    }

    /** The fragments' texts joined by one space, as {@link Extent#coveredText(CharSequence)} makes it. */
    private void coveredText(List<Span> fragments) throws IOException {
        out.startString();
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                out.stringContent(" ");
            }
            Span fragment = fragments.get(i);
            out.textContent(fragment.start(), fragment.end());
        }
        out.endString();
    }

    /** {@code start, end, text?} of a plain span. */
    void span(Span span) throws IOException {
        out.numberField(START, offset(span.start()));
        out.numberField(END, offset(span.end()));
        if (coveredText) {
            out.name(TEXT);
            out.textString(span.start(), span.end());
        }
    }

    private int offset(int utf16) {
        if (identity && utf16 <= textLength) {
            return utf16;
        }
        try {
            return offsets.convert(utf16);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write " + owner + " in " + unit.wireName() + ": " + e.getMessage(), e);
        }
    }
}
