package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;

/** Resolvers of the exchange formats' read side: {@code Query.formats} and {@code Document.export}. */
final class ExchangeResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("formats", env -> ExchangeFormats.all()));
        wiring.type("Document", type -> type.dataFetcher("export", ExchangeResolvers::export));
    }

    private static Map<String, Object> export(DataFetchingEnvironment env) {
        DocumentView view = DocumentResolvers.view(env);
        DocumentFormat format = ExchangeFormats.require(env.getArgument("format"), false);
        String unit = env.getArgument("offsetUnit");
        boolean predictions = Boolean.TRUE.equals(env.getArgument("predictions"));
        ExportResult result = format.write(List.of(view.stored().document()),
                new ExportOptions(unit == null ? null : OffsetUnit.valueOf(unit), predictions));
        List<Map<String, Object>> files = new ArrayList<>();
        for (ExportResult.OutputFile file : result.files()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", file.name());
            entry.put("content", file.content());
            files.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("format", format.name());
        answer.put("files", files);
        answer.put("diagnostics", ExchangeFormats.diagnostics(result.diagnostics()));
        return answer;
    }
}
