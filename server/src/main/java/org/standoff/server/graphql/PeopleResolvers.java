package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.server.auth.Viewer;
import org.standoff.server.store.EditRecord;
import org.standoff.server.store.Store;

/**
 * Resolvers of {@code viewer} (who is asking), {@code history(documentId)} (who edited what) and every
 * annotation's and entity's {@code provenance} (who made it).
 */
final class PeopleResolvers {
    private final Store store;

    PeopleResolvers(Store store) {
        this.store = store;
    }

    /** The types whose values carry a provenance id: every annotation kind, and entities. */
    private static final List<String> WITH_PROVENANCE = List.of("Mention", "Quote", "Cue", "Attribution", "Claim",
            "Segment", "GenericSpan", "GenericRelation", "Entity");

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("viewer", PeopleResolvers::viewer)
                .dataFetcher("history", this::history));
        for (String typeName : WITH_PROVENANCE) {
            wiring.type(typeName, type -> type.dataFetcher("provenance", PeopleResolvers::provenance));
        }
    }

    /** The provenance record an annotation or entity names, from the same document version; null when none. */
    private static Map<String, Object> provenance(DataFetchingEnvironment env) {
        Node<?> node = env.getSource();
        Object value = node.value();
        ProvenanceId id = value instanceof Entity ? ((Entity) value).provenance() : ((Annotation) value).provenance();
        if (id == null) {
            return null;
        }
        for (Provenance record : node.document().stored().document().provenance()) {
            if (record.id().equals(id)) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("id", record.id().value());
                answer.put("agent", record.agent());
                answer.put("agentType", record.agentType().name());
                answer.put("time", record.time() == null ? null : record.time().toString());
                answer.put("confidence", record.confidence());
                return answer;
            }
        }
        return null;
    }

    /** The request's viewer; a {@link Viewer} record answers {@code name} and {@code role} itself. */
    static Viewer viewer(DataFetchingEnvironment env) {
        return Guards.viewerOf(env.getGraphQlContext().get(Viewer.class));
    }

    private Connection history(DataFetchingEnvironment env) {
        List<EditRecord> edits = new ArrayList<>(store.history(env.getArgument("documentId"), Integer.MAX_VALUE));
        Collections.reverse(edits);
        // an edit's cursor is its place in the document's history, which only ever grows at the end
        List<Integer> places = IntStream.range(0, edits.size()).boxed().toList();
        return Connection.of(places, String::valueOf, place -> node(edits.get(place)),
                env.getArgument("first"), env.getArgument("after"));
    }

    private static Map<String, Object> node(EditRecord edit) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("time", edit.at().toString());
        node.put("author", edit.change().actor() == null ? Viewer.ANONYMOUS : edit.change().actor());
        node.put("version", edit.versionAfter());
        node.put("operation", edit.change().operation());
        node.put("subject", edit.change().subject());
        return node;
    }
}
