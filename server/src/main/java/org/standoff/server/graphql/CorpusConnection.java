package org.standoff.server.graphql;

import java.util.List;
import org.standoff.server.store.CorpusFilter;
import org.standoff.server.store.CorpusKind;

/**
 * The source of a corpus-wide connection ({@code CorpusQuoteConnection} …): its page, and the kind
 * and filter that {@code totalCount} and {@code groupBy} ask the store about, only when they are
 * selected.
 *
 * @param edges    the page
 * @param pageInfo where it lies
 * @param kind     what is listed
 * @param filter   what the page and the counts select
 */
record CorpusConnection(List<Connection.Edge> edges, Connection.PageInfo pageInfo, CorpusKind kind, CorpusFilter filter) {
}
