package org.standoff.corpus.doccano;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.corpus.exchange.DomainLabels;

/**
 * The import side of what {@link DoccanoWriter} writes for attributions (domain spans come back by
 * their {@link org.standoff.corpus.exchange.DomainLabels} label). A relation typed exactly {@code Source} from such a quote to such a mention, or
 * {@code Cue} from a quote to a cue, rebuilds attributions: the quotes sharing one (source, cue)
 * pair, in document order, form one attribution, the first content {@link ContentLink#EXPLICIT}
 * and the rest {@link ContentLink#CONTINUATION}; a quote with only one of the two relations gets an
 * attribution without the other. A quote with more than one {@code Source} or more than one
 * {@code Cue} target is ambiguous: its relations stay generic. Attribution ids are
 * {@code attribution-N}, numbered in the document order of their first quote.
 */
final class DoccanoDomain {
    static final String SOURCE = "Source";
    static final String CUE = DomainLabels.CUE;

    private DoccanoDomain() {
    }

    /** A doccano relation as read: ids already prefixed ({@code rel-}, {@code span-}). */
    record Link(String id, String from, String to, String type) {
    }

    /**
     * Adds to {@code builder} the attributions that the {@code Source} and {@code Cue} links among
     * {@code spans} describe, and returns the links that stay generic relations, in their order.
     */
    static List<Link> attributions(List<Link> links, Map<String, SpanAnnotation> spans, DocumentBuilder builder) {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Map<String, Set<String>> cues = new LinkedHashMap<>();
        for (Link link : links) {
            if (isSource(link, spans)) {
                sources.computeIfAbsent(link.from(), k -> new LinkedHashSet<>()).add(link.to());
            } else if (isCue(link, spans)) {
                cues.computeIfAbsent(link.from(), k -> new LinkedHashSet<>()).add(link.to());
            }
        }
        List<Link> generic = new ArrayList<>();
        Set<String> quotes = new LinkedHashSet<>();
        for (Link link : links) {
            boolean domain = isSource(link, spans) || isCue(link, spans);
            if (domain && sources.getOrDefault(link.from(), Set.of()).size() <= 1
                    && cues.getOrDefault(link.from(), Set.of()).size() <= 1) {
                quotes.add(link.from());
            } else {
                generic.add(link);
            }
        }
        List<String> ordered = new ArrayList<>(quotes);
        ordered.sort(Comparator.comparingInt((String q) -> spans.get(q).span().start())
                .thenComparingInt(q -> spans.get(q).span().end()));
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (String quote : ordered) {
            String source = sources.getOrDefault(quote, Set.of()).stream().findFirst().orElse(null);
            String cue = cues.getOrDefault(quote, Set.of()).stream().findFirst().orElse(null);
            groups.computeIfAbsent(java.util.Arrays.asList(source, cue), k -> new ArrayList<>()).add(quote);
        }
        int n = 0;
        for (Map.Entry<List<String>, List<String>> group : groups.entrySet()) {
            String source = group.getKey().get(0);
            String cue = group.getKey().get(1);
            List<Attribution.Content> contents = new ArrayList<>();
            for (String quote : group.getValue()) {
                contents.add(new Attribution.Content(QuoteId.of(quote),
                        contents.isEmpty() ? ContentLink.EXPLICIT : ContentLink.CONTINUATION));
            }
            builder.add(new Attribution(AttributionId.of("attribution-" + ++n), source == null ? null : MentionId.of(source),
                    cue == null ? null : CueId.of(cue), contents, List.of(), null, null));
        }
        return generic;
    }

    private static boolean isSource(Link link, Map<String, SpanAnnotation> spans) {
        return link.type().equals(SOURCE) && spans.get(link.from()) instanceof Quote && spans.get(link.to()) instanceof Mention;
    }

    private static boolean isCue(Link link, Map<String, SpanAnnotation> spans) {
        return link.type().equals(CUE) && spans.get(link.from()) instanceof Quote && spans.get(link.to()) instanceof Cue;
    }
}
