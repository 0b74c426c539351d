package org.standoff.core.model;

/** How a {@link Quote} reports what was said. */
public enum QuoteType {
    /** Verbatim, inside quotation marks; the span includes the marks. */
    DIRECT,
    /** Reported speech or belief, paraphrased; the span is the reported clause. */
    INDIRECT,
    /** A reported clause of which some parts are verbatim; those parts are the quote's fragments. */
    MIXED
}
