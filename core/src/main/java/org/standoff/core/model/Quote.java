package org.standoff.core.model;

import java.util.List;
import java.util.Objects;
import org.standoff.core.text.Span;

/**
 * Reported content: a direct quote (the span includes its quotation marks), an indirect one (the
 * reported clause, with its complementizer) or a mixed one (the reported clause, whose verbatim
 * parts are {@code verbatim}). A quote is attributed to its speaker through an {@link Attribution}.
 *
 * @param id         unique id
 * @param extent     where it lies
 * @param quoteType  direct, indirect or mixed
 * @param verbatim   for a mixed quote, its verbatim parts (with their marks), sorted; otherwise empty
 * @param embeddedIn the quote this one is quoted inside, or {@code null}
 * @param provenance who made it, or {@code null}
 */
public record Quote(QuoteId id, Extent extent, QuoteType quoteType, List<Span> verbatim, QuoteId embeddedIn,
                    ProvenanceId provenance) implements SpanAnnotation {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(quoteType, "quoteType");
        verbatim = verbatim == null ? List.of() : List.copyOf(verbatim);
    }

    /** A quote with no verbatim parts, not embedded, without provenance. */
    public static Quote of(String id, int start, int end, QuoteType type) {
        return new Quote(QuoteId.of(id), Extent.of(start, end), type, List.of(), null, null);
    }
}
