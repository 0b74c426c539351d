package org.standoff.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Who said what through which words: PARC's source–cue–content relation. It has no span of its own;
 * it links a source {@link Mention}, a {@link Cue} and one or more {@link Quote}s.
 *
 * <p>Example: in {@code "X," Jiang said, "Y."} one attribution has source {@code Jiang}, cue
 * {@code said}, and contents {@code "X,"} ({@link ContentLink#EXPLICIT}) and {@code "Y."}
 * ({@link ContentLink#SPLIT}).
 *
 * @param id          unique id
 * @param source      the speaker's mention, or {@code null} when the content has no source
 * @param cue         the reporting expression, or {@code null} (a headline colon has none)
 * @param contents    what was reported, in document order; at least one for a valid attribution
 * @param supplements addressee and setting spans
 * @param nestedIn    the attribution whose content this one sits in ("A said that B claimed C"), or {@code null}
 * @param provenance  who made it, or {@code null}
 */
public record Attribution(AttributionId id, MentionId source, CueId cue, List<Content> contents,
                          List<Supplement> supplements, AttributionId nestedIn, ProvenanceId provenance)
        implements Annotation {
    public Attribution {
        Objects.requireNonNull(id, "id");
        contents = contents == null ? List.of() : List.copyOf(contents);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    /**
     * An attribution of {@code quotes} to {@code source} through {@code cue}, the first quote
     * {@link ContentLink#EXPLICIT} and each further one a {@link ContentLink#CONTINUATION}; no
     * supplements, not nested, no provenance.
     *
     * @param source a mention id, or {@code null}
     * @param cue    a cue id, or {@code null}
     */
    public static Attribution of(String id, String source, String cue, String... quotes) {
        List<Content> contents = new java.util.ArrayList<>();
        for (String quote : quotes) {
            contents.add(new Content(QuoteId.of(quote), contents.isEmpty() ? ContentLink.EXPLICIT : ContentLink.CONTINUATION));
        }
        return new Attribution(AttributionId.of(id), source == null ? null : MentionId.of(source),
                cue == null ? null : CueId.of(cue), contents, List.of(), null, null);
    }

    /** One reported quote of an attribution, and how it is linked. */
    public record Content(QuoteId quote, ContentLink link) {
        public Content {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(link, "link");
        }
    }
}
