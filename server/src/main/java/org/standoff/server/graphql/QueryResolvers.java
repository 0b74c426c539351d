package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.DocumentStore;
import org.standoff.server.store.StoredDocument;

/** Resolvers of the {@code Query} root: the corpus, the document list and one document. */
final class QueryResolvers {
    private final DocumentStore store;

    QueryResolvers(DocumentStore store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("corpus", env -> corpus())
                .dataFetcher("documents", this::documents)
                .dataFetcher("document", this::document));
    }

    private Map<String, Object> corpus() {
        List<StoredDocument> documents = store.list();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("source", store.source().name());
        info.put("readOnly", store.isReadOnly());
        info.put("documentCount", documents.size());
        info.put("entityCount", count(documents, d -> d.entities().size()));
        info.put("mentionCount", count(documents, d -> d.mentions().size()));
        info.put("quoteCount", count(documents, d -> d.quotes().size()));
        info.put("cueCount", count(documents, d -> d.cues().size()));
        info.put("attributionCount", count(documents, d -> d.attributions().size()));
        info.put("claimCount", count(documents, d -> d.claims().size()));
        return info;
    }

    private static int count(List<StoredDocument> documents, ToIntFunction<Document> size) {
        return documents.stream().mapToInt(stored -> size.applyAsInt(stored.document())).sum();
    }

    private Connection documents(DataFetchingEnvironment env) {
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        boolean unitArguments = UnitArguments.onBounds(env.getDocument());
        Map<String, Object> filter = env.getArgument("filter");
        List<StoredDocument> matching = new ArrayList<>();
        for (StoredDocument stored : store.list()) {
            if (matches(stored.document(), filter)) {
                matching.add(stored);
            }
        }
        return Connection.of(matching, StoredDocument::id, stored -> new DocumentView(stored, unit, unitArguments),
                env.getArgument("first"), env.getArgument("after"));
    }

    private static boolean matches(Document document, Map<String, Object> filter) {
        String language = Arguments.string(filter, "language");
        if (language != null && !language.equals(document.metadata().get("language"))) {
            return false;
        }
        String title = Arguments.string(filter, "titleContains");
        if (title != null && !lower(document.metadata().getOrDefault("title", "")).contains(lower(title))) {
            return false;
        }
        String text = Arguments.string(filter, "textContains");
        return text == null || document.text().contains(text);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private DocumentView document(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        StoredDocument stored = store.get(id)
                .orElseThrow(() -> ApiException.notFound("no document with id \"" + id + "\""));
        return new DocumentView(stored, OffsetUnit.valueOf(env.getArgument("unit")), UnitArguments.onBounds(env.getDocument()));
    }
}
