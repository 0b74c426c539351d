package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.standoff.server.auth.Viewer;
import org.standoff.server.history.Edit;
import org.standoff.server.history.EditHistory;

/** Resolvers of {@code viewer} (who is asking) and {@code history(documentId)} (who edited what). */
final class PeopleResolvers {
    private final EditHistory history;

    PeopleResolvers(EditHistory history) {
        this.history = history;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("viewer", PeopleResolvers::viewer)
                .dataFetcher("history", this::history));
    }

    /** The request's viewer; a {@link Viewer} record answers {@code name} and {@code role} itself. */
    static Viewer viewer(DataFetchingEnvironment env) {
        return Guards.viewerOf(env.getGraphQlContext().get(Viewer.class));
    }

    private Connection history(DataFetchingEnvironment env) {
        List<Edit> edits = history.of(env.getArgument("documentId"));
        // an edit's cursor is its place in the document's history, which only ever grows at the end
        List<Integer> places = IntStream.range(0, edits.size()).boxed().toList();
        return Connection.of(places, String::valueOf, place -> node(edits.get(place)),
                env.getArgument("first"), env.getArgument("after"));
    }

    private static Map<String, Object> node(Edit edit) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("time", edit.time().toString());
        node.put("author", edit.author());
        node.put("version", edit.version());
        node.put("operation", edit.operation());
        node.put("subject", edit.subject());
        return node;
    }
}
