package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.CorpusCounts;
import org.standoff.server.store.DocumentFilter;
import org.standoff.server.store.DocumentPage;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoredDocument;

/** Resolvers of the {@code Query} root: the corpus, the document list and one document. */
final class QueryResolvers {
    private final Store store;

    QueryResolvers(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("corpus", env -> corpus())
                .dataFetcher("documents", this::documents)
                .dataFetcher("document", this::document));
    }

    private Map<String, Object> corpus() {
        CorpusCounts counts = store.counts();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("source", store.source().name());
        info.put("readOnly", store.isReadOnly());
        info.put("documentCount", Math.toIntExact(counts.documents()));
        info.put("entityCount", Math.toIntExact(counts.entities()));
        info.put("mentionCount", Math.toIntExact(counts.mentions()));
        info.put("quoteCount", Math.toIntExact(counts.quotes()));
        info.put("cueCount", Math.toIntExact(counts.cues()));
        info.put("attributionCount", Math.toIntExact(counts.attributions()));
        info.put("claimCount", Math.toIntExact(counts.claims()));
        return info;
    }

    private Connection documents(DataFetchingEnvironment env) {
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        boolean unitArguments = UnitArguments.onBounds(env.getDocument());
        Map<String, Object> filter = env.getArgument("filter");
        DocumentFilter selected = new DocumentFilter(Arguments.string(filter, "language"),
                Arguments.string(filter, "titleContains"), Arguments.string(filter, "textContains"),
                Arguments.string(filter, "search"));
        String after = env.getArgument("after");
        DocumentPage page = store.page(selected, Connection.pageSize(env.getArgument("first")),
                after == null ? null : Connection.decode(after));
        return Connection.ofPage(page.documents(), StoredDocument::id, stored -> new DocumentView(stored, unit, unitArguments),
                page.hasNext(), page.hasPrevious(), page.totalCount());
    }

    private DocumentView document(DataFetchingEnvironment env) {
        String annotator = env.getArgument("annotator");
        String id = annotator == null ? env.getArgument("id")
                : AnnotatorCopies.copyId(env.getArgument("id"), AnnotatorCopies.checkedName(annotator));
        StoredDocument stored = store.get(id)
                .orElseThrow(() -> ApiException.notFound("no document with id \"" + id + "\""));
        return new DocumentView(stored, OffsetUnit.valueOf(env.getArgument("unit")), UnitArguments.onBounds(env.getDocument()));
    }
}
