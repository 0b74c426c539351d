package org.standoff.server.graphql;

import java.util.function.BiFunction;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.CueId;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.QuoteId;
import org.standoff.server.store.StoredDocument;

/**
 * The to-one references of the API (a quote's speaker, a mention's entity, a claim's quote ...): each
 * resolves an id within one document version by a lookup in that version's in-memory indexes (the
 * document's own maps by id, and the reverse references {@link Lookups} computes once per version).
 *
 * <p>They resolve synchronously, without a data loader: a batch would make the same O(1) lookup per
 * key, and the asynchronous execution a loader's future forces on the field cost far more than the
 * lookup (docs/BENCHMARKS.md, "GraphQL server over HTTP"). The to-many references, where a nested
 * list would fan out per item, go through the request's data loaders ({@link Loader}).
 */
enum Link {
    ENTITY((stored, id) -> stored.document().entity(EntityId.of(id)).orElse(null)),
    MENTION((stored, id) -> stored.document().mention(MentionId.of(id)).orElse(null)),
    CUE((stored, id) -> stored.document().cue(CueId.of(id)).orElse(null)),
    QUOTE((stored, id) -> stored.document().quote(QuoteId.of(id)).orElse(null)),
    ATTRIBUTION((stored, id) -> stored.document().attribution(AttributionId.of(id)).orElse(null)),
    ANNOTATION((stored, id) -> stored.document().annotation(id).orElse(null)),
    ATTRIBUTION_OF_QUOTE((stored, id) -> Lookups.of(stored).attributionOfQuote(id)),
    SPEAKER_OF_QUOTE((stored, id) -> Lookups.of(stored).speakerOfQuote(id)),
    CUE_OF_QUOTE((stored, id) -> Lookups.of(stored).cueOfQuote(id));

    private final BiFunction<StoredDocument, String, Object> resolve;

    Link(BiFunction<StoredDocument, String, Object> resolve) {
        this.resolve = resolve;
    }

    /** What {@code id} names in {@code stored}, as this reference resolves it, or {@code null}. */
    Object resolve(StoredDocument stored, String id) {
        return resolve.apply(stored, id);
    }
}
