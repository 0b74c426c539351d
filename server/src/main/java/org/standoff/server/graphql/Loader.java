package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.SimpleStatisticsCollector;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.QuoteId;
import org.standoff.server.store.StoredDocument;

/**
 * The data loaders of the API: each resolves references by id within one document version, one batch
 * per level of the query instead of one call per item. The batch functions are stateless and shared;
 * the {@link DataLoader}s (which cache) are made anew for every request, each on its first use.
 *
 * <p>Example: {@code quotes { speaker { entity { mentions } } } } over 12 quotes makes one
 * {@code SPEAKER_OF_QUOTE} batch of 12 keys, one {@code ENTITY} batch of the distinct speakers'
 * entities, and one {@code MENTIONS_OF_ENTITY} batch, whatever the number of quotes.
 */
enum Loader {
    ENTITY((stored, id) -> stored.document().entity(EntityId.of(id)).orElse(null)),
    MENTION((stored, id) -> stored.document().mention(MentionId.of(id)).orElse(null)),
    CUE((stored, id) -> stored.document().cue(CueId.of(id)).orElse(null)),
    QUOTE((stored, id) -> stored.document().quote(QuoteId.of(id)).orElse(null)),
    ATTRIBUTION((stored, id) -> stored.document().attribution(AttributionId.of(id)).orElse(null)),
    ANNOTATION((stored, id) -> stored.document().annotation(id).orElse(null)),
    ATTRIBUTION_OF_QUOTE((stored, id) -> lookups(stored).attributionOfQuote(id)),
    SPEAKER_OF_QUOTE((stored, id) -> speakerOfQuote(stored, id)),
    CUE_OF_QUOTE((stored, id) -> cueOfQuote(stored, id)),
    ATTRIBUTIONS_OF_MENTION((stored, id) -> lookups(stored).attributionsOfMention(id)),
    ATTRIBUTIONS_OF_CUE((stored, id) -> lookups(stored).attributionsOfCue(id)),
    MENTIONS_OF_ENTITY((stored, id) -> stored.document().mentionsOf(EntityId.of(id))),
    QUOTES_OF_ENTITY((stored, id) -> lookups(stored).quotesOfEntity(id)),
    CLAIMS_OF_ENTITY((stored, id) -> lookups(stored).claimsOfEntity(id)),
    CLAIMS_OF_QUOTE((stored, id) -> lookups(stored).claimsOfQuote(id)),
    CLAIMS_OF_ATTRIBUTION((stored, id) -> lookups(stored).claimsOfAttribution(id));

    /** The {@code GraphQLContext} key saying whether this request's loaders collect statistics. */
    static final String STATISTICS_KEY = "org.standoff.dataLoaderStatistics";

    private static final DataLoaderOptions COUNTING = DataLoaderOptions.newOptions()
            .setStatisticsCollector(SimpleStatisticsCollector::new)
            .setMaxBatchSize(1_000)
            .build();
    private static final DataLoaderOptions PLAIN = DataLoaderOptions.newOptions()
            .setMaxBatchSize(1_000)
            .build();

    private final BatchLoader<Ref, Object> batch;

    Loader(BiFunction<StoredDocument, String, Object> resolve) {
        this.batch = keys -> {
            List<Object> values = new ArrayList<>(keys.size());
            for (Ref key : keys) {
                values.add(resolve.apply(key.document(), key.id()));
            }
            return CompletableFuture.completedFuture(values);
        };
    }

    /**
     * An empty registry for one request. A loader is made and registered on its first use in the
     * request, so a query that needs three loaders does not make, and dispatch at every level, all
     * sixteen. The loaders count loads, batches and cache hits only when the request's
     * {@code GraphQLContext} has {@link #STATISTICS_KEY} true.
     */
    static DataLoaderRegistry newRegistry() {
        return DataLoaderRegistry.newRegistry().build();
    }

    /**
     * Loads what {@code id} names in {@code view}'s document version, as this loader resolves it.
     * A missing id gives {@code null} (or an empty list for the list loaders).
     */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> load(DataFetchingEnvironment env, DocumentView view, String id) {
        env.getDataLoaderRegistry().computeIfAbsent(name(), name -> DataLoaderFactory.newDataLoader(name, batch,
                Boolean.TRUE.equals(env.getGraphQlContext().get(STATISTICS_KEY)) ? COUNTING : PLAIN));
        DataLoader<Ref, Object> loader = env.getDataLoader(name());
        return (CompletableFuture<T>) loader.load(new Ref(view.stored(), id));
    }

    private static Lookups lookups(StoredDocument stored) {
        return stored.derived(Lookups.class, Lookups::new);
    }

    private static Object speakerOfQuote(StoredDocument stored, String quoteId) {
        var attribution = lookups(stored).attributionOfQuote(quoteId);
        if (attribution == null || attribution.source() == null) {
            return null;
        }
        return stored.document().mention(attribution.source()).orElse(null);
    }

    private static Object cueOfQuote(StoredDocument stored, String quoteId) {
        var attribution = lookups(stored).attributionOfQuote(quoteId);
        if (attribution == null || attribution.cue() == null) {
            return null;
        }
        Document document = stored.document();
        return document.cue(attribution.cue()).orElse(null);
    }
}
