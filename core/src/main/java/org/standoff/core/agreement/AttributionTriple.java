package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Quote;
import org.standoff.core.text.Span;

/**
 * An attribution resolved to the spans of its source, cue and content, so that copies with different
 * ids can be compared. The content is every content quote's fragments together, overlapping ones
 * merged.
 *
 * @param id      the attribution's id
 * @param source  the source mention's extent, or {@code null}
 * @param cue     the cue's extent, or {@code null}
 * @param content the content's extent, or {@code null} when no content quote resolves
 */
record AttributionTriple(String id, Extent source, Extent cue, Extent content) {

    /** The document's attributions, resolved; dangling references resolve to {@code null}. */
    static List<AttributionTriple> of(Document document) {
        List<AttributionTriple> out = new ArrayList<>();
        for (Attribution a : document.attributions()) {
            Extent source = a.source() == null ? null : document.mention(a.source()).map(m -> m.extent()).orElse(null);
            Extent cue = a.cue() == null ? null : document.cue(a.cue()).map(c -> c.extent()).orElse(null);
            List<Span> fragments = new ArrayList<>();
            for (Attribution.Content content : a.contents()) {
                document.quote(content.quote()).map(Quote::extent).ifPresent(e -> fragments.addAll(e.fragments()));
            }
            out.add(new AttributionTriple(a.id().value(), source, cue, merged(fragments)));
        }
        return out;
    }

    /** The extent that pairs attributions: the content, or the cue when there is no content. */
    Extent anchor() {
        if (content != null) {
            return content;
        }
        return cue != null ? cue : source;
    }

    /** {@code fragments} sorted, overlapping ones merged; {@code null} when there are none. */
    static Extent merged(List<Span> fragments) {
        if (fragments.isEmpty()) {
            return null;
        }
        List<Span> sorted = new ArrayList<>(fragments);
        sorted.sort(Span.DOCUMENT_ORDER);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                out.set(out.size() - 1, Span.of(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return new Extent(out);
    }

    /** Whether two optional role spans agree: both missing, or both present and matching. */
    static boolean sameRole(Extent a, Extent b, Matching matching) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return matching.matches(a, b);
    }
}
