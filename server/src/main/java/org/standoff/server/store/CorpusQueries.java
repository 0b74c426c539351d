package org.standoff.server.store;

import java.util.List;

/**
 * Queries across every document of a store: quotes, claims and mentions by filter, in corpus order
 * ({@link CorpusKey}), their counts grouped, and the corpus's entities grouped by corpus identity
 * ({@link CorpusIdentity}). A store answers them from its own indexes (the directory store's
 * in-memory index, PostgreSQL's tables and indexes), never by reading documents one by one; the
 * documents of a page's hits are then read as {@link Store#get} reads them. An edit is seen by the
 * next query. Both stores give the same answers ({@code CorpusQueriesContract}). Thread-safe.
 *
 * <p>What an annotation's entity is: a quote's speaker is the entity of the source mention of the first
 * attribution (in the document's list) that has the quote among its contents, and its cue lemma is
 * that attribution's cue's; a claim's entity is its claimant; a mention's is its referent.
 */
public interface CorpusQueries {

    /**
     * At most {@code first} annotations of {@code kind} that {@code filter} selects, after {@code after}
     * (null: from the first) in corpus order.
     */
    CorpusPage find(CorpusKind kind, CorpusFilter filter, int first, CorpusKey after);

    /** How many annotations of {@code kind} {@code filter} selects. */
    long count(CorpusKind kind, CorpusFilter filter);

    /**
     * The annotations {@code filter} selects counted by {@code by}: the {@code first} largest groups,
     * by count descending, then key ascending (the null key last).
     *
     * @throws IllegalArgumentException when {@code kind} has no such group (a cue lemma of a claim)
     */
    List<GroupCount> groups(CorpusKind kind, CorpusFilter filter, CorpusGroup by, int first);

    /**
     * At most {@code first} corpus entities whose corpus id is greater than {@code afterCorpusId} (null:
     * from the first), ordered by corpus id. An entity is selected when one of its documents' entities
     * satisfies {@code filter.entity()} and {@code filter.type()}; its counts are over all of them.
     */
    EntityPage entities(CorpusFilter filter, int first, String afterCorpusId);

    /** How many corpus entities {@link #entities} selects. */
    long countEntities(CorpusFilter filter);

    /** Whether {@code kind} can be grouped {@code by}. */
    static boolean groupable(CorpusKind kind, CorpusGroup by) {
        switch (by) {
            case CUE_LEMMA:
                return kind == CorpusKind.QUOTES;
            case CHECKWORTHY:
                return kind == CorpusKind.CLAIMS;
            default:
                return true;
        }
    }

    /** Refuses a grouping {@code kind} does not have. */
    static void requireGroupable(CorpusKind kind, CorpusGroup by) {
        if (!groupable(kind, by)) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " cannot be grouped by " + by);
        }
    }
}
