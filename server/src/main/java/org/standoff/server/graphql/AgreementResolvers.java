package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.standoff.core.agreement.Agreement;
import org.standoff.core.agreement.AgreementReport;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.agreement.AgreementAnswer;
import org.standoff.server.store.Store;

/** The {@code Query.agreement} field: {@link Agreement} over stored documents, one per annotator. */
final class AgreementResolvers {
    /** At most this many documents per request: agreement compares every pair. */
    static final int MAX_DOCUMENTS = 10;

    private final Store store;

    AgreementResolvers(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("agreement", this::agreement));
    }

    private Map<String, Object> agreement(DataFetchingEnvironment env) {
        List<String> ids = env.getArgument("documentIds");
        if (ids.size() < 2 || ids.size() > MAX_DOCUMENTS) {
            throw ApiException.badRequest("agreement needs 2 to " + MAX_DOCUMENTS + " documentIds, got " + ids.size());
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw ApiException.badRequest("agreement got one document id twice: " + ids);
        }
        List<AnnotatorCopy> copies = new ArrayList<>();
        for (String id : ids) {
            Document document = store.get(id).orElseThrow(() -> ApiException.notFound("no document " + id)).document();
            copies.add(new AnnotatorCopy(id, document));
        }
        AgreementReport report;
        try {
            report = Agreement.measure(copies);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        return AgreementAnswer.of(report, copies.get(0).document().offsets(), unit);
    }
}
