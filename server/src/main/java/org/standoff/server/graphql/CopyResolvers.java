package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.auth.Viewer;
import org.standoff.server.store.Change;
import org.standoff.server.store.DocumentFilter;
import org.standoff.server.store.DocumentPage;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoredDocument;

/**
 * Assigning documents to annotators ({@code assignDocument}, a curator's), a copy's state
 * ({@code setCopyState}, its annotator's or a curator's) and the list of a document's copies
 * ({@code copies}). The copies themselves are ordinary documents ({@link AnnotatorCopies}).
 */
final class CopyResolvers {
    /** At most this many annotators per document. */
    static final int MAX_ANNOTATORS = 20;

    private final Store store;

    CopyResolvers(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("copies", env -> copies(original(env.getArgument("documentId")))
                .stream().map(CopyResolvers::answer).toList()));
        wiring.type("Mutation", type -> type
                .dataFetcher("assignDocument", this::assign)
                .dataFetcher("setCopyState", this::setState));
    }

    /** The copies of {@code original}, ordered by annotator name. */
    List<StoredDocument> copies(StoredDocument original) {
        String prefix = AnnotatorCopies.copyId(original.id(), "");
        List<StoredDocument> copies = new ArrayList<>();
        String after = prefix;
        while (true) {
            DocumentPage page = store.page(DocumentFilter.ALL, 100, after);
            for (StoredDocument stored : page.documents()) {
                if (!stored.id().startsWith(prefix)) {
                    return copies;
                }
                if (original.id().equals(stored.document().metadata().get(AnnotatorCopies.COPY_OF))) {
                    copies.add(stored);
                }
                after = stored.id();
            }
            if (!page.hasNext()) {
                return copies;
            }
        }
    }

    /** The document {@code id}, which must not itself be a copy; NOT_FOUND or BAD_REQUEST otherwise. */
    StoredDocument original(String id) {
        StoredDocument stored = store.get(id).orElseThrow(() -> ApiException.notFound("no document with id \"" + id + "\""));
        if (AnnotatorCopies.isCopy(stored.document())) {
            throw ApiException.badRequest("\"" + id + "\" is itself a copy of \""
                    + stored.document().metadata().get(AnnotatorCopies.COPY_OF) + "\"");
        }
        return stored;
    }

    private List<Map<String, Object>> assign(DataFetchingEnvironment env) {
        StoredDocument original = original(env.getArgument("documentId"));
        List<String> annotators = new ArrayList<>(new LinkedHashSet<>(env.<List<String>>getArgument("annotators")));
        if (annotators.isEmpty() || annotators.size() > MAX_ANNOTATORS) {
            throw ApiException.badRequest("assignDocument needs 1 to " + MAX_ANNOTATORS + " annotators, got " + annotators.size());
        }
        annotators.forEach(AnnotatorCopies::checkedName);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String annotator : annotators) {
            String id = AnnotatorCopies.copyId(original.id(), annotator);
            StoredDocument copy = store.get(id).orElse(null);
            if (copy == null) {
                Document document = original.document().toBuilder().id(id)
                        .metadata(AnnotatorCopies.COPY_OF, original.id())
                        .metadata(AnnotatorCopies.ANNOTATOR, annotator)
                        .metadata(AnnotatorCopies.STATE, AnnotatorCopies.State.NEW.label())
                        .build();
                copy = store.put(document, null, List.of(), new Change("assignDocument", Authorship.author(env)));
            }
            answers.add(answer(copy));
        }
        return answers;
    }

    private Map<String, Object> setState(DataFetchingEnvironment env) {
        StoredDocument original = original(env.getArgument("documentId"));
        Viewer viewer = PeopleResolvers.viewer(env);
        String annotator = env.getArgument("annotator") != null ? env.getArgument("annotator") : viewer.name();
        if (annotator == null) {
            throw ApiException.badRequest("setCopyState needs `annotator` when the request is not signed in as one");
        }
        String id = AnnotatorCopies.copyId(original.id(), AnnotatorCopies.checkedName(annotator));
        StoredDocument copy = store.get(id).orElseThrow(() -> ApiException.notFound("\"" + original.id()
                + "\" is not assigned to " + annotator));
        AnnotatorCopies.checkMayEdit(copy.document(), viewer);
        AnnotatorCopies.State state = AnnotatorCopies.State.valueOf(env.getArgument("state"));
        StoredDocument next = store.update(id, copy.version(),
                document -> document.toBuilder().metadata(AnnotatorCopies.STATE, state.label()).build(),
                new Change("setCopyState", viewer.author()));
        return answer(next);
    }

    private static Map<String, Object> answer(StoredDocument copy) {
        Map<String, String> metadata = copy.document().metadata();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("documentId", copy.id());
        answer.put("copyOf", metadata.get(AnnotatorCopies.COPY_OF));
        answer.put("annotator", metadata.get(AnnotatorCopies.ANNOTATOR));
        answer.put("state", AnnotatorCopies.State.of(metadata.get(AnnotatorCopies.STATE)).name());
        answer.put("version", copy.version());
        answer.put("document", new DocumentView(copy, OffsetUnit.CODEPOINT));
        return answer;
    }
}
