package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.Curation;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.Change;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * {@code Query.curation} (a document's copies aligned by {@link Curation}) and {@code Mutation.curate}
 * (a curator's: writes the curated document under the original id from the agreed items and the
 * accepted choices).
 */
final class CurationResolvers {
    private final Store store;
    private final CopyResolvers copies;

    CurationResolvers(Store store, CopyResolvers copies) {
        this.store = store;
        this.copies = copies;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("curation", this::curation));
        wiring.type("Mutation", type -> type.dataFetcher("curate", this::curate));
    }

    private List<AnnotatorCopy> annotatorCopies(StoredDocument original) {
        List<AnnotatorCopy> found = new ArrayList<>();
        for (StoredDocument copy : copies.copies(original)) {
            found.add(new AnnotatorCopy(copy.document().metadata().get(AnnotatorCopies.ANNOTATOR), copy.document()));
        }
        if (found.isEmpty()) {
            throw ApiException.badRequest("\"" + original.id() + "\" is not assigned to anyone: assignDocument first");
        }
        return found;
    }

    private Map<String, Object> curation(DataFetchingEnvironment env) {
        StoredDocument original = copies.original(env.getArgument("documentId"));
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        Curation curation = Curation.align(annotatorCopies(original));
        OffsetIndex offsets = original.document().offsets();
        String text = original.document().text();
        boolean onlyDisputed = Boolean.TRUE.equals(env.getArgument("onlyDisputed"));
        List<Map<String, Object>> items = new ArrayList<>();
        int agreed = 0;
        for (Curation.Item item : curation.items()) {
            agreed += item.agreed() ? 1 : 0;
            if (onlyDisputed && item.agreed()) {
                continue;
            }
            List<Map<String, Object>> options = new ArrayList<>();
            for (Curation.Option option : item.options()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("signature", option.signature());
                answer.put("text", option.extent() == null ? "" : option.extent().coveredText(text, " … "));
                answer.put("start", option.extent() == null ? null : offsets.fromUtf16(option.extent().start(), unit));
                answer.put("end", option.extent() == null ? null : offsets.fromUtf16(option.extent().end(), unit));
                answer.put("annotators", option.annotators());
                answer.put("choices", option.choices().stream()
                        .map(choice -> Map.of("annotator", choice.annotator(), "id", choice.id())).toList());
                options.add(answer);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("layer", item.layer());
            answer.put("start", offsets.fromUtf16(item.bounds().start(), unit));
            answer.put("end", offsets.fromUtf16(item.bounds().end(), unit));
            answer.put("agreed", item.agreed());
            answer.put("options", options);
            items.add(answer);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("documentId", original.id());
        answer.put("annotators", curation.annotators());
        answer.put("itemCount", curation.items().size());
        answer.put("agreedCount", agreed);
        answer.put("items", items);
        return answer;
    }

    private Object curate(DataFetchingEnvironment env) {
        StoredDocument original = copies.original(env.getArgument("documentId"));
        long expectedVersion = env.<Long>getArgument("expectedVersion");
        List<AnnotatorCopy> found = annotatorCopies(original);
        List<Curation.Choice> chosen = new ArrayList<>();
        if (!Boolean.FALSE.equals(env.getArgument("includeAgreed"))) {
            chosen.addAll(Curation.align(found).preAccepted());
        }
        for (Map<String, Object> choice : env.<List<Map<String, Object>>>getArgument("accept")) {
            chosen.add(new Curation.Choice((String) choice.get("annotator"), (String) choice.get("id")));
        }
        try {
            StoredDocument next = store.update(original.id(), expectedVersion, document -> {
                try {
                    return Curation.curate(document, found, chosen);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest(e.getMessage());
                }
            }, new Change("curate", Authorship.author(env)));
            return FormatImport.payload(List.of(next), List.of(), List.of());
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, store.get(original.id()).orElse(null), OffsetUnit.CODEPOINT, refusal);
        }
    }
}
