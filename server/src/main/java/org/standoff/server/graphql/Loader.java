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
import org.standoff.core.model.EntityId;
import org.standoff.server.store.StoredDocument;

/**
 * The data loaders of the API: the to-many references (an entity's mentions, quotes and claims, a
 * quote's or attribution's claims, a mention's or cue's attributions), where a list nested in a list
 * would otherwise fan out one call per item. Each resolves its keys within one document version, one
 * batch per loader and level of the query. The batch functions are stateless and shared; the
 * {@link DataLoader}s (which cache) are made anew for every request, each on its first use.
 *
 * <p>The to-one references (speaker, cue, entity, claimant ...) resolve synchronously from the
 * version's in-memory indexes instead ({@link Link}).
 *
 * <p>Example: {@code quotes { claims { claimant { claims } } } } over 12 quotes makes one
 * {@code CLAIMS_OF_QUOTE} batch of 12 keys and one {@code CLAIMS_OF_ENTITY} batch of the distinct
 * claimants, whatever the number of quotes and claims.
 */
enum Loader {
    ATTRIBUTIONS_OF_MENTION((stored, id) -> Lookups.of(stored).attributionsOfMention(id)),
    ATTRIBUTIONS_OF_CUE((stored, id) -> Lookups.of(stored).attributionsOfCue(id)),
    MENTIONS_OF_ENTITY((stored, id) -> stored.document().mentionsOf(EntityId.of(id))),
    QUOTES_OF_ENTITY((stored, id) -> Lookups.of(stored).quotesOfEntity(id)),
    CLAIMS_OF_ENTITY((stored, id) -> Lookups.of(stored).claimsOfEntity(id)),
    CLAIMS_OF_QUOTE((stored, id) -> Lookups.of(stored).claimsOfQuote(id)),
    CLAIMS_OF_ATTRIBUTION((stored, id) -> Lookups.of(stored).claimsOfAttribution(id));

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

    Loader(BiFunction<StoredDocument, String, List<?>> resolve) {
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
     * request, so a query that needs one loader does not make, and dispatch, all seven. The loaders count loads, batches and cache hits only when the request's
     * {@code GraphQLContext} has {@link #STATISTICS_KEY} true.
     */
    static DataLoaderRegistry newRegistry() {
        return DataLoaderRegistry.newRegistry().build();
    }

    /**
     * Loads the list {@code id} has in {@code view}'s document version, as this loader resolves it;
     * an empty list for a missing id.
     */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> load(DataFetchingEnvironment env, DocumentView view, String id) {
        env.getDataLoaderRegistry().computeIfAbsent(name(), name -> DataLoaderFactory.newDataLoader(name, batch,
                Boolean.TRUE.equals(env.getGraphQlContext().get(STATISTICS_KEY)) ? COUNTING : PLAIN));
        DataLoader<Ref, Object> loader = env.getDataLoader(name());
        return (CompletableFuture<T>) loader.load(new Ref(view.stored(), id));
    }
}
