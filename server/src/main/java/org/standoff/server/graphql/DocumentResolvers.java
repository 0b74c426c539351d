package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.EntityId;
import org.standoff.core.text.OffsetUnit;

/** Resolvers of the {@code Document} type's own fields: text, metadata, slices, lookups by id, export. */
final class DocumentResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Document", type -> type
                .dataFetcher("id", env -> view(env).stored().id())
                .dataFetcher("version", env -> view(env).stored().version())
                .dataFetcher("text", env -> document(env).text())
                .dataFetcher("unit", env -> view(env).unit())
                .dataFetcher("length", env -> view(env).offsets().length(Arguments.unit(env, view(env))))
                .dataFetcher("metadata", DocumentResolvers::metadata)
                .dataFetcher("title", env -> document(env).metadata().get("title"))
                .dataFetcher("fingerprint", env -> document(env).fingerprint())
                .dataFetcher("slice", DocumentResolvers::slice)
                .dataFetcher("entity", DocumentResolvers::entity)
                .dataFetcher("annotation", DocumentResolvers::annotation)
                .dataFetcher("standoffJson", DocumentResolvers::standoffJson));
    }

    static DocumentView view(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static Document document(DataFetchingEnvironment env) {
        return view(env).stored().document();
    }

    private static List<Map<String, String>> metadata(DataFetchingEnvironment env) {
        List<Map<String, String>> entries = new ArrayList<>();
        document(env).metadata().forEach((key, value) -> entries.add(Map.of("key", key, "value", value)));
        return entries;
    }

    private static TextRange slice(DataFetchingEnvironment env) {
        DocumentView view = view(env);
        OffsetUnit unit = Arguments.unit(env, view);
        TextOffsets offsets = view.offsets();
        return offsets.range(offsets.span(env.getArgument("start"), env.getArgument("end"), unit), unit);
    }

    private static Node<?> entity(DataFetchingEnvironment env) {
        DocumentView view = view(env);
        return view.node(view.stored().document().entity(EntityId.of(env.getArgument("id"))).orElse(null));
    }

    private static Node<?> annotation(DataFetchingEnvironment env) {
        DocumentView view = view(env);
        return view.node(view.stored().document().annotation((String) env.getArgument("id")).orElse(null));
    }

    private static String standoffJson(DataFetchingEnvironment env) {
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        return StandoffExport.toJson(document(env), unit);
    }
}
