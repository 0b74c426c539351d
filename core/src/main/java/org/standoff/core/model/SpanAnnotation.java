package org.standoff.core.model;

import java.util.Comparator;
import org.standoff.core.text.Span;

/** An annotation that lies on the text, over an {@link Extent} of UTF-16 code units. */
public sealed interface SpanAnnotation extends Annotation
        permits Segment, Mention, Quote, Cue, Claim, GenericSpan {

    /**
     * Document order, the one order of span annotations in files and answers: span start
     * ascending, then end descending (the longer first), then id value.
     */
    Comparator<SpanAnnotation> DOCUMENT_ORDER = (a, b) -> {
        // written out rather than chained: every read sorts every span annotation with it
        Span x = a.span();
        Span y = b.span();
        if (x.start() != y.start()) {
            return Integer.compare(x.start(), y.start());
        }
        if (x.end() != y.end()) {
            return Integer.compare(y.end(), x.end());
        }
        return a.id().value().compareTo(b.id().value());
    };

    /** Where the annotation lies: one span or several fragments. */
    Extent extent();

    /** The smallest span containing the whole extent. */
    default Span span() {
        return extent().bounds();
    }

    /** The text the annotation covers, fragments joined by one space. */
    default String coveredText(CharSequence text) {
        return extent().coveredText(text);
    }
}
